import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineRegime, DeadlineStage } from '../../../shared/incident/deadlines';
import { countdown, countdownParts } from './countdown';
import { useNow } from './useNow';

/** "om 5 h 12 min" or, in bold red, "försenad 2 h"; counted in the browser so it moves while the page is open. */
export function DeadlineCountdown({ dueAt }: { dueAt: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const left = countdown(dueAt, now);
  const time = countdownParts(left)
    .map((part) => t(`incidents.countdown.${part.unit}`, { count: part.value }))
    .join(' ');
  return left.overdue ? (
    <Text component="span" fw={700} c="red.9" size="sm">
      {t('incidents.countdown.overdue', { time })}
    </Text>
  ) : (
    <Text component="span" size="sm">
      {t('incidents.countdown.left', { time })}
    </Text>
  );
}

/** "Tidig varning (NIS2)", "Anmälan till IMY (GDPR)" … */
export function useDeadlineName(): (regime: DeadlineRegime, stage: DeadlineStage) => string {
  const { t } = useTranslation();
  return (regime, stage) => t(`incidents.deadlines.names.${regime}.${stage}`);
}
