import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { needLevelLabels, needLevels, supportNeedLabels, type SupportNeed } from '../../../shared/surveys';
import type { SurveyUnitResult } from '../../api/surveys';
import { useLabel } from '../../i18n';
import { EChart } from '../charts/EChart';

/** Colours with enough contrast against white and each other: none, some, large. */
const levelColours = { none: '#8a94a6', some: '#e8a317', large: '#c92a2a' } as const;

/** One need across the förvaltningar: a horizontal bar per unit, stacked none / some / large. */
export function SurveyNeedChart({ units, need }: { units: SurveyUnitResult[]; need: SupportNeed }) {
  const { t } = useTranslation();
  const label = useLabel();
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      // Top to bottom in the same order as the table.
      yAxis: { type: 'category', inverse: true, data: units.map((unit) => unit.orgUnitName) },
      series: needLevels.map((level) => ({
        name: label(needLevelLabels[level]),
        type: 'bar',
        stack: 'need',
        itemStyle: { color: levelColours[level] },
        data: units.map((unit) => unit.needs[need][level]),
      })),
    }),
    [units, need, label],
  );
  return <EChart option={option} height={Math.max(160, 60 + units.length * 36)} label={t('surveys.results.chartLabel', { need: label(supportNeedLabels[need]) })} />;
}
