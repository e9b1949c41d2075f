import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Requirement } from '../../../shared/schemas/requirements.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { makeTenant, testPassword } from '../../testing/factories.js';
import { readAuditEvents, signIn, type Client } from '../../testing/testApp.js';
import { sampleRequirement } from './routeSamples.js';

describe('the requirements catalogue', () => {
  const setup = useAdminApp();

  const create = async (values: Record<string, unknown> = {}, client = setup.admin): Promise<Requirement> => {
    const response = await client.post('/api/v1/requirements', { ...sampleRequirement(), ...values });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const list = async (query: string, client = setup.admin) => {
    const response = await client.get(`/api/v1/requirements?limit=2000&${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as Requirement[]).map((item) => item.code);
  };

  it('adds a requirement, found by id and by text, aspect and level, modality, NIS2 measure and area', async () => {
    const logging = await create({ code: 'LOGG-1', titleSv: 'Spårbar loggning', titleEn: 'Traceable logging', aspects: ['S', 'R'], minLevel: 2, modality: 'should', nis2: ['b', 'f'], area: 'loggning' });
    const crypto = await create({ code: 'KRYPTO-1', titleSv: 'Kryptering i vila', aspects: ['K'], minLevel: 3, nis2: ['h'], area: 'kryptering' });
    expect(logging).toMatchObject({ code: 'LOGG-1', titleEn: 'Traceable logging', descriptionSv: '', descriptionEn: null, gdpr: [], retiredAt: null, version: 1 });
    expect((await setup.admin.get(`/api/v1/requirements/${crypto.id}`)).json()).toEqual(crypto);

    expect(await list('q=spårbar')).toEqual(['LOGG-1']);
    expect(await list('q=traceable')).toEqual(['LOGG-1']);
    expect(await list('q=100%25')).toEqual([]);
    expect(await list('aspect=S&level=2')).toContain('LOGG-1');
    expect(await list('aspect=S&level=1')).not.toContain('LOGG-1');
    expect(await list('aspect=K&level=3')).toContain('KRYPTO-1');
    expect(await list('aspect=K&level=2')).not.toContain('KRYPTO-1');
    expect(await list('modality=should')).toEqual(['LOGG-1']);
    expect(await list('nis2=h')).toEqual(['KRYPTO-1']);
    expect(await list('area=loggning')).toEqual(['LOGG-1']);
    expect((await setup.admin.get('/api/v1/requirements')).json().areas).toEqual(expect.arrayContaining(['kryptering', 'loggning']));
  });

  it('refuses a code already taken (in any case), levels outside 1-3 and unknown aspects', async () => {
    await create({ code: 'UNIK-1' });
    const taken = await setup.admin.post('/api/v1/requirements', sampleRequirement('unik-1'));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('code_taken');
    for (const bad of [{ minLevel: 4 }, { minLevel: 0 }, { aspects: ['X'] }, { aspects: [] }, { aspects: ['K', 'K'] }, { nis2: ['k'] }, { code: 'med mellanslag' }]) {
      const response = await setup.admin.post('/api/v1/requirements', { ...sampleRequirement(), ...bad });
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
    }
  });

  it('edits with a version, answering 409 to a stale one, and audits the change', async () => {
    const requirement = await create();
    const edited = await setup.admin.patch(`/api/v1/requirements/${requirement.id}`, { version: 1, titleSv: 'Nytt namn', minLevel: 2 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ titleSv: 'Nytt namn', minLevel: 2, version: 2 });
    const stale = await setup.admin.patch(`/api/v1/requirements/${requirement.id}`, { version: 1, titleSv: 'Förlorad ändring' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const events = (await readAuditEvents(setup.admin, `entityId=${requirement.id}`)).items;
    expect(events.map((event) => event.action)).toEqual(['requirement.updated', 'requirement.created']);
  });

  it('retires a requirement out of the list (kept, never deleted) and brings it back', async () => {
    const requirement = await create();
    const retired = await setup.admin.post(`/api/v1/requirements/${requirement.id}/retire`, { version: 1 });
    expect(retired.statusCode).toBe(200);
    expect(retired.json().retiredAt).not.toBeNull();
    expect(await list('')).not.toContain(requirement.code);
    expect(await list('includeRetired=true')).toContain(requirement.code);
    expect((await setup.admin.post(`/api/v1/requirements/${requirement.id}/retire`, { version: 2 })).statusCode).toBe(409);
    const back = await setup.admin.post(`/api/v1/requirements/${requirement.id}/unretire`, { version: 2 });
    expect(back.json()).toMatchObject({ retiredAt: null, version: 3 });
    expect(await list('')).toContain(requirement.code);
  });

  it('lets anyone who reads the register read it; only a tenant-wide catalogue keeper changes it', async () => {
    const requirement = await create();
    const unit = await setup.tenant.unit('Socialförvaltningen');
    const employee = await setup.signInNewUser([]);
    const owner = await setup.signInNewUser([{ role: 'object_owner', orgUnitId: unit.id }]);
    const unitCiso = await setup.signInNewUser([{ role: 'ciso', orgUnitId: unit.id }]);
    const ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    expect((await employee.get('/api/v1/requirements')).statusCode).toBe(403);
    expect((await employee.get('/api/v1/requirements/export?format=json')).statusCode).toBe(403);
    expect(await list('', owner)).toContain(requirement.code);
    expect((await owner.get(`/api/v1/requirements/${requirement.id}`)).statusCode).toBe(200);
    for (const client of [employee, owner, unitCiso]) {
      expect((await client.post('/api/v1/requirements', sampleRequirement())).statusCode).toBe(403);
      expect((await client.patch(`/api/v1/requirements/${requirement.id}`, { version: 1, titleSv: 'X' })).statusCode).toBe(403);
      expect((await client.post('/api/v1/requirements/import?format=json', { requirements: [] })).statusCode).toBe(403);
    }
    await create({}, ciso);
  });
});

describe('importing and exporting a catalogue', () => {
  const setup = useAdminApp();
  let other: Client;

  beforeAll(async () => {
    const tenant = await makeTenant(setup.database);
    other = await signIn(setup.app, (await tenant.user([{ role: 'administrator' }])).email, testPassword);
  });

  const upload = (format: string, body: Buffer | string, client: Client = setup.admin, contentType = 'application/octet-stream') =>
    setup.app.inject({
      method: 'POST',
      url: `/api/v1/requirements/import?format=${format}`,
      cookies: { varn_session: client.cookie },
      headers: { 'x-csrf-token': client.csrfToken, 'content-type': contentType },
      payload: body,
    });
  const exported = async (format: string, client = setup.admin) => {
    const response = await client.get(`/api/v1/requirements/export?format=${format}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(`kravkatalog.${format}`);
    return response.rawPayload;
  };
  const catalogueOf = async (client: Client) => JSON.parse((await exported('json', client)).toString('utf8')).requirements;
  const countOf = async (client: Client) => (await client.get('/api/v1/requirements?includeRetired=true&limit=1')).json().total as number;

  /** Values that break naive writers: quotes, commas, line breaks, a leading "=", Swedish letters. */
  const tricky = [
    { ...sampleRequirement('ÅTKOMST-1'), titleSv: 'Behörighet, "minsta möjliga"', descriptionSv: 'Rad ett\nRad två; med semikolon', gdpr: ['art. 5.1 f', 'art. 32'], nis2: ['i', 'j'], area: 'åtkomst' },
    { ...sampleRequirement('FORMEL-1'), titleSv: '=SUMMA(A1:A2)', titleEn: null, descriptionSv: '-inleds med minus', descriptionEn: '@mention', aspects: ['R', 'S'], minLevel: 1, modality: 'should' },
    { ...sampleRequirement('PENSION-1'), titleSv: 'Pensionerat krav', retired: true },
  ];

  it('imports JSON, then exports it in XLSX, CSV and JSON that import unchanged into another tenant', async () => {
    const first = await setup.admin.post('/api/v1/requirements/import?format=json', { requirements: tricky });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0 });
    const original = await catalogueOf(setup.admin);
    expect(original).toHaveLength(3);
    expect(original.find((row: { code: string }) => row.code === 'PENSION-1').retired).toBe(true);

    for (const format of ['xlsx', 'csv', 'json']) {
      const file = await exported(format);
      // Back into the same tenant: nothing changes.
      const again = await upload(format, file);
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json(), format).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3 });
      // Into another tenant: the same catalogue.
      const elsewhere = await upload(format, file, other);
      expect(elsewhere.statusCode, elsewhere.body).toBe(200);
      expect(await catalogueOf(other), format).toEqual(original);
    }
  });

  it('writes formulas in CSV as text and an XLSX with one header row of the import columns', async () => {
    const csv = (await exported('csv')).toString('utf8');
    expect(csv).toContain("'=SUMMA(A1:A2)");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported('xlsx')) as unknown as ArrayBuffer); // exceljs types its Buffer as an ArrayBuffer
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'code', 'titleSv', 'titleEn', 'descriptionSv', 'descriptionEn', 'modality', 'aspects', 'minLevel', 'nis2', 'gdpr', 'area', 'retired']);
    const formulaRow = [2, 3, 4].map((n) => sheet.getRow(n)).find((row) => row.getCell(1).value === 'FORMEL-1')!;
    expect(formulaRow.getCell(2).value).toBe('=SUMMA(A1:A2)');
    expect(formulaRow.getCell(2).formula).toBeUndefined();
  });

  it('updates by code and leaves the rest alone', async () => {
    const before = (await setup.admin.get('/api/v1/requirements?q=ÅTKOMST-1')).json().items[0] as Requirement;
    const response = await setup.admin.post('/api/v1/requirements/import?format=json', {
      requirements: [{ ...tricky[0], code: 'åtkomst-1', titleSv: 'Behörighet efter behov' }, sampleRequirement('NY-1')],
    });
    expect(response.json()).toEqual({ rows: 2, created: 1, updated: 1, unchanged: 0 });
    const after = (await setup.admin.get(`/api/v1/requirements/${before.id}`)).json();
    // Matched regardless of case; the file's spelling of the code wins.
    expect(after).toMatchObject({ code: 'åtkomst-1', titleSv: 'Behörighet efter behov', version: before.version + 1 });
    const events = (await readAuditEvents(setup.admin, 'entityType=requirement_catalogue')).items;
    expect(events[0]).toMatchObject({ action: 'requirement_catalogue.imported', after: expect.objectContaining({ createdCodes: ['NY-1'], updatedCodes: ['åtkomst-1'] }) });
  });

  async function workbookWith(rows: unknown[][]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Krav');
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('refuses a file with bad rows as a whole, naming each row and field, and writes nothing', async () => {
    const count = await countOf(setup.admin);
    const auditBefore = (await readAuditEvents(setup.admin, 'limit=1')).items[0].id;
    const header = ['code', 'titleSv', 'modality', 'aspects', 'minLevel'];
    const xlsx = await workbookWith([header, ['OK-1', 'Bra krav', 'ska', 'K', 2], ['SAKNAS-1', '', 'must', 'K', 2], ['NIVÅ-1', 'Fel nivå', 'must', 'K, X', 5]]);
    const withFormula = await workbookWith([header, ['OK-2', 'Bra krav', 'must', 'K', 1]]);
    const problems: Array<[string, Buffer | string, string[]]> = [
      ['xlsx', xlsx, ['rows.3.titleSv', 'rows.4.aspects', 'rows.4.minLevel']],
      ['csv', 'code;titleSv;modality;aspects;minLevel\nA-1;Ett;must;K;1\na-1;Dubblett;must;K;1\nB-1;Tvåa;kanske;T;2\n', ['rows.3.code', 'rows.4.modality']],
      ['json', JSON.stringify({ requirements: [sampleRequirement('J-1'), { ...sampleRequirement('J-2'), extra: 1 }, { code: 'J-3' }] }), ['rows.2', 'rows.3.titleSv']],
    ];
    for (const [format, body, paths] of problems) {
      const response = await upload(format, body);
      expect(response.statusCode, `${format}: ${response.body}`).toBe(422);
      expect(response.json().code).toBe('invalid_rows');
      expect(response.json().errors.map((error: { path: string }) => error.path), format).toEqual(expect.arrayContaining(paths));
    }
    // A formula is never evaluated: the cell is refused.
    const sheetWithFormula = new ExcelJS.Workbook();
    await sheetWithFormula.xlsx.load(withFormula as unknown as ArrayBuffer);
    sheetWithFormula.worksheets[0].getCell('B2').value = { formula: 'HYPERLINK("http://example.com")', result: 'klicka' } as ExcelJS.CellFormulaValue;
    const formula = await upload('xlsx', Buffer.from(await sheetWithFormula.xlsx.writeBuffer()));
    expect(formula.statusCode).toBe(422);
    expect(formula.json().errors).toEqual([{ path: 'rows.2.titleSv', message: expect.stringMatching(/formula/i) }]);
    expect(await countOf(setup.admin)).toBe(count);
    expect((await readAuditEvents(setup.admin, 'limit=1')).items[0].id).toBe(auditBefore);
  });

  it('refuses unreadable files, unknown or missing columns, too many rows, and files sent the wrong way', async () => {
    const refusal = async (format: string, body: Buffer | string, status: number, code: string, contentType?: string) => {
      const response = await upload(format, body, setup.admin, contentType);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().code).toBe(code);
      return response.json();
    };
    await refusal('xlsx', Buffer.from('this is not a workbook'), 422, 'unreadable_file');
    await refusal('json', '{"requirements": [', 422, 'unreadable_file');
    await refusal('csv', 'code,"unterminated\n', 422, 'unreadable_file');
    const columns = await refusal('csv', 'code,titleSv,modality,aspects,level\nA,B,must,K,1\n', 422, 'invalid_rows');
    expect(columns.errors.map((error: { path: string }) => error.path)).toEqual(['columns.level', 'columns.minLevel']);
    const many = ['code,titleSv,modality,aspects,minLevel', ...Array.from({ length: 2001 }, (_, i) => `M-${i},Krav ${i},must,K,1`)].join('\n');
    await refusal('csv', many, 422, 'too_many_rows');
    await refusal('xlsx', await workbookWith([['code', 'titleSv', 'modality', 'aspects', 'minLevel'], ...Array.from({ length: 2001 }, (_, i) => [`M-${i}`, 'Krav', 'must', 'K', 1])]), 422, 'too_many_rows');
    // A spreadsheet must be the body itself, and other routes take no files.
    expect((await setup.admin.post('/api/v1/requirements/import?format=csv', { requirements: [] })).statusCode).toBe(415);
    const elsewhere = await setup.app.inject({
      method: 'POST',
      url: '/api/v1/requirements',
      cookies: { varn_session: setup.admin.cookie },
      headers: { 'x-csrf-token': setup.admin.csrfToken, 'content-type': 'application/octet-stream' },
      payload: Buffer.from('x'),
    });
    expect(elsewhere.statusCode).toBe(415);
    const huge = await upload('csv', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    expect(huge.statusCode).toBe(413);
  });

  it('exports and imports only for people allowed to, and each tenant only its own catalogue', async () => {
    const employee = await setup.signInNewUser([]);
    expect((await upload('csv', 'code,titleSv,modality,aspects,minLevel\nE-1,X,must,K,1\n', employee)).statusCode).toBe(403);
    const mine = await catalogueOf(setup.admin);
    expect(mine.map((row: { code: string }) => row.code)).not.toContain('NOT-MINE');
    await other.post('/api/v1/requirements', sampleRequirement('NOT-MINE'));
    expect((await catalogueOf(setup.admin)).map((row: { code: string }) => row.code)).not.toContain('NOT-MINE');
  });
});
