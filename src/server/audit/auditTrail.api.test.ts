import { randomUUID } from 'node:crypto';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../auth/secrets.js';
import { withSystem, withTenant } from '../db/context.js';
import { auditEvents } from '../db/schema/index.js';
import { makeTenant, testPassword } from '../testing/factories.js';
import { useAdminApp } from '../testing/fixtures.js';
import { attemptLogin, readAuditEvents, signIn } from '../testing/testApp.js';
import { queryRows } from '../testing/testDatabase.js';
import { hashEvent } from './auditChain.js';
import { recordAudit, verifyAuditChains } from './auditLog.js';

describe('the audit trail', () => {
  const setup = useAdminApp();

  const query = <T>(statement: SQL) => queryRows<T>(setup.database.db, statement);
  const eventCount = async (tenantId = setup.tenant.tenantId) =>
    (await query<{ n: number }>(sql`select count(*)::int as n from audit_events where tenant_id = ${tenantId}`))[0].n;
  const latestAction = async () =>
    (await query<{ action: string }>(sql`select action from audit_events where tenant_id = ${setup.tenant.tenantId} order by chain_index desc limit 1`))[0].action;
  const events = (filter: string, client = setup.admin) => readAuditEvents(client, filter);
  const chainReports = () => withSystem(setup.database, (tx) => verifyAuditChains(tx));
  const breakOf = async (tenantId: string) => (await chainReports()).find((report) => report.tenantId === tenantId)?.firstBreak;
  /** As the superuser, with the append-only trigger off for this one transaction. */
  const tamper = (statement: SQL) =>
    setup.database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      await tx.execute(statement);
      await tx.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    });

  it('writes exactly one event for each change made through the API', async () => {
    const unit = await setup.tenant.unit('Granskad enhet');
    const person = await setup.tenant.person('Granskad Person', unit.id);
    const state: { assignmentId?: string; tokenId?: string } = {};
    const changes: Array<[string, () => Promise<{ statusCode: number }>]> = [
      ['org_unit.created', () => setup.admin.post('/api/v1/org-units', { name: 'Ny', type: 'enhet', parentId: unit.id })],
      ['org_unit.updated', () => setup.admin.patch(`/api/v1/org-units/${unit.id}`, { version: 1, name: 'Omdöpt' })],
      ['person.created', () => setup.admin.post('/api/v1/people', { name: 'Ny Person', email: `${randomUUID()}@kommun.example`, orgUnitId: unit.id })],
      ['person.updated', () => setup.admin.patch(`/api/v1/people/${person.id}`, { version: 1, title: 'Controller' })],
      ['role_assignment.created', async () => {
        const response = await setup.admin.post('/api/v1/role-assignments', { personId: person.id, role: 'auditor', scopeType: 'tenant' });
        state.assignmentId = response.json().id;
        return response;
      }],
      ['role_assignment.deleted', () => setup.admin.delete(`/api/v1/role-assignments/${state.assignmentId}`)],
      ['api_token.created', async () => {
        const response = await setup.admin.post('/api/v1/me/tokens', { name: 'Granskning' });
        state.tokenId = response.json().id;
        return response;
      }],
      ['api_token.revoked', () => setup.admin.delete(`/api/v1/me/tokens/${state.tokenId}`)],
      ['account.locale_changed', () => setup.admin.patch('/api/v1/me', { locale: 'en' })],
      ['session.signed_in', () => attemptLogin(setup.app, setup.admin.email, testPassword)],
    ];
    for (const [action, change] of changes) {
      const before = await eventCount();
      const response = await change();
      expect(response.statusCode, action).toBeLessThan(300);
      expect(await eventCount(), action).toBe(before + 1);
      expect(await latestAction()).toBe(action);
    }
  });

  it('writes no event for a write that is refused', async () => {
    const unit = await setup.tenant.unit('Orörd enhet');
    const person = await setup.tenant.person('Orörd Person', unit.id);
    const before = await eventCount();
    const refusals = [
      await setup.admin.patch(`/api/v1/org-units/${unit.id}`, { version: 99, name: 'Inaktuell' }),
      await setup.admin.post(`/api/v1/org-units/${unit.id}/close`, { version: unit.version }),
      await setup.admin.post('/api/v1/people', { name: 'Dubblett', email: person.email, orgUnitId: unit.id }),
      await setup.admin.post('/api/v1/me/password', { currentPassword: 'fel-lösenord', newPassword: 'Ett-helt-nytt-lösen-42' }),
      await setup.admin.post('/api/v1/org-units', { name: 7, type: 'enhet', parentId: unit.id }),
    ];
    expect(refusals.map((r) => r.statusCode)).toEqual([409, 409, 409, 422, 400]);
    expect(await eventCount()).toBe(before);
  });

  it('rolls the change back when its audit event cannot be written', async () => {
    await setup.database.db.execute(sql`
      create function refuse_poison() returns trigger language plpgsql as $$
      begin
        if new.after->>'name' = 'Förgiftad' then raise exception 'audit write failed'; end if;
        return new;
      end $$`);
    await setup.database.db.execute(sql`create trigger refuse_poison before insert on audit_events for each row execute function refuse_poison()`);
    try {
      const before = await eventCount();
      const response = await setup.admin.post('/api/v1/org-units', { name: 'Förgiftad', type: 'enhet', parentId: setup.tenant.rootOrgUnitId });
      expect(response.statusCode).toBe(500);
      const units = (await setup.admin.get('/api/v1/org-units')).json() as Array<{ name: string }>;
      expect(units.map((u) => u.name)).not.toContain('Förgiftad');
      expect(await eventCount()).toBe(before);
    } finally {
      await setup.database.db.execute(sql`drop trigger refuse_poison on audit_events`);
      await setup.database.db.execute(sql`drop function refuse_poison()`);
    }
  });

  it('chains every tenant’s events by hash without a break', async () => {
    await makeTenant(setup.database);
    const reports = await chainReports();
    expect(reports.length).toBeGreaterThanOrEqual(2);
    for (const report of reports) {
      expect(report.events).toBeGreaterThan(0);
      expect(report.firstBreak).toBeNull();
    }
  });

  it('refuses UPDATE, DELETE and TRUNCATE on audit events even for the table owner', async () => {
    const original = await query<{ id: string; action: string }>(sql`select id::text, action from audit_events where tenant_id = ${setup.tenant.tenantId} order by id limit 1`);
    for (const statement of [
      sql`update audit_events set action = 'forged' where id = ${original[0].id}`,
      sql`delete from audit_events where id = ${original[0].id}`,
      sql`truncate audit_events`,
    ]) {
      await expect(setup.database.db.execute(statement)).rejects.toSatisfy((error: Error) =>
        /append-only/.test(String((error.cause as Error | undefined)?.message ?? error.message)),
      );
    }
    expect(await query(sql`select id::text, action from audit_events where id = ${original[0].id}`)).toEqual(original);
  });

  it('names the first edited event when a row is changed behind its back', async () => {
    const victim = await makeTenant(setup.database);
    for (const name of ['Ett', 'Två', 'Tre']) await victim.unit(name);
    const [target] = await query<{ id: string }>(sql`select id::text from audit_events where tenant_id = ${victim.tenantId} and chain_index = 3`);
    expect(await breakOf(victim.tenantId)).toBeNull();
    await tamper(sql`update audit_events set after = jsonb_set(after, '{name}', '"Förfalskad"') where id = ${target.id}`);
    expect(await breakOf(victim.tenantId)).toEqual({ chainIndex: 3, id: target.id, reason: 'hash_mismatch' });
    expect(await breakOf(setup.tenant.tenantId)).toBeNull();
  });

  it('detects an edit whose own hash was recomputed, at the next link', async () => {
    const victim = await makeTenant(setup.database);
    for (const name of ['Ett', 'Två', 'Tre']) await victim.unit(name);
    const chain = await setup.database.db.select().from(auditEvents).where(eq(auditEvents.tenantId, victim.tenantId)).orderBy(asc(auditEvents.chainIndex));
    const { id, hash: _hash, ...edited } = { ...chain[2], after: { ...(chain[2].after as object), name: 'Förfalskad' } };
    await tamper(sql`update audit_events set after = ${JSON.stringify(edited.after)}::jsonb, hash = ${hashEvent(edited)} where id = ${id}`);
    expect(await breakOf(victim.tenantId)).toEqual({ chainIndex: 4, id: chain[3].id.toString(), reason: 'broken_link' });
  });

  it('detects a deleted event in the middle of the chain', async () => {
    const victim = await makeTenant(setup.database);
    for (const name of ['Ett', 'Två', 'Tre']) await victim.unit(name);
    const [after] = await query<{ id: string }>(sql`select id::text from audit_events where tenant_id = ${victim.tenantId} and chain_index = 4`);
    await tamper(sql`delete from audit_events where tenant_id = ${victim.tenantId} and chain_index = 3`);
    expect(await breakOf(victim.tenantId)).toEqual({ chainIndex: 4, id: after.id, reason: 'missing_event' });
  });

  it('never stores password hashes, passwords or token secrets in audit rows', async () => {
    const user = await setup.tenant.user([]);
    const client = await signIn(setup.app, user.email, testPassword);
    const token = (await client.post('/api/v1/me/tokens', { name: 'Hemlig' })).json();
    const newPassword = 'Blåbärssylt-på-tisdagar-77';
    expect((await client.post('/api/v1/me/password', { currentPassword: testPassword, newPassword })).statusCode).toBe(204);
    const rows = await query<{ body: string }>(sql`select concat(before::text, ' ', after::text) as body from audit_events`);
    const accountHash = (await query<{ h: string }>(sql`select password_hash as h from accounts where email = ${user.email}`))[0].h;
    const forbidden = [token.secret, sha256(token.secret), accountHash, testPassword, newPassword, client.csrfToken, client.cookie, '$argon2'];
    for (const secret of forbidden) {
      expect(rows.filter((row) => row.body.includes(secret)), secret.slice(0, 12)).toEqual([]);
    }
    expect(rows.some((row) => row.body.includes(token.prefix))).toBe(true);
  });

  it('drops credential fields from whatever a change hands to the audit log', async () => {
    const entityId = randomUUID();
    await withTenant(setup.database, setup.tenant.tenantId, null, (ctx) =>
      recordAudit(ctx, {
        action: 'account.imported',
        entityType: 'account',
        entityId,
        before: { email: 'a@kommun.example', passwordHash: '$argon2id$v=19$secret' },
        after: { email: 'a@kommun.example', tokens: [{ name: 'CI', secretHash: 'abc123', secret: 'varn_x_y' }], session: { idHash: 'h', csrfToken: 'c' } },
      }),
    );
    const [event] = (await events(`entityId=${entityId}`)).items;
    expect(event.before).toEqual({ email: 'a@kommun.example' });
    expect(event.after).toEqual({ email: 'a@kommun.example', tokens: [{ name: 'CI' }], session: {} });
  });

  describe('reading', () => {
    it('filters by actor, entity type and entity', async () => {
      const other = await setup.tenant.user([{ role: 'administrator' }]);
      const otherClient = await signIn(setup.app, other.email, testPassword);
      const unit = (await otherClient.post('/api/v1/org-units', { name: 'Annans enhet', type: 'enhet', parentId: setup.tenant.rootOrgUnitId })).json();
      const byOther = await events(`actorId=${other.id}`);
      expect(byOther.items.map((e) => e.action)).toEqual(['org_unit.created', 'session.signed_in']);
      expect((await events(`actorId=${setup.adminId}`)).items.every((e) => e.actorId === setup.adminId)).toBe(true);
      const people = await events('entityType=person&limit=500');
      expect(people.items.length).toBeGreaterThan(2);
      expect(people.items.every((e) => e.entityType === 'person')).toBe(true);
      const ofUnit = await events(`entityId=${unit.id}`);
      expect(ofUnit.items).toEqual([expect.objectContaining({ action: 'org_unit.created', entityId: unit.id, actorName: expect.any(String) })]);
    });

    it('filters by time, from and to inclusive', async () => {
      const all = (await events('limit=500')).items;
      const times = [...new Set(all.map((e) => e.at))].sort();
      expect(times.length).toBeGreaterThan(4);
      const [from, to] = [times[1], times[times.length - 2]];
      const window = await events(`from=${from}&to=${to}&limit=500`);
      const expected = all.filter((e) => e.at >= from && e.at <= to).map((e) => e.id);
      expect(window.items.map((e) => e.id)).toEqual(expected);
      expect(expected.length).toBeLessThan(all.length - 1);
    });

    it('pages backwards through the trail with the before cursor', async () => {
      const all = (await events('limit=500')).items;
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await events(`limit=7${cursor ? `&before=${cursor}` : ''}`);
        expect(page.items.length).toBeLessThanOrEqual(7);
        seen.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.map((e) => e.id));
      expect(all.length).toBeGreaterThan(14);
    });

    it('is open to an auditor and closed to an employee', async () => {
      const auditor = await setup.signInNewUser([{ role: 'auditor' }]);
      expect((await events('limit=5', auditor)).items).toHaveLength(5);
      const employee = await setup.signInNewUser([{ role: 'employee' }]);
      const refused = await employee.get('/api/v1/audit-events');
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('forbidden');
      expect((await setup.app.inject({ method: 'GET', url: '/api/v1/audit-events' })).statusCode).toBe(401);
    });

    it("never shows another tenant's events", async () => {
      const other = await makeTenant(setup.database);
      const foreignUnit = await other.unit('Grannens enhet');
      expect((await events(`entityId=${foreignUnit.id}`)).items).toEqual([]);
      expect((await events(`entityId=${other.tenantId}`)).items).toEqual([]);
    });
  });
});
