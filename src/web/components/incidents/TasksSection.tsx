import { Button, Checkbox, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentTaskCreate, type IncidentDetail, type IncidentTask } from '../../../shared/schemas/incident';
import { addIncidentTask, updateIncidentTask } from '../../api/incidents';
import { useMe } from '../../auth/useMe';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/dates';
import { AppModal } from '../AppModal';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifyFailure, notifySuccess } from '../notify';
import { PersonSelect } from '../PersonSelect';
import { TableHead } from '../TableHead';
import { serverFieldErrors } from './fieldErrors';
import { FormProblem } from './FormProblem';
import { Section } from './Section';

/** Tasks with owners and due dates; the incident roles add them, and the owner (or they) marks them done. */
export function TasksSection({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const columns = ['title', 'owner', 'dueDate', 'done'].map((key) => t(`incidents.tasks.columns.${key}`));
  const manage = incident.capabilities.manage;
  return (
    <Section id="incident-tasks" title={t('incidents.tasks.title')} actions={manage && <Button variant="light" onClick={() => setAdding(true)}>{t('incidents.tasks.add')}</Button>}>
      {incident.tasks.length === 0 ? (
        <Text>{t('incidents.tasks.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label={t('incidents.tasks.title')}>
            <TableHead columns={columns} />
            <Table.Tbody>
              {incident.tasks.map((task) => (
                <TaskRow key={task.id} incidentId={incident.id} task={task} manage={manage} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AppModal opened={adding} onClose={() => setAdding(false)} title={t('incidents.tasks.add')}>
        {adding && <TaskForm incidentId={incident.id} onClose={() => setAdding(false)} />}
      </AppModal>
    </Section>
  );
}

function TaskRow({ incidentId, task, manage }: { incidentId: string; task: IncidentTask; manage: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useMe();
  const queryClient = useQueryClient();
  const mayTick = manage || task.owner?.id === me.personId;
  const tick = useMutation({
    mutationFn: (done: boolean) => updateIncidentTask(incidentId, task.id, { version: task.version, done }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['incidents', 'detail', incidentId] }),
    onError: notifyFailure,
  });
  const done = task.doneAt !== null;
  return (
    <Table.Tr>
      <Table.Td style={done ? { textDecoration: 'line-through' } : undefined}>{task.title}</Table.Td>
      <Table.Td>{task.owner?.name ?? '–'}</Table.Td>
      <Table.Td>{formatDate(task.dueDate, locale) || '–'}</Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={t('incidents.tasks.markDone', { title: task.title })}
          checked={done}
          disabled={!mayTick || tick.isPending}
          onChange={(e) => tick.mutate(e.currentTarget.checked)}
          label={done ? formatDate(task.doneAt, locale) : undefined}
        />
      </Table.Td>
    </Table.Tr>
  );
}

function TaskForm({ incidentId, onClose }: { incidentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ title: '', ownerId: null as string | null, dueDate: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const body = { title: values.title.trim(), ownerId: values.ownerId, dueDate: values.dueDate || null };
  const add = useMutation({
    mutationFn: () => addIncidentTask(incidentId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['incidents', 'detail', incidentId] });
      notifySuccess(t('incidents.tasks.added'));
      onClose();
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(incidentTaskCreate, body);
    setErrors(found);
    if (Object.keys(found).length === 0) add.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('incidents.tasks.columns.title')} required data-autofocus value={values.title} error={errors.title} onChange={(e) => setValues({ ...values, title: e.currentTarget.value })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonSelect label={t('incidents.tasks.columns.owner')} value={values.ownerId} error={errors.ownerId} onChange={(id) => setValues((old) => ({ ...old, ownerId: id }))} />
          <TextInput type="date" label={t('incidents.tasks.columns.dueDate')} value={values.dueDate} error={errors.dueDate} onChange={(e) => setValues({ ...values, dueDate: e.currentTarget.value })} />
        </SimpleGrid>
        <FormProblem error={add.error} />
        <ModalActions submitLabel={t('incidents.tasks.addSubmit')} loading={add.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
