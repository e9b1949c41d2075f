import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineSubmission, intermediateRequest, type IncidentDeadline, type IncidentDetail } from '../../../shared/schemas/incident';
import { incidentQuery, requestIntermediateReport, submitDeadline, updateIncident } from '../../api/incidents';
import { stockholmLocalToIso } from '../../i18n/dates';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { useDeadlineName } from './DeadlineCountdown';
import { incidentFormErrors, serverFieldErrors } from './fieldErrors';
import { FormProblem } from './FormProblem';
import { stockholmLocal } from './localTime';

const iso = (local: string) => (local ? (stockholmLocalToIso(local) ?? local) : '');

/**
 * A time field that starts at "now". The field holds whole minutes, so while it is left as it
 * was the exact instant is sent: a report made a minute after awareness is not "before" it.
 */
function useNowField() {
  const [opened] = useState(() => ({ local: stockholmLocal(Date.now()), at: new Date().toISOString() }));
  return { initial: opened.local, toIso: (local: string) => (local === opened.local ? opened.at : iso(local)) };
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: ['incidents'] }), queryClient.invalidateQueries({ queryKey: ['incidentDeadlines'] })]);
}

/** "Registrera inskickad": when the report went to the CSIRT or IMY, their reference, and why it was late if it was. */
export function SubmitDeadlineForm({ incidentId, deadline, onClose }: { incidentId: string; deadline: IncidentDeadline; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const name = useDeadlineName();
  const now = useNowField();
  const [values, setValues] = useState({ submittedAt: now.initial, reference: '', lateReason: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submittedAt = now.toIso(values.submittedAt);
  const late = Boolean(deadline.dueAt && submittedAt && Date.parse(submittedAt) > Date.parse(deadline.dueAt));
  const body = {
    regime: deadline.regime,
    stage: deadline.stage,
    seq: deadline.seq,
    submittedAt,
    reference: values.reference.trim() || null,
    lateReason: late ? values.lateReason.trim() || null : null,
  };
  const save = useMutation({
    mutationFn: () => submitDeadline(incidentId, body),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('incidents.deadlines.submitted', { report: name(deadline.regime, deadline.stage) }));
      onClose();
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = incidentFormErrors(deadlineSubmission, body);
    if (late && !body.lateReason) found.lateReason = t('incidents.deadlines.lateReasonRequired');
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{name(deadline.regime, deadline.stage)}</Text>
        <TextInput type="datetime-local" label={t('incidents.deadlines.submittedAt')} required data-autofocus value={values.submittedAt} error={errors.submittedAt} onChange={(e) => setValues({ ...values, submittedAt: e.currentTarget.value })} />
        <TextInput label={t('incidents.deadlines.referenceField')} value={values.reference} error={errors.reference} onChange={(e) => setValues({ ...values, reference: e.currentTarget.value })} />
        {late && (
          <Textarea label={t('incidents.deadlines.lateReasonField')} description={t('incidents.deadlines.lateReasonHint')} required autosize minRows={2} value={values.lateReason} error={errors.lateReason} onChange={(e) => setValues({ ...values, lateReason: e.currentTarget.value })} />
        )}
        <FormProblem error={save.error} />
        <ModalActions submitLabel={t('incidents.deadlines.submit')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}

/** The CSIRT asked for an intermediate report: when it asked and by when. */
export function IntermediateRequestForm({ incidentId, onClose }: { incidentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const now = useNowField();
  const [values, setValues] = useState({ requestedAt: now.initial, dueAt: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const body = { requestedAt: now.toIso(values.requestedAt), dueAt: iso(values.dueAt) };
  const save = useMutation({
    mutationFn: () => requestIntermediateReport(incidentId, body),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('incidents.deadlines.intermediateRecorded'));
      onClose();
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = incidentFormErrors(intermediateRequest, body);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput type="datetime-local" label={t('incidents.deadlines.requestedAt')} required data-autofocus value={values.requestedAt} error={errors.requestedAt} onChange={(e) => setValues({ ...values, requestedAt: e.currentTarget.value })} />
        <TextInput type="datetime-local" label={t('incidents.deadlines.requestedDueAt')} required value={values.dueAt} error={errors.dueAt} onChange={(e) => setValues({ ...values, dueAt: e.currentTarget.value })} />
        <FormProblem error={save.error} />
        <ModalActions submitLabel={t('incidents.deadlines.intermediateSubmit')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}

/** GDPR art. 33: no notification to IMY when the breach is unlikely to harm anyone, with the reason documented. */
export function GdprWaiverForm({ incident, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  const [reason, setReason] = useState(incident.gdprWaivedReason ?? '');
  const [error, setError] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: (next: string | null) => updateIncident(incident.id, { version: incident.version, gdprWaivedReason: next }),
    onSuccess: async (_, next) => {
      await refresh();
      notifySuccess(next ? t('incidents.deadlines.waived') : t('incidents.deadlines.unwaived'));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError(t('validation.required'));
    setError(undefined);
    save.mutate(reason.trim());
  };
  const reload = async () => {
    await queryClient.fetchQuery({ ...incidentQuery(incident.id), staleTime: 0 });
    onClose();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('incidents.deadlines.waiverIntro')}</Text>
        <Textarea label={t('incidents.fields.gdprWaivedReason')} required autosize minRows={3} data-autofocus value={reason} error={error} onChange={(e) => setReason(e.currentTarget.value)} />
        {incident.gdprWaivedReason && (
          <Group>
            <Button variant="default" color="red" loading={save.isPending && save.variables === null} onClick={() => save.mutate(null)}>
              {t('incidents.deadlines.unwaive')}
            </Button>
          </Group>
        )}
        <FormProblem error={save.error} onReload={() => void reload()} />
        <ModalActions submitLabel={t('common.save')} loading={save.isPending && save.variables !== null} onCancel={onClose} />
      </Stack>
    </form>
  );
}
