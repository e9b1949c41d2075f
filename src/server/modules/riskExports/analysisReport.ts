import { actionStatusLabels } from '../../../shared/actions.js';
import { aspectLabels } from '../../../shared/classification/aspects.js';
import { formatProfile } from '../../../shared/classification/profile.js';
import type { Locale } from '../../../shared/locales.js';
import { acceptanceCapacityLabels } from '../../../shared/risk/acceptance.js';
import { analysisStatusLabels, analysisSubjectLabels, analysisTriggerLabels, riskStatusLabels, treatmentLabels } from '../../../shared/risk/analysis.js';
import type { RiskMatrix } from '../../../shared/risk/matrix.js';
import { threatOriginLabels } from '../../../shared/risk/threatOrigins.js';
import type { RiskAnalysisDetail, RiskDetail } from '../../../shared/schemas/risk.js';
import type { TenantContext } from '../../db/context.js';
import { renderPdf } from '../../http/pdfDocument.js';
import { FileDownload } from '../../http/route.js';
import { loadObjectProfiles, type ObjectProfiles } from '../objects/profileQueries.js';
import { describeAnalysis } from '../risk/analysisService.js';
import { loadRiskConfig } from '../risk/config.js';
import { describeRisk } from '../risk/riskService.js';
import { bandLegend, matrixTable } from './reportMatrix.js';
import { levelLabel } from './riskRegisterWorkbook.js';

export interface AnalysisReportData {
  analysis: RiskAnalysisDetail;
  /** Each risk with its actions and acceptances. */
  risks: RiskDetail[];
  matrix: RiskMatrix;
  /** The analysed object's classification profile; null for a process or org-unit analysis. */
  profile: ObjectProfiles | null;
}

/** Everything the report shows, read through the risk module's own services. */
export async function loadAnalysisReport(ctx: TenantContext, analysisId: string): Promise<AnalysisReportData> {
  const analysis = await describeAnalysis(ctx, analysisId);
  const risks: RiskDetail[] = [];
  for (const risk of analysis.risks) risks.push(await describeRisk(ctx, risk.id));
  const { matrix } = await loadRiskConfig(ctx);
  const profile = analysis.objectId ? await loadObjectProfiles(ctx, analysis.objectId) : null;
  return { analysis, risks, matrix, profile };
}

const text = {
  title: { sv: 'Riskanalys', en: 'Risk analysis' },
  subject: { sv: 'Analysen gäller', en: 'Subject' },
  unit: { sv: 'Förvaltning/enhet', en: 'Org unit' },
  purpose: { sv: 'Syfte', en: 'Purpose' },
  riskOwner: { sv: 'Riskägare', en: 'Risk owner' },
  lead: { sv: 'Analysledare', en: 'Analysis lead' },
  participants: { sv: 'Deltagare', en: 'Participants' },
  date: { sv: 'Datum för analysen', en: 'Analysis date' },
  status: { sv: 'Status', en: 'Status' },
  approved: { sv: 'Fastställd', en: 'Approved' },
  nextDue: { sv: 'Nästa analys senast', en: 'Next analysis due' },
  trigger: { sv: 'Ny analys behövs på grund av', en: 'New analysis needed because of' },
  profile: { sv: 'Objektets skyddsnivå (klassning)', en: "The object's protection profile (classification)" },
  raise: { sv: 'Skäl för höjning', en: 'Reason for raising' },
  inherent: { sv: 'Risker före åtgärder', en: 'Risks before treatment' },
  residual: { sv: 'Kvarvarande risker efter åtgärder', en: 'Residual risks after treatment' },
  matrixNote: { sv: 'Antal risker som inte är stängda per ruta.', en: 'Number of risks not closed per cell.' },
  corner: { sv: 'Sannolikhet / konsekvens', en: 'Likelihood / impact' },
  risks: { sv: 'Risker', en: 'Risks' },
  none: { sv: 'Analysen har inga risker ännu.', en: 'The analysis has no risks yet.' },
  sentence: { sv: 'På grund av {cause} inträffar {event} vilket leder till {consequence}.', en: 'Because of {cause}, {event} occurs, which leads to {consequence}.' },
  origin: { sv: 'Hotets ursprung', en: 'Threat origin' },
  aspects: { sv: 'Hotade aspekter', en: 'Aspects threatened' },
  assessment: { sv: 'Bedömning (sannolikhet × konsekvens)', en: 'Assessment (likelihood × impact)' },
  treatment: { sv: 'Hantering', en: 'Treatment' },
  residualRisk: { sv: 'Kvarvarande risk', en: 'Residual risk' },
  acceptance: { sv: 'Acceptans', en: 'Acceptance' },
  acceptedBy: { sv: 'Accepterad av {who}, gäller till {until}', en: 'Accepted by {who}, valid until {until}' },
  expired: { sv: ' (har gått ut)', en: ' (expired)' },
  pending: { sv: 'Väntar på underskrift av {who}', en: 'Awaiting the signature of {who}' },
  actions: { sv: 'Åtgärder', en: 'Actions' },
  action: { sv: 'Åtgärd', en: 'Action' },
  owner: { sv: 'Ansvarig', en: 'Owner' },
  due: { sv: 'Klart senast', en: 'Due' },
  overdue: { sv: 'försenad', en: 'overdue' },
  generated: { sv: 'Skapad', en: 'Generated' },
} satisfies Record<string, { sv: string; en: string }>;

