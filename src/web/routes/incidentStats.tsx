import { Button, Group, Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentStatsXlsxUrl } from '../api/incidentInsights';
import type { IncidentStatsSearch } from '../components/incidentStats/incidentStatsSearch';
import { StatsDistribution } from '../components/incidentStats/StatsDistribution';
import { StatsFilters } from '../components/incidentStats/StatsFilters';
import { StatsKeyFigures } from '../components/incidentStats/StatsKeyFigures';
import { presetRange, rangeInstants, stockholmToday } from '../components/incidentStats/statsPeriod';
import { StatsSeriesChart } from '../components/incidentStats/StatsSeriesChart';
import { PageHeading } from '../components/PageHeading';

const route = getRouteApi('/app/incident-stats');

/**
 * Incidentstatistik: the period's incidents per type, category, cause, förvaltning or severity,
 * over time per month or quarter, the key times and the share of legal reports on time; XLSX.
 */
export function IncidentStatsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const today = useMemo(() => stockholmToday(new Date()), []);
  // Without dates in the address: the last 12 months.
  const fallback = presetRange('last12Months', today);
  const range = { from: search.from ?? fallback.from, to: search.to ?? fallback.to };
  const groupBy = search.groupBy ?? 'type';
  const period = search.period ?? 'month';
  const rangeError = range.from > range.to;
  const instants = rangeError ? null : rangeInstants(range);
  const update = (changes: Partial<IncidentStatsSearch>) =>
    void navigate({ to: '/incident-stats', search: (old) => ({ ...old, from: range.from, to: range.to, ...changes }), replace: true });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('incidentInsights.stats.title')} />
        {instants && (
          <Button component="a" href={incidentStatsXlsxUrl(instants)} download variant="default">
            {t('incidentInsights.stats.export')}
          </Button>
        )}
      </Group>
      <Text maw={760} mt={-16}>
        {t('incidentInsights.stats.intro')}
      </Text>
      <StatsFilters range={range} today={today} groupBy={groupBy} period={period} rangeError={rangeError} update={update} />
      {instants && (
        <>
          <StatsKeyFigures range={instants} />
          <StatsDistribution groupBy={groupBy} range={instants} />
          <StatsSeriesChart groupBy={groupBy} period={period} range={instants} />
        </>
      )}
    </Stack>
  );
}
