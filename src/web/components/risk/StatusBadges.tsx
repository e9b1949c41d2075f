import { Badge } from '@mantine/core';
import { analysisStatusLabels, riskStatusLabels, type AnalysisStatus, type RiskStatus } from '../../../shared/risk/analysis';
import { useLabel } from '../../i18n';

const analysisColours: Record<AnalysisStatus, string> = { planned: 'gray', in_progress: 'blue', done: 'teal', approved: 'green' };
/** Never cut the label short in a narrow table column. */
const unclipped = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;
const riskColours: Record<RiskStatus, string> = { open: 'orange', in_treatment: 'blue', accepted: 'green', closed: 'gray' };

/** Planerad, Pågår, Klar or Fastställd. */
export function AnalysisStatusBadge({ status }: { status: AnalysisStatus }) {
  const label = useLabel();
  return (
    <Badge variant="light" color={analysisColours[status]} tt="none" styles={unclipped}>
      {label(analysisStatusLabels[status])}
    </Badge>
  );
}

/** Öppen, Under behandling, Accepterad or Stängd. */
export function RiskStatusBadge({ status }: { status: RiskStatus }) {
  const label = useLabel();
  return (
    <Badge variant="light" color={riskColours[status]} tt="none" styles={unclipped}>
      {label(riskStatusLabels[status])}
    </Badge>
  );
}