type Key = keyof typeof text;
const date = (iso: string | null) => (iso ? iso.slice(0, 10) : '–');
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
const header = (cells: string[]) => cells.map((cell) => ({ text: cell, bold: true, fillColor: '#eeeeee' }));
const factTable = (facts: Array<[string, string]>) => ({ table: { widths: [150, '*'], body: facts.map(([label, value]) => [{ text: label, bold: true }, value]) }, layout: 'lightHorizontalLines' });
const heading = (value: string) => ({ text: value, fontSize: 13, bold: true, margin: [0, 12, 0, 4] });

function subjectOf(analysis: RiskAnalysisDetail, locale: Locale): string {
  const name = { object: analysis.objectName, system: analysis.systemName, process: analysis.processName, org_unit: analysis.orgUnitName }[analysis.subjectKind];
  return `${analysisSubjectLabels[analysis.subjectKind][locale]}: ${name ?? '–'}`;
}

function acceptanceText(risk: RiskDetail, t: (key: Key) => string, locale: Locale): string {
  // The newest acceptance that stands or waits; withdrawn ones were about another level.
  const current = risk.acceptances.find((acceptance) => acceptance.status !== 'withdrawn');
  if (!current) return '–';
  const who = current.signatures.map((signature) => `${signature.personName} (${acceptanceCapacityLabels[signature.capacity][locale]}) ${date(signature.signedAt)}`).join(', ');
  if (current.status === 'pending') {
    return `${who}. ${fill(t('pending'), { who: current.stillNeeded.map((capacity) => acceptanceCapacityLabels[capacity][locale]).join(', ') })}`;
  }
  return `${fill(t('acceptedBy'), { who, until: date(current.expiresAt) })}${current.expired ? t('expired') : ''}. ${current.reason}`;
}

