import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatuses, actionStatusLabels, type ActionStatus } from '../../../shared/actions';
import { actionUpdate } from '../../../shared/schemas/actions';
import { riskActionCreate } from '../../../shared/schemas/risk';
import { updateAction, type Action } from '../../api/actions';
import { createRiskAction } from '../../api/risk';
import { useLabel } from '../../i18n';
import { AppModal } from '../AppModal';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { PersonSelect } from '../PersonSelect';
import { ProblemAlert } from '../ProblemAlert';

interface RiskActionModalProps {
  riskId: string;
  /** The action to follow up; without one a new reduction action is added to the risk. */
  action?: Action;
  opened: boolean;
  onClose: () => void;
}

/**
 * A reduction action of a risk, in the shared action model: added through the risk
 * (POST /risks/:id/actions) and followed up like every action (PATCH /actions/:id).
 */
export function RiskActionModal(props: RiskActionModalProps) {
  const { t } = useTranslation();
  const title = props.action ? t('risk.actions.editTitle', { title: props.action.title }) : t('risk.actions.addTitle');
  return (
    <AppModal opened={props.opened} onClose={props.onClose} size="lg" title={title}>
      {props.opened && <RiskActionForm {...props} />}
    </AppModal>
  );
}

function RiskActionForm({ riskId, action, onClose }: RiskActionModalProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    title: action?.title ?? '',
    implementation: action?.implementation ?? '',
    ownerId: action?.ownerId ?? null,
    dueDate: action?.dueDate ?? '',
    status: (action?.status ?? 'not_started') as ActionStatus,
  });
  const change = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const fields = { title: values.title.trim(), implementation: values.implementation.trim(), ownerId: values.ownerId, dueDate: values.dueDate || null };
  const editBody = (before: Action) => {
    const changed: Record<string, unknown> = { version: before.version };
    for (const [key, value] of Object.entries({ ...fields, status: values.status })) if (value !== (before[key as keyof Action] ?? null)) changed[key] = value;
    return changed as Parameters<typeof updateAction>[1];
  };
  const save = useMutation({
    mutationFn: () => (action ? updateAction(action.id, editBody(action)) : createRiskAction(riskId, fields)),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['risks'] }), queryClient.invalidateQueries({ queryKey: ['actionPlans'] })]);
      notifySuccess(action ? t('risk.actions.saved') : t('risk.actions.added'));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = action ? formErrors(actionUpdate, editBody(action)) : formErrors(riskActionCreate, fields);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: ['risks', 'detail', riskId] });
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('risk.actions.fields.title')} required data-autofocus value={values.title} error={errors.title} onChange={(e) => change('title', e.currentTarget.value)} />
        <Textarea label={t('risk.actions.fields.implementation')} autosize minRows={2} value={values.implementation} error={errors.implementation} onChange={(e) => change('implementation', e.currentTarget.value)} />
        <SimpleGrid cols={{ base: 1, sm: action ? 3 : 2 }}>
          <PersonSelect label={t('risk.actions.fields.owner')} value={values.ownerId} selectedName={action?.ownerId === values.ownerId ? action?.ownerName : undefined} error={errors.ownerId} onChange={(id) => change('ownerId', id)} />
          <TextInput type="date" label={t('risk.actions.fields.dueDate')} value={values.dueDate} error={errors.dueDate} onChange={(e) => change('dueDate', e.currentTarget.value)} />
          {action && (
            <Select
              label={t('risk.actions.fields.status')}
              allowDeselect={false}
              value={values.status}
              onChange={(status) => status && change('status', status as ActionStatus)}
              data={actionStatuses.map((status) => ({ value: status, label: label(actionStatusLabels[status]) }))}
            />
          )}
        </SimpleGrid>
        <ProblemAlert error={save.error} onReload={reload} />
        <ModalActions submitLabel={action ? t('common.save') : t('common.create')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
