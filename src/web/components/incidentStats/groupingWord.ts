import type { TFunction } from 'i18next';
import type { StatsGrouping } from '../../api/incidentInsights';

/** "typ (RSIT)", "förvaltning": the grouping's name inside a sentence ("Antal incidenter per typ (RSIT)"). */
export function groupingWord(groupBy: StatsGrouping, t: TFunction): string {
  const label = t(`incidentInsights.stats.groupings.${groupBy}`);
  return label.charAt(0).toLocaleLowerCase() + label.slice(1);
}
