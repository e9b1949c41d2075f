import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/schemas/incident';
import { addIncidentNote } from '../../api/incidents';
import { useLabel, useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { notifySuccess } from '../notify';
import { FormProblem } from './FormProblem';
import { Section } from './Section';
import { eventDetail, eventSentence } from './timelineText';

/** What happened to the incident, newest first, and a note anyone working on it may add. */
export function TimelineSection({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const { i18n } = useTranslation();
  const words = { t, label, locale, i18nExists: (key: string) => i18n.exists(key) };
  const entries = [...incident.timeline].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <Section id="incident-timeline" title={t('incidents.timeline.title')}>
      {incident.capabilities.contribute && <NoteForm incidentId={incident.id} />}
      {entries.length === 0 ? (
        <Text>{t('incidents.timeline.empty')}</Text>
      ) : (
        <ol aria-label={t('incidents.timeline.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((event) => {
            const detail = eventDetail(event, words);
            return (
              <li key={event.id} style={{ borderLeft: '3px solid var(--mantine-color-gray-4)', paddingLeft: 12, marginBottom: 12 }}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(event.at, locale)}
                  {event.actor ? ` · ${event.actor.name}` : ` · ${t('incidents.timeline.system')}`}
                </Text>
                <Text size="sm" fw={600}>
                  {eventSentence(event, words)}
                </Text>
                {detail && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {detail}
                  </Text>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}

function NoteForm({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = useMutation({
    mutationFn: () => addIncidentNote(incidentId, note.trim()),
    onSuccess: async () => {
      setNote('');
      await queryClient.invalidateQueries({ queryKey: ['incidents', 'detail', incidentId] });
      notifySuccess(t('incidents.timeline.noteAdded'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return setError(t('validation.required'));
    setError(undefined);
    add.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" mb="md">
        <Textarea label={t('incidents.timeline.note')} autosize minRows={2} value={note} error={error} onChange={(e) => setNote(e.currentTarget.value)} />
        <FormProblem error={add.error} />
        <Group>
          <Button type="submit" variant="light" loading={add.isPending}>
            {t('incidents.timeline.addNote')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
