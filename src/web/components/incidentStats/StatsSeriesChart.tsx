import { Loader, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentStatsSeriesQuery, type StatsGrouping, type StatsPeriod, type StatsRange } from '../../api/incidentInsights';
import { useLocale } from '../../i18n';
import { EChart } from '../charts/EChart';
import { ProblemAlert } from '../ProblemAlert';
import { FiguresToggle } from '../riskRegister/FiguresToggle';
import { groupingWord } from './groupingWord';
import { statsKeyLabel } from './statsKeyLabel';
import { periodLabel } from './statsPeriod';

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/** Incidents per month or quarter, stacked by the chosen grouping; the same figures as a table. */
export function StatsSeriesChart({ groupBy, period, range }: { groupBy: StatsGrouping; period: StatsPeriod; range: StatsRange }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const stats = useQuery(incidentStatsSeriesQuery(groupBy, period, range));
  const grouping = groupingWord(groupBy, t);
  const periodNoun = t(`incidentInsights.stats.periodNouns.${period}`);
  const periods = useMemo(() => (stats.data?.periods ?? []).map((value) => periodLabel(value, locale)), [stats.data, locale]);
  const series = useMemo(
    () => (stats.data?.series ?? []).map((entry) => ({ ...entry, label: statsKeyLabel(groupBy, entry.key, entry.label, locale) })),
    [stats.data, groupBy, locale],
  );
  const sums = periods.map((_, index) => series.reduce((sum, entry) => sum + (entry.counts[index] ?? 0), 0));
  // The legend wraps above the bars; leave it room (about four names a line).
  const legendLines = Math.ceil(series.length / 4);
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, left: 0 },
      grid: { left: 8, right: 16, top: 16 + legendLines * 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((entry) => ({ name: entry.label, type: 'bar', stack: 'incidents', data: entry.counts })),
    }),
    [periods, series, legendLines],
  );

  return (
    <section aria-labelledby="incident-stats-over-time" aria-busy={stats.isPlaceholderData}>
      <Title order={2} size="h3" id="incident-stats-over-time" mb="xs">
        {t('incidentInsights.stats.overTime')}
      </Title>
      <ProblemAlert error={stats.error} />
      {stats.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {stats.data &&
        (series.length === 0 ? (
          <Text>{t('incidentInsights.stats.noIncidents')}</Text>
        ) : (
          <>
            <EChart option={option} height={320 + legendLines * 24} label={t('incidentInsights.stats.overTimeChart', { period: periodNoun, grouping })} />
            <FiguresToggle>
              <Table withTableBorder striped>
                <Table.Caption>{t('incidentInsights.stats.overTimeTable', { period: periodNoun, grouping })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('incidentInsights.stats.period')}</Table.Th>
                    {series.map((entry) => (
                      <Table.Th key={entry.key} scope="col">
                        {entry.label}
                      </Table.Th>
                    ))}
                    <Table.Th scope="col">{t('incidentInsights.stats.sum')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {periods.map((label, index) => (
                    <Table.Tr key={stats.data.periods[index]}>
                      <Table.Th scope="row" fw={400}>
                        {label}
                      </Table.Th>
                      {series.map((entry) => (
                        <Table.Td key={entry.key} style={tabular}>
                          {entry.counts[index] ?? 0}
                        </Table.Td>
                      ))}
                      <Table.Td style={tabular} fw={600}>
                        {sums[index]}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </FiguresToggle>
          </>
        ))}
    </section>
  );
}
