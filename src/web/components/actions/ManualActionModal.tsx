import { Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { manualActionCreate } from '../../../shared/schemas/actions';
import { createManualAction } from '../../api/actions';
import { AppModal } from '../AppModal';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';

/** An action of the object's own, beside those its requirements bring. */
export function ManualActionModal({ objectId, opened, onClose }: { objectId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('actionPlan.addManual.title')}>
      {opened && <ManualActionForm objectId={objectId} onClose={onClose} />}
    </AppModal>
  );
}

function ManualActionForm({ objectId, onClose }: { objectId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const input = () => ({ title: title.trim(), ...(dueDate ? { dueDate } : {}) });
  const save = useMutation({
    mutationFn: () => createManualAction(objectId, input()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['actionPlans', objectId] });
      notifySuccess(t('actionPlan.addManual.done'));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(manualActionCreate, input());
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('actionPlan.addManual.name')} required data-autofocus value={title} error={errors.title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <TextInput type="date" label={t('actionPlan.columns.dueDate')} value={dueDate} error={errors.dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} />
        <ProblemAlert error={save.error} />
        <ModalActions submitLabel={t('common.create')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
