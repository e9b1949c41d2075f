import { Badge, type BadgeProps } from '@mantine/core';
import type { RiskLevel } from '../../../shared/risk/matrix';
import { useLabel } from '../../i18n';
import { readableTextColour } from './contrast';
import { bandOfLevel, useRiskMatrix } from './useRiskSettings';

interface RiskLevelBadgeProps extends Omit<BadgeProps, 'children' | 'color' | 'style' | 'styles'> {
  /** Null shows a dash: e.g. no residual level yet. */
  level: RiskLevel | null;
  /** Shown after the label, e.g. the score "12". */
  score?: number | null;
}

/**
 * A risk level in the tenant's band colour and label ("Hög", "High"). The text is black or white,
 * whichever contrasts more with the band colour, so a tenant's own colours stay readable.
 */
export function RiskLevelBadge({ level, score, ...props }: RiskLevelBadgeProps) {
  const matrix = useRiskMatrix();
  const label = useLabel();
  if (!level) return <span>–</span>;
  const band = bandOfLevel(matrix, level);
  const text = label(band.label);
  return (
    <Badge
      variant="filled"
      tt="none"
      radius="sm"
      data-level={level}
      style={{ backgroundColor: band.colour, color: readableTextColour(band.colour), fontVariantNumeric: 'tabular-nums' }}
      // Never cut the label short in a narrow table column: "Extremt hög", not "Extre…".
      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
      {...props}
    >
      {score == null ? text : `${text} (${score})`}
    </Badge>
  );
}
