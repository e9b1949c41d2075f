import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonAction, type IncidentDetail } from '../../../shared/schemas/incident';
import { createLessonAction } from '../../api/incidents';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { PersonSelect } from '../PersonSelect';
import { serverFieldErrors } from './fieldErrors';
import { FormProblem } from './FormProblem';

/** A lesson becomes an action in the handlingsplan of an object the incident affected, with an owner and a due date. */
export function LessonActionForm({ incident, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ objectId: (incident.objects[0]?.id ?? null) as string | null, title: '', ownerId: null as string | null, dueDate: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const body = { objectId: values.objectId ?? '', title: values.title.trim(), ownerId: values.ownerId, dueDate: values.dueDate || null };
  const create = useMutation({
    mutationFn: () => createLessonAction(incident.id, body),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['incidents'] }), queryClient.invalidateQueries({ queryKey: ['actionPlans'] })]);
      notifySuccess(t('incidents.lessons.actionCreated'));
      onClose();
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(lessonAction, body);
    if (!values.objectId) found.objectId = t('validation.required');
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate();
  };
  if (incident.objects.length === 0) return <Text>{t('incidents.lessons.noObjectsForAction')}</Text>;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('incidents.lessons.object')}
          required
          allowDeselect={false}
          value={values.objectId}
          error={errors.objectId}
          onChange={(id) => setValues((old) => ({ ...old, objectId: id }))}
          data={incident.objects.map((object) => ({ value: object.id, label: object.name }))}
        />
        <TextInput label={t('incidents.lessons.actionFields.title')} required data-autofocus value={values.title} error={errors.title} onChange={(e) => setValues({ ...values, title: e.currentTarget.value })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonSelect label={t('incidents.lessons.actionFields.owner')} value={values.ownerId} error={errors.ownerId} onChange={(id) => setValues((old) => ({ ...old, ownerId: id }))} />
          <TextInput type="date" label={t('incidents.lessons.actionFields.dueDate')} value={values.dueDate} error={errors.dueDate} onChange={(e) => setValues({ ...values, dueDate: e.currentTarget.value })} />
        </SimpleGrid>
        <FormProblem error={create.error} />
        <ModalActions submitLabel={t('incidents.lessons.createAction')} loading={create.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
