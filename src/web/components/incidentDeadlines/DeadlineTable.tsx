import { Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineListItem } from '../../../shared/schemas/incident';
import { formatDate } from '../../i18n/dates';
import { useLocale } from '../../i18n';
import { AnchorLink } from '../links';
import { fractionElapsed, progressColour, progressPercent } from './countdown';
import { countdownText, deadlineKindLabel, formatDueTime } from './deadlineText';
import { useNow } from '../incidents/useNow';

/** Nearest due first; those without a date yet (final report of an ongoing incident) last. */
export function byDueTime(a: DeadlineListItem, b: DeadlineListItem): number {
  if (a.dueAt === b.dueAt) return a.number.localeCompare(b.number);
  if (a.dueAt === null) return 1;
  if (b.dueAt === null) return -1;
  return Date.parse(a.dueAt) - Date.parse(b.dueAt);
}

/** The open legal deadlines with a live countdown and a bar that turns yellow at 50 % and red at 90 % of the period. */
export function DeadlineTable({ items }: { items: DeadlineListItem[] }) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  return (
    <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
      <Table.Caption ta="left" fw={600} c="var(--mantine-color-text)">
        {t('incidentInsights.deadlines.tableLabel')}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('incidentInsights.deadlines.incident')}</Table.Th>
          <Table.Th scope="col">{t('incidentInsights.deadlines.kind')}</Table.Th>
          <Table.Th scope="col">{t('incidentInsights.deadlines.due')}</Table.Th>
          <Table.Th scope="col">{t('incidentInsights.deadlines.remaining')}</Table.Th>
          <Table.Th scope="col" w={200}>
            {t('incidentInsights.deadlines.progress')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...items].sort(byDueTime).map((item) => (
          <DeadlineRow key={`${item.incidentId}:${item.regime}:${item.stage}:${item.seq}`} item={item} now={now} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function DeadlineRow({ item, now }: { item: DeadlineListItem; now: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const kind = deadlineKindLabel(item.regime, item.stage, t);
  const overdue = item.dueAt !== null && Date.parse(item.dueAt) < now;
  const fraction = item.dueAt ? fractionElapsed(item.startsAt, item.dueAt, now) : 0;
  const percent = progressPercent(fraction);
  return (
    <Table.Tr data-overdue={overdue || undefined}>
      <Table.Td>
        <AnchorLink to="/incidents/$incidentId" params={{ incidentId: item.incidentId }}>
          <Text span fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {item.number}
          </Text>{' '}
          {item.title}
        </AnchorLink>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm">{kind}</Text>
          {item.requestedAt && (
            <Text size="xs" c="dimmed">
              {t('incidentInsights.deadlines.requested', { date: formatDate(item.requestedAt, locale) })}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {item.dueAt ? (
          <Stack gap={4} align="flex-start">
            <Text size="sm">{formatDueTime(item.dueAt, locale)}</Text>
            {item.provisional && (
              <Text size="xs" fs="italic">
                {t('incidentInsights.deadlines.provisional')}
              </Text>
            )}
          </Stack>
        ) : (
          <Stack gap={2}>
            <Text size="sm">{t('incidentInsights.deadlines.waiting')}</Text>
            <Text size="xs" c="dimmed">
              {t('incidentInsights.deadlines.waitingHelp')}
            </Text>
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {item.dueAt && (
          <Text size="sm" fw={overdue ? 700 : undefined} c={overdue ? 'red.9' : undefined} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {countdownText(item.dueAt, now, t)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {item.dueAt && (
          <Group gap="xs" wrap="nowrap">
            <Progress
              value={percent}
              color={progressColour(fraction)}
              size="lg"
              flex={1}
              aria-label={t('incidentInsights.deadlines.progressLabel', { kind, number: item.number, percent })}
            />
            <Text size="xs" w={40} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }} aria-hidden>
              {percent} %
            </Text>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
