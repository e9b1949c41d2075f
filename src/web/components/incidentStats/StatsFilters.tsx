import { Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statsGroupings, statsPeriods } from '../../../shared/schemas/incident';
import type { StatsGrouping, StatsPeriod } from '../../api/incidentInsights';
import type { IncidentStatsSearch } from './incidentStatsSearch';
import { matchingPreset, presetRange, statsPresets, type CalendarDay } from './statsPeriod';

interface StatsFiltersProps {
  range: { from: CalendarDay; to: CalendarDay };
  today: CalendarDay;
  groupBy: StatsGrouping;
  period: StatsPeriod;
  rangeError: boolean;
  update: (changes: Partial<IncidentStatsSearch>) => void;
}

/** Period (a preset or two dates), what to group by, and months or quarters over time. */
export function StatsFilters({ range, today, groupBy, period, rangeError, update }: StatsFiltersProps) {
  const { t } = useTranslation();
  const chosenPreset = matchingPreset(range, today);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('incidentInsights.stats.filters')}>
      <Stack gap="sm">
        <div role="group" aria-labelledby="incident-stats-presets">
          <Text id="incident-stats-presets" size="sm" fw={500} mb={4}>
            {t('incidentInsights.stats.presets')}
          </Text>
          <Group gap="xs">
            {statsPresets.map((preset) => (
              <Button
                key={preset}
                size="xs"
                variant={chosenPreset === preset ? 'filled' : 'default'}
                aria-pressed={chosenPreset === preset}
                onClick={() => update(presetRange(preset, today))}
              >
                {t(`incidentInsights.stats.presetNames.${preset}`)}
              </Button>
            ))}
          </Group>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput
            type="date"
            label={t('incidentInsights.stats.from')}
            value={range.from}
            max={today}
            onChange={(event) => event.currentTarget.value && update({ from: event.currentTarget.value })}
            error={rangeError ? true : undefined}
          />
          <TextInput
            type="date"
            label={t('incidentInsights.stats.to')}
            value={range.to}
            onChange={(event) => event.currentTarget.value && update({ to: event.currentTarget.value })}
            error={rangeError ? t('incidentInsights.stats.badRange') : undefined}
          />
          <Select
            label={t('incidentInsights.stats.groupBy')}
            allowDeselect={false}
            value={groupBy}
            onChange={(value) => value && update({ groupBy: value as StatsGrouping })}
            data={statsGroupings.map((grouping) => ({ value: grouping, label: t(`incidentInsights.stats.groupings.${grouping}`) }))}
          />
          <div>
            <Text id="incident-stats-period" size="sm" fw={500} mb={4}>
              {t('incidentInsights.stats.periodLabel')}
            </Text>
            <SegmentedControl
              aria-labelledby="incident-stats-period"
              value={period}
              onChange={(value) => update({ period: value as StatsPeriod })}
              data={statsPeriods.map((option) => ({ value: option, label: t(`incidentInsights.stats.periods.${option}`) }))}
            />
          </div>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
