import { Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDeadline, IncidentDetail } from '../../../shared/schemas/incident';
import { reportDrafts, reportDraftUrl, type ReportDraft } from '../../api/incidents';
import { AppModal } from '../AppModal';
import { GdprWaiverForm, IntermediateRequestForm, SubmitDeadlineForm } from './DeadlineForms';
import { DeadlinesTable } from './DeadlinesTable';
import { Section } from './Section';

type Dialog = { kind: 'submit'; deadline: IncidentDeadline } | { kind: 'intermediate' } | { kind: 'waiver' } | null;

/** The drafts that apply: the CSIRT's three for a significant incident, IMY's for personal data. */
function applicableDrafts(incident: IncidentDetail): ReportDraft[] {
  return reportDrafts.filter((draft) => (draft === 'imy_notification' ? incident.personalData : incident.significant));
}

/** Legal deadlines with countdowns; the incident roles record what was sent and download the report drafts. */
export function DeadlinesSection({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const manage = incident.capabilities.manage;
  const close = () => setDialog(null);
  const drafts = applicableDrafts(incident);
  const actions = manage && (incident.significant || incident.personalData) && (
    <Group gap="xs">
      {incident.significant && (
        <Button variant="default" size="xs" onClick={() => setDialog({ kind: 'intermediate' })}>
          {t('incidents.deadlines.intermediate')}
        </Button>
      )}
      {incident.personalData && (
        <Button variant="default" size="xs" onClick={() => setDialog({ kind: 'waiver' })}>
          {t('incidents.deadlines.waive')}
        </Button>
      )}
    </Group>
  );
  const dialogTitle = dialog?.kind === 'submit' ? t('incidents.deadlines.submit') : dialog?.kind === 'intermediate' ? t('incidents.deadlines.intermediate') : t('incidents.deadlines.waive');

  return (
    <Section id="incident-deadlines" title={t('incidents.deadlines.title')} actions={actions}>
      <Stack gap="sm">
        {incident.deadlines.length === 0 ? <Text>{t('incidents.deadlines.none')}</Text> : <DeadlinesTable deadlines={incident.deadlines} onSubmit={manage ? (deadline) => setDialog({ kind: 'submit', deadline }) : undefined} />}
        {manage && drafts.length > 0 && <DraftLinks incidentId={incident.id} drafts={drafts} />}
        {incident.gdprWaivedReason && <Text size="sm">{t('incidents.deadlines.waivedBecause', { reason: incident.gdprWaivedReason })}</Text>}
      </Stack>
      <AppModal opened={dialog !== null} onClose={close} title={dialogTitle}>
        {dialog?.kind === 'submit' && <SubmitDeadlineForm incidentId={incident.id} deadline={dialog.deadline} onClose={close} />}
        {dialog?.kind === 'intermediate' && <IntermediateRequestForm incidentId={incident.id} onClose={close} />}
        {dialog?.kind === 'waiver' && <GdprWaiverForm incident={incident} onClose={close} />}
      </AppModal>
    </Section>
  );
}

/** "Rapportutkast": each draft as PDF or DOCX, filled in from the incident, to send to the CSIRT or IMY. */
function DraftLinks({ incidentId, drafts }: { incidentId: string; drafts: ReportDraft[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text fw={600} size="sm">
        {t('incidents.drafts.title')}
      </Text>
      <List size="sm">
        {drafts.map((draft) => {
          const name = t(`incidents.drafts.names.${draft}`);
          return (
            <List.Item key={draft}>
              {name}:{' '}
              {(['pdf', 'docx'] as const).map((format, index) => (
                <span key={format}>
                  {index > 0 && ' · '}
                  <Anchor href={reportDraftUrl(incidentId, draft, format)} download aria-label={t('incidents.drafts.download', { name, format: format.toUpperCase() })}>
                    {format.toUpperCase()}
                  </Anchor>
                </span>
              ))}
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}
