import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scoreRisk } from '../../../shared/risk/matrix';
import { RiskLevelBadge } from './RiskLevelBadge';
import { useRiskMatrix } from './useRiskSettings';

/**
 * The score and level of a likelihood × impact choice as it is made, computed by the same pure
 * function the server uses; read out politely when it changes.
 */
export function LiveScore({ label: heading, likelihood, impact }: { label: string; likelihood: number | null; impact: number | null }) {
  const { t } = useTranslation();
  const matrix = useRiskMatrix();
  const inMatrix = likelihood && impact && likelihood <= matrix.likelihood.length && impact <= matrix.impact.length;
  const result = inMatrix ? scoreRisk(matrix, likelihood, impact) : null;
  return (
    <Paper withBorder p="sm" aria-live="polite">
      <Text fw={600} size="sm">
        {heading}
      </Text>
      {result ? (
        <Group gap="xs">
          <Text component="span" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('risk.scoreLine', { likelihood, impact, score: result.score })}
          </Text>
          <RiskLevelBadge level={result.level} />
        </Group>
      ) : (
        <Text size="sm">{t('risk.riskForm.chooseBoth')}</Text>
      )}
    </Paper>
  );
}
