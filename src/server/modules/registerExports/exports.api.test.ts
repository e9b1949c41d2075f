import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useAdminApp } from '../../testing/fixtures.js';
import { registerFactory } from '../../testing/registerFactories.js';

async function readSheet(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
  return rows;
}

describe('register exports', () => {
  const setup = useAdminApp();

  it('exports the filtered object list, information sets, systems and coverage as workbooks', async () => {
    const owner = await setup.tenant.person('Ingrid Informationsägare');
    const factory = registerFactory(setup.tenant);
    const object = await factory.object(setup.tenant.rootOrgUnitId, { name: 'Elevregister', ownerId: owner.id });
    const system = await factory.system(object.id, 'Skolplattformen');
    const set = await factory.set(object.id, { name: 'Betyg', ownerId: owner.id, systemIds: [system.id] });
    await factory.approved(set.id, { K: 2, R: 3, T: 1, S: 2 }, owner);
    await factory.object(setup.tenant.rootOrgUnitId, { name: 'Aldrig klassat objekt' });

    const objects = await setup.admin.get('/api/v1/objects/export.xlsx?status=valid');
    expect(objects.statusCode).toBe(200);
    expect(objects.headers['content-type']).toContain('spreadsheetml');
    expect(objects.headers['content-disposition']).toContain('attachment');
    const objectRows = await readSheet(objects.rawPayload);
    expect(objectRows[0][0]).toBe('Namn');
    expect(objectRows.slice(1).map((row) => row[0])).toEqual(['Elevregister']);
    expect(objectRows[1]).toContain('K2-R3-T1-S2');
    expect(objectRows[1]).toContain('Giltig');

    const sets = await readSheet((await setup.admin.get('/api/v1/information-sets/export.xlsx')).rawPayload);
    expect(sets[1].slice(0, 4)).toEqual(['Betyg', 'Elevregister', expect.any(String), 'Ingrid Informationsägare']);
    const systems = await readSheet((await setup.admin.get('/api/v1/systems/export.xlsx')).rawPayload);
    expect(systems[1][0]).toBe('Skolplattformen');
    const coverage = await readSheet((await setup.admin.get('/api/v1/coverage/export.xlsx')).rawPayload);
    expect(coverage[1].slice(1, 6)).toEqual(['2', '1', '0', '0', '1']);
  });

  it('writes a classification report per object as PDF', async () => {
    const owner = await setup.tenant.person('Rapport Ägare');
    const factory = registerFactory(setup.tenant);
    const object = await factory.object(setup.tenant.rootOrgUnitId, { name: 'Ekonomisystemet', ownerId: owner.id });
    const set = await factory.set(object.id, { name: 'Leverantörsfakturor', ownerId: owner.id });
    await factory.approved(set.id, { K: 1, R: 3, T: 2, S: 2 }, owner);
    const response = await setup.admin.get(`/api/v1/objects/${object.id}/report.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(response.headers['content-disposition']).toContain('Klassningsrapport');
  });
});
