import { Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskMatrix } from '../../../shared/risk/matrix';
import { useLocale } from '../../i18n';
import { EChart } from '../charts/EChart';
import { readableTextColour } from '../risk/contrast';
import { FiguresToggle } from './FiguresToggle';
import { heatMapGrid, type CellCount } from './heatMapGrid';

interface RiskHeatMapProps {
  /** "Inneboende risk" or "Restrisk". */
  title: string;
  matrix: RiskMatrix;
  counts: CellCount[];
  /** A sentence under the map, e.g. how many risks have a residual assessment. */
  note: string;
}

/**
 * One heat map of the register: impact across, likelihood up, each cell in the tenant's band
 * colour with the number of risks in it; the same figures as a table beside it.
 */
export function RiskHeatMap({ title, matrix, counts, note }: RiskHeatMapProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const grid = useMemo(() => heatMapGrid(matrix, counts), [matrix, counts]);
  const impactLabels = useMemo(() => matrix.impact.map((step) => step.label[locale]), [matrix, locale]);
  const likelihoodLabels = useMemo(() => matrix.likelihood.map((step) => step.label[locale]), [matrix, locale]);
  const option = useMemo(() => {
    const maxScore = matrix.likelihood.length * matrix.impact.length;
    return {
      animation: false,
      tooltip: {
        formatter: (params: { value: number[] }) =>
          t('riskRegister.heatMap.cellTooltip', { likelihood: likelihoodLabels[params.value[1]!], impact: impactLabels[params.value[0]!], count: params.value[2] }),
      },
      grid: { left: 8, right: 16, top: 32, bottom: 36, containLabel: true },
      xAxis: { type: 'category', data: impactLabels, name: t('riskRegister.heatMap.impact'), nameLocation: 'middle', nameGap: 28, splitArea: { show: false } },
      yAxis: { type: 'category', data: likelihoodLabels, name: t('riskRegister.heatMap.likelihood'), nameLocation: 'end', nameGap: 12, splitArea: { show: false } },
      // The band colour follows each cell's score (dimension 3), as the tenant's matrix says.
      visualMap: {
        type: 'piecewise',
        show: false,
        dimension: 3,
        seriesIndex: 0,
        pieces: matrix.bands.map((band, index) => ({ min: band.from, max: (matrix.bands[index + 1]?.from ?? maxScore + 1) - 1, color: band.colour })),
      },
      series: [
        {
          type: 'heatmap',
          itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
          label: { show: true, fontSize: 14, fontWeight: 'bold', formatter: (params: { value: number[] }) => (params.value[2] ? String(params.value[2]) : '') },
          data: grid.rows.flat().map((cell) => ({ value: [cell.impact - 1, cell.likelihood - 1, cell.count, cell.score], label: { color: readableTextColour(cell.colour) } })),
        },
      ],
    };
  }, [matrix, grid, t, impactLabels, likelihoodLabels]);

  return (
    <div>
      <Title order={2} size="h3" mb="xs">
        {title}
      </Title>
      <EChart option={option} height={300} label={t('riskRegister.heatMap.chartLabel', { title, count: grid.total })} />
      <Text size="sm">{note}</Text>
      {grid.outside > 0 && <Text size="sm">{t('riskRegister.heatMap.outside', { count: grid.outside })}</Text>}
      <FiguresToggle>
        <Table withTableBorder withColumnBorders>
          <Table.Caption>{t('riskRegister.heatMap.tableLabel', { title })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('riskRegister.heatMap.corner')}</Table.Th>
              {impactLabels.map((impact) => (
                <Table.Th key={impact} scope="col">
                  {impact}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.rows.map((row, index) => (
              <Table.Tr key={row[0]!.likelihood}>
                <Table.Th scope="row">{likelihoodLabels[matrix.likelihood.length - 1 - index]}</Table.Th>
                {row.map((cell) => (
                  <Table.Td key={cell.impact} data-count={cell.count} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {cell.count}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </FiguresToggle>
    </div>
  );
}