function riskSection(risk: RiskDetail, index: number, matrix: RiskMatrix, locale: Locale, t: (key: Key) => string) {
  const scored = (likelihood: number | null, impact: number | null, score: number | null, level: RiskDetail['level'] | null) =>
    likelihood === null || impact === null ? '–' : `${likelihood} × ${impact} = ${score} (${levelLabel(matrix, level, locale)})`;
  const treatment = risk.treatment ? `${treatmentLabels[risk.treatment][locale]}${risk.treatmentRationale ? `: ${risk.treatmentRationale}` : ''}` : '–';
  const facts: Array<[string, string]> = [
    [t('origin'), threatOriginLabels[risk.threatOrigin][locale]],
    [t('aspects'), risk.aspects.map((aspect) => aspectLabels[aspect][locale]).join(', ') || '–'],
    [t('assessment'), scored(risk.likelihood, risk.impact, risk.score, risk.level)],
    [t('treatment'), treatment],
    [t('residualRisk'), scored(risk.residualLikelihood, risk.residualImpact, risk.residualScore, risk.residualLevel)],
    [t('status'), riskStatusLabels[risk.status][locale]],
    [t('acceptance'), acceptanceText(risk, t, locale)],
  ];
  const actionRows = risk.actions.map((action) => [
    action.title,
    action.ownerName ?? '–',
    `${date(action.dueDate)}${action.overdue ? ` (${t('overdue')})` : ''}`,
    actionStatusLabels[action.status][locale],
  ]);
  // A risk reads as one block; only one with a long list of actions may run over a page break.
  return {
    unbreakable: actionRows.length <= 6,
    stack: [
      { text: `${index + 1}. ${risk.title}`, fontSize: 11, bold: true, margin: [0, 10, 0, 2] },
      { text: fill(t('sentence'), { cause: risk.cause, event: risk.event, consequence: risk.consequence }), italics: true, margin: [0, 0, 0, 4] },
      factTable(facts),
      ...(actionRows.length > 0
        ? [{ table: { headerRows: 1, widths: ['*', 100, 80, 70], body: [header([t('action'), t('owner'), t('due'), t('status')]), ...actionRows] }, layout: 'lightHorizontalLines', margin: [0, 4, 0, 0] }]
        : []),
    ],
  };
}

/** The report as a pdfmake document: the analysis, its heat maps, then every risk with its treatment. */
export function analysisReportDefinition({ analysis, risks, matrix, profile }: AnalysisReportData, locale: Locale) {
  const t = (key: Key) => text[key][locale];
  const facts: Array<[string, string]> = [
    [t('subject'), subjectOf(analysis, locale)],
    [t('unit'), analysis.orgUnitName],
    [t('purpose'), analysis.purpose],
    [t('riskOwner'), analysis.riskOwner?.name ?? '–'],
    [t('lead'), analysis.lead?.name ?? '–'],
    [t('participants'), analysis.participants.map((person) => person.name).join(', ') || '–'],
    [t('date'), date(analysis.analysisDate)],
    [t('status'), analysisStatusLabels[analysis.status][locale]],
    [t('approved'), date(analysis.approvedAt)],
    [t('nextDue'), date(analysis.nextDueDate)],
    ...(analysis.reviewTrigger ? ([[t('trigger'), analysisTriggerLabels[analysis.reviewTrigger][locale]]] as Array<[string, string]>) : []),
    ...(profile ? ([[t('profile'), formatProfile(profile.profile)]] as Array<[string, string]>) : []),
    ...(profile?.raiseReason ? ([[t('raise'), profile.raiseReason]] as Array<[string, string]>) : []),
  ];
  const open = risks.filter((risk) => risk.status !== 'closed');
  const residual = open.flatMap((risk) => (risk.residualLikelihood !== null && risk.residualImpact !== null ? [{ likelihood: risk.residualLikelihood, impact: risk.residualImpact }] : []));
  return {
    info: { title: `${t('title')}: ${analysis.title}`, creator: 'Värn' },
    content: [
      { text: t('title'), fontSize: 9, color: '#555555' },
      { text: analysis.title, fontSize: 18, bold: true, margin: [0, 2, 0, 8] },
      factTable(facts),
      heading(t('inherent')),
      matrixTable(matrix, open, locale, t('corner')),
      heading(t('residual')),
      matrixTable(matrix, residual, locale, t('corner')),
      bandLegend(matrix, locale),
      { text: t('matrixNote'), italics: true, fontSize: 8, margin: [0, 2, 0, 0] },
      { ...heading(t('risks')), pageBreak: 'before' },
      ...(risks.length === 0 ? [{ text: t('none') }] : risks.map((risk, index) => riskSection(risk, index, matrix, locale, t))),
    ],
    footer: (page: number, pages: number) => ({ text: `${t('generated')} ${new Date().toISOString().slice(0, 10)} · ${page}/${pages}`, alignment: 'center', fontSize: 8, color: '#777777' }),
  };
}

export async function analysisReport(data: AnalysisReportData, locale: Locale): Promise<FileDownload> {
  const body = await renderPdf(analysisReportDefinition(data, locale));
  return new FileDownload(`${text.title[locale]} ${data.analysis.title}.pdf`, 'application/pdf', body);
}
