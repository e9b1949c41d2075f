import { Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assessmentLabels } from '../../../shared/actions';
import type { ActionPlan } from '../../api/actions';
import { useLabel } from '../../i18n';

/** Fulfilment, the assessments counted, and what is overdue. */
export function ActionPlanSummary({ summary }: { summary: ActionPlan['summary'] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const percent = summary.fulfilmentPercent;
  const counts: Array<[string, number, string]> = [
    [label(assessmentLabels.met), summary.met, 'green'],
    [label(assessmentLabels.partly_met), summary.partlyMet, 'yellow'],
    [label(assessmentLabels.not_met), summary.notMet, 'red'],
    [label(assessmentLabels.not_applicable), summary.notApplicable, 'gray'],
    [t('actionPlan.unassessed'), summary.unassessed, 'blue'],
  ];
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="lg">
        <Stack gap={4} miw={220} style={{ flex: 1 }}>
          <Text size="sm" fw={500}>
            {t('actionPlan.fulfilment')}
          </Text>
          <Text size="xl" fw={700}>
            {percent === null ? t('actionPlan.fulfilmentNone') : `${percent.toLocaleString()} %`}
          </Text>
          {percent !== null && <Progress value={percent} aria-label={t('actionPlan.fulfilment')} />}
        </Stack>
        <Group gap="xs" wrap="wrap" style={{ flex: 2 }}>
          {counts.map(([name, count, color]) => (
            <Badge key={name} color={color} variant="light" size="lg" tt="none">
              {name}: {count}
            </Badge>
          ))}
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('actionPlan.overdue')}
          </Text>
          <Text size="xl" fw={700} c={summary.overdue > 0 ? 'red.8' : undefined}>
            {summary.overdue}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
