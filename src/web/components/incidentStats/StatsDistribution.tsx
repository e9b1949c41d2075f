import { Loader, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentStatsQuery, type StatsGrouping, type StatsRange } from '../../api/incidentInsights';
import { useLocale } from '../../i18n';
import { EChart } from '../charts/EChart';
import { ProblemAlert } from '../ProblemAlert';
import { FiguresToggle } from '../riskRegister/FiguresToggle';
import { statsKeyLabel } from './statsKeyLabel';
import { groupingWord } from './groupingWord';

/** How the period's incidents fall per type, category, cause, förvaltning or severity: bars and the same figures as a table. */
export function StatsDistribution({ groupBy, range }: { groupBy: StatsGrouping; range: StatsRange }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const stats = useQuery(incidentStatsQuery(groupBy, range));
  const grouping = groupingWord(groupBy, t);
  const rows = useMemo(
    () => (stats.data?.rows ?? []).map((row) => ({ key: row.key, label: statsKeyLabel(groupBy, row.key, row.label, locale), count: row.count })),
    [stats.data, groupBy, locale],
  );
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      // Largest at the top: ECharts draws a category axis from the bottom up.
      yAxis: { type: 'category', data: rows.map((row) => row.label).reverse(), axisLabel: { width: 260, overflow: 'truncate' } },
      xAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: rows.map((row) => row.count).reverse(), itemStyle: { color: '#1c7ed6' }, label: { show: true, position: 'right' } }],
    }),
    [rows],
  );

  return (
    <section aria-labelledby="incident-stats-distribution" aria-busy={stats.isPlaceholderData}>
      <Title order={2} size="h3" id="incident-stats-distribution" mb="xs">
        {t('incidentInsights.stats.distribution')}
      </Title>
      <ProblemAlert error={stats.error} />
      {stats.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {stats.data && (
        <>
          <Text mb="xs">{t('incidentInsights.stats.total', { count: stats.data.total })}</Text>
          {groupBy === 'category' && (
            <Text size="sm" mb="xs">
              {t('incidentInsights.stats.categoryNote')}
            </Text>
          )}
          {rows.length === 0 ? (
            <Text>{t('incidentInsights.stats.noIncidents')}</Text>
          ) : (
            <>
              <EChart option={option} height={Math.max(160, 40 + rows.length * 30)} label={t('incidentInsights.stats.distributionChart', { grouping })} />
              <FiguresToggle>
                <Table withTableBorder striped maw={640}>
                  <Table.Caption>{t('incidentInsights.stats.distributionTable', { grouping })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t(`incidentInsights.stats.groupings.${groupBy}`)}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('incidentInsights.stats.count')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row) => (
                      <Table.Tr key={row.key}>
                        <Table.Th scope="row" fw={400}>
                          {row.label}
                        </Table.Th>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {row.count}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </FiguresToggle>
            </>
          )}
        </>
      )}
    </section>
  );
}
