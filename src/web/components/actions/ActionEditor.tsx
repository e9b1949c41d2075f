import { Group, Select, SimpleGrid, Stack, Textarea, TextInput, Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatuses, actionStatusLabels, assessmentLabels, assessments, type ActionStatus, type Assessment } from '../../../shared/actions';
import { actionUpdate, type ActionUpdate } from '../../../shared/schemas/actions';
import { updateAction, type Action } from '../../api/actions';
import { useLabel } from '../../i18n';
import { formErrors } from '../formErrors';
import { notifySuccess } from '../notify';
import { PersonSelect } from '../PersonSelect';
import { ProblemAlert } from '../ProblemAlert';

/** The self-assessment of one row, edited in place: assessment, how, owner, due date and status. */
export function ActionEditor({ action, name, onClose }: { action: Action; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    assessment: action.assessment,
    implementation: action.implementation,
    ownerId: action.ownerId,
    dueDate: action.dueDate ?? '',
    status: action.status,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));

  const changes = (): ActionUpdate => {
    const next = { ...values, implementation: values.implementation.trim(), dueDate: values.dueDate || null };
    const changed: Record<string, unknown> = { version: action.version };
    for (const key of Object.keys(next) as (keyof typeof next)[]) if ((next[key] ?? null) !== (action[key] ?? null)) changed[key] = next[key];
    return changed as ActionUpdate;
  };
  const save = useMutation({
    mutationFn: () => updateAction(action.id, changes()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['actionPlans', action.objectId] });
      notifySuccess(t('actionPlan.edit.done'));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(actionUpdate, changes());
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: ['actionPlans', action.objectId] });
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('actionPlan.edit.title', { code: name })}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select
            label={t('actionPlan.columns.assessment')}
            clearable
            placeholder={t('actionPlan.notAssessed')}
            value={values.assessment}
            onChange={(value) => set('assessment', value as Assessment | null)}
            data={assessments.map((assessment) => ({ value: assessment, label: label(assessmentLabels[assessment]) }))}
            data-autofocus
          />
          <PersonSelect label={t('actionPlan.columns.owner')} value={values.ownerId} selectedName={action.ownerId === values.ownerId ? action.ownerName : undefined} onChange={(id) => set('ownerId', id)} error={errors.ownerId} />
          <TextInput type="date" label={t('actionPlan.columns.dueDate')} value={values.dueDate} error={errors.dueDate} onChange={(e) => set('dueDate', e.currentTarget.value)} />
          <Select
            label={t('actionPlan.columns.status')}
            allowDeselect={false}
            value={values.status}
            onChange={(value) => value && set('status', value as ActionStatus)}
            data={actionStatuses.map((status) => ({ value: status, label: label(actionStatusLabels[status]) }))}
          />
        </SimpleGrid>
        <Textarea
          label={t('actionPlan.columns.implementation')}
          description={t('actionPlan.edit.implementationHint')}
          autosize
          minRows={2}
          value={values.implementation}
          error={errors.implementation}
          onChange={(e) => set('implementation', e.currentTarget.value)}
        />
        <ProblemAlert error={save.error} onReload={reload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
