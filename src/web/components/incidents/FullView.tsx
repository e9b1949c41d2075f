import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/schemas/incident';
import { AttachmentsSection } from './AttachmentsSection';
import { DeadlinesSection } from './DeadlinesSection';
import { IncidentFacts, TriageFacts } from './IncidentFacts';
import { LessonsSection } from './LessonsSection';
import { Section } from './Section';
import { StatusActions } from './StatusActions';
import { TasksSection } from './TasksSection';
import { TimelineSection } from './TimelineSection';
import { TriageForm } from './TriageForm';

/** The incident as the incident roles (and the people assigned to it) see it. */
export function FullView({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const manage = incident.capabilities.manage;
  return (
    <Stack>
      {manage && <StatusActions incident={incident} />}
      <IncidentFacts incident={incident} />
      <DeadlinesSection incident={incident} />
      <Section id="incident-triage" title={t('incidents.triage.title')}>
        {manage ? <TriageForm incident={incident} /> : <TriageFacts incident={incident} />}
      </Section>
      <TasksSection incident={incident} />
      <TimelineSection incident={incident} />
      <AttachmentsSection incident={incident} />
      <LessonsSection incident={incident} />
    </Stack>
  );
}
