import { beforeAll, describe, expect, it } from 'vitest';
import { useAdminApp } from '../../testing/fixtures.js';
import { readAuditEvents, type Client } from '../../testing/testApp.js';

describe('incident settings', () => {
  const setup = useAdminApp();
  let ciso: Client;
  const secretOf = (path: string) => path.replace('/rapportera/', '');
  const linkStatus = async (path: string) => (await setup.app.inject({ method: 'GET', url: `/api/v1/public/incident-reports/${secretOf(path)}` })).statusCode;
  const current = async () => (await ciso.get('/api/v1/incident-settings')).json();
  const change = async (body: Record<string, unknown>) => ciso.patch('/api/v1/incident-settings', { version: (await current()).version, ...body });

  beforeAll(async () => {
    ciso = await setup.signInNewUser([{ role: 'ciso' }]);
  });

  it('starts with CERT-SE as the CSIRT and the public link off; the CSIRT can be changed, audited', async () => {
    expect(await current()).toEqual({ csirtName: 'CERT-SE (Myndigheten för civilt försvar)', csirtContact: 'cert@cert.se', publicReportPath: null, version: expect.any(Number) });
    const changed = await change({ csirtName: 'Sektorns CSIRT', csirtContact: 'csirt@exempel.se' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ csirtName: 'Sektorns CSIRT', csirtContact: 'csirt@exempel.se', publicReportPath: null });
    const audit = await readAuditEvents(setup.admin, `entityType=tenant&entityId=${setup.tenant.tenantId}`);
    expect(audit.items.find((event) => event.action === 'incident_settings.updated')).toMatchObject({
      before: { csirtName: 'CERT-SE (Myndigheten för civilt försvar)' },
      after: { csirtName: 'Sektorns CSIRT', csirtContact: 'csirt@exempel.se' },
    });
  });

  it('switches the public link on, replaces its secret so the old link stops working, and switches it off', async () => {
    const on = (await change({ publicReport: true })).json();
    expect(on.publicReportPath).toMatch(/^\/rapportera\/[A-Za-z0-9_-]{43}$/);
    expect(await linkStatus(on.publicReportPath)).toBe(200);
    // Switching on what is on keeps the link people already have.
    expect((await change({ publicReport: true })).json().publicReportPath).toBe(on.publicReportPath);

    const rotated = (await change({ rotatePublicReport: true })).json();
    expect(rotated.publicReportPath).not.toBe(on.publicReportPath);
    expect(await linkStatus(on.publicReportPath)).toBe(404);
    expect(await linkStatus(rotated.publicReportPath)).toBe(200);

    const off = (await change({ publicReport: false })).json();
    expect(off.publicReportPath).toBeNull();
    expect(await linkStatus(rotated.publicReportPath)).toBe(404);
    expect((await change({ rotatePublicReport: true })).json()).toMatchObject({ status: 422, code: 'public_report_off' });
    expect((await change({ publicReport: false, rotatePublicReport: true })).json()).toMatchObject({ status: 400, errors: [{ path: 'body.rotatePublicReport' }] });

    const audit = await readAuditEvents(setup.admin, `entityType=tenant&entityId=${setup.tenant.tenantId}`);
    const actions = audit.items.map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['incident_settings.public_report_enabled', 'incident_settings.public_report_rotated', 'incident_settings.public_report_disabled']));
    const everything = JSON.stringify(audit.items);
    for (const path of [on.publicReportPath, rotated.publicReportPath]) expect(everything).not.toContain(secretOf(path));
  });

  it('shares its version with the other settings: a stale write answers 409 and changes nothing', async () => {
    const before = await current();
    expect((await ciso.patch('/api/v1/settings', { version: before.version, classificationValidityMonths: 12 })).statusCode).toBe(200);
    const stale = await ciso.patch('/api/v1/incident-settings', { version: before.version, publicReport: true });
    expect(stale.statusCode).toBe(409);
    expect((await current()).publicReportPath).toBe(before.publicReportPath);
    expect((await ciso.patch('/api/v1/incident-settings', { version: before.version + 1, csirtContact: '' })).statusCode).toBe(400);
  });

  it('is for the CISO and administrators only', async () => {
    expect((await setup.admin.get('/api/v1/incident-settings')).statusCode).toBe(200);
    for (const roles of [[{ role: 'incident_manager' as const }], []]) {
      const someone = await setup.signInNewUser(roles);
      expect((await someone.get('/api/v1/incident-settings')).statusCode).toBe(403);
      expect((await someone.patch('/api/v1/incident-settings', { version: 1, publicReport: true })).statusCode).toBe(403);
    }
  });
});
