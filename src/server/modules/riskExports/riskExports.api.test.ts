import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRiskMatrix } from '../../../shared/risk/matrix.js';
import type { RiskAnalysisDetail, RiskDetail } from '../../../shared/schemas/risk.js';
import { withTenant } from '../../db/context.js';
import { makeTenant, testPassword } from '../../testing/factories.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { registerFactory } from '../../testing/registerFactories.js';
import { signIn, type Client } from '../../testing/testApp.js';
import { analysisReportDefinition, loadAnalysisReport } from './analysisReport.js';
import { sampleRisk } from '../risk/routeSamples.js';

type Cell = string | number | null;

async function readSheet(body: Buffer): Promise<{ rows: Cell[][]; formulas: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  const rows: Cell[][] = [];
  let formulas = 0;
  workbook.worksheets[0]!.eachRow((row) => {
    row.eachCell((cell) => (formulas += cell.formula ? 1 : 0));
    rows.push((row.values as Cell[]).slice(1).map((value) => value ?? null));
  });
  return { rows, formulas };
}

/** Every text in a pdfmake document definition, in reading order. */
function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => (['text', 'content', 'table', 'body', 'columns', 'stack'].includes(key) ? textsOf(value) : []));
  return [];
}

describe('risk exports', () => {
  const setup = useAdminApp();
  let ciso: Client;
  let analysis: RiskAnalysisDetail;
  let objectId: string;

  async function addRisk(likelihood: number, impact: number, extra: object = {}): Promise<RiskDetail> {
    const response = await ciso.post(`/api/v1/risk-analyses/${analysis.id}/risks`, sampleRisk(likelihood, impact, extra));
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  beforeAll(async () => {
    const unitId = (await setup.tenant.unit('Socialförvaltningen')).id;
    ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    const owner = await setup.tenant.person('Rita Riskägare', unitId);
    const factory = registerFactory(setup.tenant);
    objectId = (await factory.object(unitId, { name: 'Journalsystemet' })).id;
    const set = await factory.set(objectId, { name: 'Journalanteckningar', ownerId: owner.id });
    await factory.approved(set.id, { K: 3, R: 2, T: 2, S: 3 }, owner);
    const created = await ciso.post('/api/v1/risk-analyses', { objectId, purpose: 'Inför upphandling av nytt journalsystem', riskOwnerId: owner.id, analysisDate: '2025-03-14' });
    expect(created.statusCode, created.body).toBe(201);
    analysis = created.json();
    await addRisk(4, 4, { title: 'Ransomware i journalsystemet', aspects: ['T', 'R'] });
    const treated = await addRisk(3, 3, { title: 'Felskickad e-post', threatOrigin: 'human_accidental', treatment: 'reduce', treatmentRationale: 'Spärr för extern e-post', residualLikelihood: 1, residualImpact: 3 });
    const action = await ciso.post(`/api/v1/risks/${treated.id}/actions`, { title: 'Inför DLP-regler', dueDate: '2020-01-31' });
    expect(action.statusCode, action.body).toBe(201);
    await addRisk(1, 2, { title: '=HYPERLINK("http://example.com","klicka")' });
  });

  it('exports the filtered register as XLSX with Swedish headings and the matrix level labels', async () => {
    const response = await ciso.get(`/api/v1/risks.xlsx?analysisId=${analysis.id}&lang=sv`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('attachment');
    const { rows } = await readSheet(response.rawPayload);
    const [headings, ...risks] = rows;
    expect(headings!.slice(0, 10)).toEqual(['Risk', 'Riskanalys', 'Förvaltningsobjekt', 'Förvaltning/enhet', 'Riskägare', 'Hotets ursprung', 'Aspekter', 'På grund av', 'inträffar', 'vilket leder till']);
    // Highest score first, as in the register.
    expect(risks.map((row) => row[0])).toEqual(['Ransomware i journalsystemet', 'Felskickad e-post', '=HYPERLINK("http://example.com","klicka")']);
    const column = (name: string) => headings!.indexOf(name);
    const ransomware = risks[0]!;
    expect([ransomware[column('Sannolikhet')], ransomware[column('Konsekvens')], ransomware[column('Riskvärde')], ransomware[column('Risknivå')]]).toEqual([4, 4, 16, 'Extremt hög']);
    expect(ransomware[column('Aspekter')]).toBe('Tillgänglighet, Riktighet');
    expect(ransomware.slice(1, 5)).toEqual(['Journalsystemet', 'Journalsystemet', 'Socialförvaltningen', 'Rita Riskägare']);
    const email = risks[1]!;
    expect(email[column('Hantering')]).toBe('Reducera');
    expect(email[column('Motivering')]).toBe('Spärr för extern e-post');
    expect([email[column('Kvarvarande riskvärde')], email[column('Kvarvarande risknivå')]]).toEqual([3, 'Medelhög']);
    expect([email[column('Åtgärder')], email[column('Försenade åtgärder')]]).toEqual([1, 1]);
    expect(email[column('Status')]).toBe('Under behandling');
  });

  it('applies the filters and writes English headings and labels on request; formulas stay text', async () => {
    const response = await ciso.get(`/api/v1/risks.xlsx?analysisId=${analysis.id}&level=low&lang=en`);
    const { rows, formulas } = await readSheet(response.rawPayload);
    expect(rows[0]!.slice(0, 3)).toEqual(['Risk', 'Risk analysis', 'Managed object']);
    expect(rows[0]).toContain('Acceptance expired');
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe('=HYPERLINK("http://example.com","klicka")');
    expect(formulas).toBe(0);
    expect(rows[1]![rows[0]!.indexOf('Level')]).toBe('Low');
    expect(rows[1]![rows[0]!.indexOf('Acceptance expired')]).toBe('No');
    const overdue = await readSheet((await ciso.get(`/api/v1/risks.xlsx?analysisId=${analysis.id}&overdueActions=true`)).rawPayload);
    expect(overdue.rows.slice(1).map((row) => row[0])).toEqual(['Felskickad e-post']);
    expect((await ciso.get('/api/v1/risks.xlsx?level=severe')).statusCode).toBe(400);
  });

  it('writes the analysis report as a PDF attachment, in Swedish or English', async () => {
    const response = await ciso.get(`/api/v1/risk-analyses/${analysis.id}/report.pdf?lang=sv`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain('Riskanalys Journalsystemet');
    const english = await ciso.get(`/api/v1/risk-analyses/${analysis.id}/report.pdf?lang=en`);
    expect(decodeURIComponent(String(english.headers['content-disposition']))).toContain('Risk analysis Journalsystemet');
  });

  it('puts the analysis, the profile, both heat maps and each risk with its treatment in the report', async () => {
    const data = await withTenant(setup.database, setup.tenant.tenantId, null, (ctx) => loadAnalysisReport(ctx, analysis.id));
    const definition = analysisReportDefinition(data, 'sv');
    const texts = textsOf(definition.content);
    expect(texts).toEqual(expect.arrayContaining(['Journalsystemet', 'Inför upphandling av nytt journalsystem', 'Rita Riskägare', '2025-03-14', 'Planerad', 'K3-R2-T2-S3']));
    expect(texts).toContain('På grund av svaga lösenord och ingen MFA inträffar intrång i verksamhetssystemet vilket leder till att personuppgifter om brukare läcker.');
    expect(texts).toContain('4 × 4 = 16 (Extremt hög)');
    expect(texts).toContain('Reducera: Spärr för extern e-post');
    expect(texts).toContain('1 × 3 = 3 (Medelhög)');
    expect(texts).toEqual(expect.arrayContaining(['Inför DLP-regler', '2020-01-31 (försenad)']));
    // The inherent heat map: the top-right cell (likelihood 4, impact 4) holds one risk on the extreme colour.
    const [inherent] = (definition.content as Array<{ table?: { body: Array<Array<{ text: string; fillColor?: string }>> } }>).filter((node) => node.table?.body[0]?.length === 5);
    expect(inherent!.table!.body[0]![4]).toMatchObject({ text: '1', fillColor: defaultRiskMatrix.bands[3]!.colour });
    expect(inherent!.table!.body[3]![1]).toMatchObject({ text: '', fillColor: defaultRiskMatrix.bands[0]!.colour });
  });

  it('shows the report to nobody outside the analysis and keeps employees out of both exports', async () => {
    const employee = await setup.signInNewUser([]);
    expect((await employee.get('/api/v1/risks.xlsx')).statusCode).toBe(403);
    expect((await employee.get(`/api/v1/risk-analyses/${analysis.id}/report.pdf`)).statusCode).toBe(403);
    const other = await makeTenant(setup.database, 'Annan kommun');
    const stranger = await signIn(setup.app, (await other.user([{ role: 'ciso' }])).email, testPassword);
    expect((await stranger.get(`/api/v1/risk-analyses/${analysis.id}/report.pdf`)).statusCode).toBe(404);
    const theirs = await readSheet((await stranger.get('/api/v1/risks.xlsx')).rawPayload);
    expect(theirs.rows).toHaveLength(1);
  });

  it("names levels after the tenant's own matrix", async () => {
    const settings = (await setup.admin.get('/api/v1/risk-settings')).json();
    const bands = settings.matrix.bands.map((band: { level: string }) => (band.level === 'extreme' ? { ...band, label: { sv: 'Oacceptabel', en: 'Unacceptable' } } : band));
    const saved = await setup.admin.patch('/api/v1/risk-settings', { version: settings.version, matrix: { ...settings.matrix, bands } });
    expect(saved.statusCode, saved.body).toBe(200);
    const { rows } = await readSheet((await ciso.get(`/api/v1/risks.xlsx?analysisId=${analysis.id}&level=extreme&lang=en`)).rawPayload);
    expect(rows[1]![rows[0]!.indexOf('Level')]).toBe('Unacceptable');
  });
});
