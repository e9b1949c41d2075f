import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentStatuses, incidentStatusLabels, type IncidentStatus } from '../../../shared/incident/taxonomy';
import type { IncidentDetail } from '../../../shared/schemas/incident';
import { incidentQuery, moveIncident, updateIncident } from '../../api/incidents';
import { useLabel } from '../../i18n';
import { AppModal } from '../AppModal';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { FormProblem } from './FormProblem';

/** Side moves (reject, escalate) look different from the main flow's next step. */
const sideMoves: IncidentStatus[] = ['rejected', 'escalated'];

/** One button per status the flow allows from here (nextStatuses): no way to skip a step. */
export function StatusActions({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [target, setTarget] = useState<IncidentStatus | null>(null);
  if (incident.nextStatuses.length === 0) return null;
  const ordered = [...incident.nextStatuses].sort((a, b) => Number(sideMoves.includes(a)) - Number(sideMoves.includes(b)) || incidentStatuses.indexOf(a) - incidentStatuses.indexOf(b));
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('incidents.status.actions')}>
        {ordered.map((status) => (
          <Button key={status} variant={sideMoves.includes(status) ? 'default' : 'filled'} onClick={() => setTarget(status)}>
            {t('incidents.status.moveTo', { status: label(incidentStatusLabels[status]) })}
          </Button>
        ))}
      </Group>
      <AppModal opened={target !== null} onClose={() => setTarget(null)} title={target ? t('incidents.status.moveTo', { status: label(incidentStatusLabels[target]) }) : ''}>
        {target && <MoveForm incident={incident} status={target} onClose={() => setTarget(null)} />}
      </AppModal>
    </>
  );
}

/** The move, with an optional note for the timeline; "Utredd" needs the root cause written down first. */
function MoveForm({ incident, status, onClose }: { incident: IncidentDetail; status: IncidentStatus; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const needsRootCause = status === 'root_cause_found';
  const [note, setNote] = useState('');
  const [rootCause, setRootCause] = useState(incident.rootCause ?? '');
  const [rootCauseError, setRootCauseError] = useState<string | undefined>();
  const move = useMutation({
    mutationFn: async () => {
      let version = incident.version;
      if (needsRootCause && rootCause.trim() !== (incident.rootCause ?? '')) {
        version = (await updateIncident(incident.id, { version, rootCause: rootCause.trim() })).version;
      }
      return moveIncident(incident.id, { version, status, ...(note.trim() ? { note: note.trim() } : {}) });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['incidents'] });
      notifySuccess(t('incidents.status.moved', { status: label(incidentStatusLabels[status]) }));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (needsRootCause && !rootCause.trim()) return setRootCauseError(t('incidents.status.rootCauseRequired'));
    setRootCauseError(undefined);
    move.mutate();
  };
  const reload = async () => {
    await queryClient.fetchQuery({ ...incidentQuery(incident.id), staleTime: 0 });
    onClose();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t(`incidents.status.explain.${status}`)}</Text>
        {needsRootCause && (
          <Textarea label={t('incidents.fields.rootCause')} required autosize minRows={3} data-autofocus value={rootCause} error={rootCauseError} onChange={(e) => setRootCause(e.currentTarget.value)} />
        )}
        <Textarea label={t('incidents.status.note')} autosize minRows={2} data-autofocus={needsRootCause ? undefined : true} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <FormProblem error={move.error} onReload={() => void reload()} />
        <ModalActions submitLabel={t('incidents.status.submit')} loading={move.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
