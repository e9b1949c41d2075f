import { aspectLabels } from '../../../shared/classification/aspects.js';
import type { Locale } from '../../../shared/locales.js';
import { riskStatusLabels, treatmentLabels } from '../../../shared/risk/analysis.js';
import type { RiskLevel, RiskMatrix } from '../../../shared/risk/matrix.js';
import { threatOriginLabels } from '../../../shared/risk/threatOrigins.js';
import type { Risk } from '../../../shared/schemas/risk.js';
import type { FileDownload } from '../../http/route.js';
import { xlsxDownload } from '../../http/spreadsheet.js';

type Bilingual = { sv: string; en: string };

const columns: Array<[Bilingual, number]> = [
  [{ sv: 'Risk', en: 'Risk' }, 36],
  [{ sv: 'Riskanalys', en: 'Risk analysis' }, 30],
  [{ sv: 'Förvaltningsobjekt', en: 'Managed object' }, 28],
  [{ sv: 'Förvaltning/enhet', en: 'Org unit' }, 26],
  [{ sv: 'Riskägare', en: 'Risk owner' }, 22],
  [{ sv: 'Hotets ursprung', en: 'Threat origin' }, 20],
  [{ sv: 'Aspekter', en: 'Aspects' }, 24],
  [{ sv: 'På grund av', en: 'Because of' }, 40],
  [{ sv: 'inträffar', en: 'occurs' }, 40],
  [{ sv: 'vilket leder till', en: 'which leads to' }, 40],
  [{ sv: 'Sannolikhet', en: 'Likelihood' }, 11],
  [{ sv: 'Konsekvens', en: 'Impact' }, 11],
  [{ sv: 'Riskvärde', en: 'Score' }, 10],
  [{ sv: 'Risknivå', en: 'Level' }, 14],
  [{ sv: 'Hantering', en: 'Treatment' }, 14],
  [{ sv: 'Motivering', en: 'Rationale' }, 40],
  [{ sv: 'Kvarvarande sannolikhet', en: 'Residual likelihood' }, 12],
  [{ sv: 'Kvarvarande konsekvens', en: 'Residual impact' }, 12],
  [{ sv: 'Kvarvarande riskvärde', en: 'Residual score' }, 12],
  [{ sv: 'Kvarvarande risknivå', en: 'Residual level' }, 14],
  [{ sv: 'Status', en: 'Status' }, 16],
  [{ sv: 'Accepterad till', en: 'Accepted until' }, 14],
  [{ sv: 'Acceptansen har gått ut', en: 'Acceptance expired' }, 12],
  [{ sv: 'Åtgärder', en: 'Actions' }, 10],
  [{ sv: 'Försenade åtgärder', en: 'Overdue actions' }, 12],
];

/** A level as the tenant's matrix names it; a level the matrix has no band for keeps its code. */
export function levelLabel(matrix: RiskMatrix, level: RiskLevel | null, locale: Locale): string {
  if (!level) return '';
  return matrix.bands.find((band) => band.level === level)?.label[locale] ?? level;
}

/** The filtered risk register as one sheet, headings and labels in the reader's language. */
export function riskRegisterWorkbook(risks: Risk[], matrix: RiskMatrix, locale: Locale): Promise<FileDownload> {
  const yesNo = (value: boolean) => (value ? { sv: 'Ja', en: 'Yes' } : { sv: 'Nej', en: 'No' })[locale];
  const rows = risks.map((risk) => [
    risk.title,
    risk.analysisTitle,
    risk.objectName ?? '',
    risk.orgUnitName,
    risk.riskOwner?.name ?? '',
    threatOriginLabels[risk.threatOrigin][locale],
    risk.aspects.map((aspect) => aspectLabels[aspect][locale]).join(', '),
    risk.cause,
    risk.event,
    risk.consequence,
    risk.likelihood,
    risk.impact,
    risk.score,
    levelLabel(matrix, risk.level, locale),
    risk.treatment ? treatmentLabels[risk.treatment][locale] : '',
    risk.treatmentRationale ?? '',
    risk.residualLikelihood,
    risk.residualImpact,
    risk.residualScore,
    levelLabel(matrix, risk.residualLevel, locale),
    riskStatusLabels[risk.status][locale],
    risk.acceptedUntil ?? '',
    yesNo(risk.acceptanceExpired),
    risk.actionCount,
    risk.overdueActions,
  ]);
  const name = { sv: 'Riskregister', en: 'Risk register' }[locale];
  const stamp = new Date().toISOString().slice(0, 10);
  return xlsxDownload(`${name} ${stamp}.xlsx`, name, columns.map(([label]) => label[locale]), rows, columns.map(([, width]) => width));
}
