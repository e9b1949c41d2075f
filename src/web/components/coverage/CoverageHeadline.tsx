import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageRow } from '../../../shared/schemas/coverage';
import { coverageTotals, validShare } from './coverageTree';

/** "X av Y förvaltningsobjekt har en giltig klassning", for everything the person can see. */
export function CoverageHeadline({ rows, size = 'xl' }: { rows: readonly CoverageRow[]; size?: 'lg' | 'xl' }) {
  const { t } = useTranslation();
  const totals = coverageTotals(rows);
  const share = validShare(totals);
  if (totals.objects === 0) return <Text>{t('coverage.noObjects')}</Text>;
  return (
    <Stack gap={6}>
      <Text fz={size} fw={700} component="p" m={0} data-testid="coverage-headline">
        {t('coverage.headline', { valid: totals.valid, objects: totals.objects })}
      </Text>
      <Progress value={share ?? 0} color="green.8" size="lg" aria-label={t('coverage.headlineShare', { percent: share ?? 0 })} maw={480} />
      <Text size="sm">{t('coverage.headlineShare', { percent: share ?? 0 })}</Text>
    </Stack>
  );
}
