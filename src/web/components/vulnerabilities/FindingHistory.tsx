import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { findingStatusLabels } from '../../../shared/schemas/vulnerability';
import type { FindingDetail } from '../../api/vulnerabilities';
import { useLabel, useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { Section } from '../incidents/Section';
import { AnchorLink } from '../links';
import { findingTimeline, type TimelineEntry } from './findingTimeline';
import { FindingStatusBadge } from './VulnerabilityBadges';

type FindingEvent = FindingDetail['history'][number];

/** The finding's story, oldest first: found, seen again, closed and reopened by imports, changed by people. */
export function FindingHistory({ finding }: { finding: FindingDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const timeline = findingTimeline(finding);
  return (
    <Section id="finding-history" title={t('vulnerabilities.finding.history')}>
      <ol aria-label={t('vulnerabilities.finding.history')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {timeline.map((entry, index) => (
          <li key={`${entry.kind}-${entry.at}-${index}`} style={{ borderLeft: '3px solid var(--mantine-color-gray-4)', paddingLeft: 12, marginBottom: 12 }}>
            <Text size="xs" c="dimmed">
              {formatDateTime(entry.at, locale)}
            </Text>
            <EntryText entry={entry} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

function EntryText({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  if (entry.kind !== 'change') {
    return (
      <>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t(entry.kind === 'firstSeen' ? 'vulnerabilities.finding.opened' : 'vulnerabilities.finding.seenAgain')}
          </Text>
          {entry.kind === 'firstSeen' && <FindingStatusBadge status="open" />}
        </Group>
        {entry.scan && <ScanCause scan={entry.scan} />}
      </>
    );
  }
  const { event } = entry;
  return (
    <>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          <ChangeSentence event={event} />
        </Text>
        <FindingStatusBadge status={event.toStatus} />
      </Group>
      {event.scan && <ScanCause scan={event.scan} />}
      {!event.scan && event.person && <Text size="sm">{t('vulnerabilities.finding.byPerson', { name: event.person.name })}</Text>}
      {event.comment && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('vulnerabilities.finding.comment', { comment: event.comment })}
        </Text>
      )}
    </>
  );
}

function ChangeSentence({ event }: { event: FindingEvent }) {
  const { t } = useTranslation();
  const label = useLabel();
  if (event.fromStatus === null) return t('vulnerabilities.finding.opened');
  if (event.scan && event.toStatus === 'resolved') return t('vulnerabilities.finding.closedByScan');
  if (event.scan && event.fromStatus === 'resolved' && event.toStatus === 'open') return t('vulnerabilities.finding.reopenedByScan');
  return t('vulnerabilities.finding.changed', { from: label(findingStatusLabels[event.fromStatus]), to: label(findingStatusLabels[event.toStatus]) });
}

/** Which import: a link to its result. */
function ScanCause({ scan }: { scan: { id: string; fileName: string } }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {`${t('vulnerabilities.finding.byScan')} `}
      <AnchorLink to="/vulnerabilities/scans/$scanId" params={{ scanId: scan.id }} style={{ overflowWrap: 'anywhere' }}>
        {scan.fileName}
      </AnchorLink>
    </Text>
  );
}
