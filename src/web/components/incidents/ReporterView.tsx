import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/schemas/incident';
import { useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { DescriptionList } from '../DescriptionList';
import { AttachmentsSection } from './AttachmentsSection';
import { DeadlinesTable } from './DeadlinesTable';
import { IncidentStatusBadge } from './IncidentBadges';
import { Section } from './Section';
import { TimelineSection } from './TimelineSection';

/**
 * What the reporter sees of their own report: what they wrote, where it stands, the legal clocks
 * if any, and room to add what they remember later (a note, a screenshot).
 */
export function ReporterView({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : '–');
  const items = [
    { term: t('incidents.fields.number'), value: incident.number },
    { term: t('incidents.fields.status'), value: <IncidentStatusBadge status={incident.status} /> },
    { term: t('incidents.fields.reportedAt'), value: when(incident.reportedAt) },
    { term: t('incidents.fields.occurredAt'), value: when(incident.occurredAt) },
    { term: t('incidents.fields.awareAt'), value: when(incident.awareAt) },
    { term: t('incidents.fields.description'), value: <Text style={{ whiteSpace: 'pre-wrap' }}>{incident.description}</Text> },
  ];
  return (
    <Stack>
      <Alert color="blue" variant="light" title={t('incidents.reporter.title')}>
        {t('incidents.reporter.body')}
      </Alert>
      <DescriptionList items={items} />
      {incident.deadlines.length > 0 && (
        <Section id="incident-deadlines" title={t('incidents.deadlines.title')}>
          <DeadlinesTable deadlines={incident.deadlines} />
        </Section>
      )}
      <TimelineSection incident={incident} />
      <AttachmentsSection incident={incident} />
    </Stack>
  );
}
