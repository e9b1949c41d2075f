import { Loader, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locales';
import { riskLevels } from '../../../shared/risk/matrix';
import { riskTrendQuery, type RiskRegisterFilter } from '../../api/riskRegister';
import { useLocale } from '../../i18n';
import { EChart } from '../charts/EChart';
import { ProblemAlert } from '../ProblemAlert';
import { useRiskMatrix } from '../risk/useRiskSettings';
import { FiguresToggle } from './FiguresToggle';

const intlLocale: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "mars 2025" / "Mar 2025" from "2025-03". */
function monthLabel(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** "Risknivåer över tid": month-end counts of open risks by level over twelve months, stacked in the band colours. */
export function RiskTrendChart({ filter }: { filter: RiskRegisterFilter }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const matrix = useRiskMatrix();
  const trend = useQuery(riskTrendQuery(filter));
  // The levels the tenant's matrix has, in its colours and words.
  const bands = useMemo(() => riskLevels.map((level) => matrix.bands.find((band) => band.level === level)).filter((band) => band !== undefined), [matrix]);
  const months = trend.data?.months ?? [];
  const labels = useMemo(() => months.map((row) => monthLabel(row.month, locale)), [months, locale]);
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1, name: t('riskRegister.trend.axis'), nameLocation: 'end' },
      series: bands.map((band) => ({
        name: band.label[locale],
        type: 'bar',
        stack: 'level',
        itemStyle: { color: band.colour },
        data: months.map((row) => row[band.level]),
      })),
    }),
    [bands, months, labels, locale, t],
  );

  return (
    <div>
      <Title order={2} size="h3" mb="xs">
        {t('riskRegister.trend.title')}
      </Title>
      <ProblemAlert error={trend.error} />
      {trend.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {trend.data && (
        <>
          <EChart option={option} height={320} label={t('riskRegister.trend.chartLabel')} />
          <FiguresToggle>
            <Table withTableBorder striped>
              <Table.Caption>{t('riskRegister.trend.tableLabel')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('riskRegister.trend.month')}</Table.Th>
                  {bands.map((band) => (
                    <Table.Th key={band.level} scope="col">
                      {band.label[locale]}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {months.map((row, index) => (
                  <Table.Tr key={row.month}>
                    <Table.Th scope="row">{labels[index]}</Table.Th>
                    {bands.map((band) => (
                      <Table.Td key={band.level}>{row[band.level]}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </FiguresToggle>
        </>
      )}
    </div>
  );
}
