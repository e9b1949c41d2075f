import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useAdminApp } from '../testing/fixtures.js';

describe('checking the audit chain from the web (GET /api/v1/audit-chain)', () => {
  const setup = useAdminApp();

  it('reports the chain intact, then names the first event edited directly in the database', async () => {
    const auditor = await setup.signInNewUser([{ role: 'auditor' }]);
    await setup.tenant.unit('Enhet före manipulation');
    const intact = (await auditor.get('/api/v1/audit-chain')).json();
    expect(intact).toMatchObject({ intact: true, firstBreak: null });
    expect(intact.events).toBeGreaterThan(3);

    await setup.database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      await tx.execute(sql`update audit_events set actor_name = 'Någon annan' where tenant_id = ${setup.tenant.tenantId} and chain_index = 3`);
      await tx.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    });
    const broken = (await auditor.get('/api/v1/audit-chain')).json();
    expect(broken.intact).toBe(false);
    expect(broken.firstBreak).toMatchObject({ chainIndex: 3, reason: 'hash_mismatch' });
  });

  it('is for those who may read the audit log: an employee gets 403', async () => {
    const employee = await setup.signInNewUser([]);
    expect((await employee.get('/api/v1/audit-chain')).statusCode).toBe(403);
  });
});
