import { analysisSubjectLabels } from '../../../shared/risk/analysis';
import type { RiskAnalysisSummary } from '../../api/risk';
import type { useLabel } from '../../i18n';

/** What an analysis is of: "Förvaltningsobjekt: Ekonomisystemet", "Process: Fakturering", … */
export function subjectText(analysis: RiskAnalysisSummary, label: ReturnType<typeof useLabel>): string {
  const name = { object: analysis.objectName, system: analysis.systemName, process: analysis.processName, org_unit: analysis.orgUnitName }[analysis.subjectKind];
  return `${label(analysisSubjectLabels[analysis.subjectKind])}: ${name ?? '–'}`;
}
