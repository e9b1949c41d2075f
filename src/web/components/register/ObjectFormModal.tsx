import { Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { objectCreate, objectUpdate } from '../../../shared/schemas/register';
import { createObject, refreshRegister, updateObject, type ObjectDetail } from '../../api/register';
import { AppModal } from '../AppModal';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { OrgUnitSelect } from '../OrgUnitSelect';
import { PersonSelect } from '../PersonSelect';
import { ProblemAlert } from '../ProblemAlert';

interface ObjectFormModalProps {
  /** The object to edit; without one the form creates a new object (with its objektägare). */
  object?: ObjectDetail;
  defaultOrgUnitId?: string;
  opened: boolean;
  onClose: () => void;
  onSaved?: (object: ObjectDetail) => void;
}

/** Register a förvaltningsobjekt, or edit its name, description, unit, criticality and plan link. */
export function ObjectFormModal(props: ObjectFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={props.opened} onClose={props.onClose} size="lg" title={props.object ? t('register.objects.edit.title', { name: props.object.name }) : t('register.objects.create.title')}>
      {props.opened && <ObjectForm {...props} />}
    </AppModal>
  );
}

function ObjectForm({ object, defaultOrgUnitId, onClose, onSaved }: ObjectFormModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    name: object?.name ?? '',
    description: object?.description ?? '',
    orgUnitId: object?.orgUnitId ?? defaultOrgUnitId ?? null,
    critical: object?.critical ?? false,
    managementPlanUrl: object?.managementPlanUrl ?? '',
    ownerId: null as string | null,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));

  const fields = {
    name: values.name.trim(),
    description: values.description,
    orgUnitId: values.orgUnitId ?? undefined,
    critical: values.critical,
    managementPlanUrl: values.managementPlanUrl.trim() || null,
  };
  /** For an edit, only what changed (plus the version it was based on). */
  const changes = (original: ObjectDetail) => {
    const changed: Record<string, unknown> = { version: original.version };
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
      if ((fields[key] ?? null) !== (original[key] ?? null)) changed[key] = fields[key];
    }
    return changed as { version: number };
  };
  const body = () => (object ? changes(object) : { ...fields, ownerId: values.ownerId ?? undefined });

  const save = useMutation({
    mutationFn: () => (object ? updateObject(object.id, changes(object)) : createObject(body() as Parameters<typeof createObject>[0])),
    onSuccess: async (saved) => {
      await refreshRegister(queryClient);
      notifySuccess(object ? t('register.objects.edit.done', { name: saved.name }) : t('register.objects.create.done', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(object ? objectUpdate : objectCreate, body());
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };

  // Someone else changed the object: fetch theirs and let the person redo the change on top of it.
  const reload = async () => {
    await refreshRegister(queryClient);
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('register.objects.fields.name')} required data-autofocus value={values.name} error={errors.name} onChange={(e) => set('name', e.currentTarget.value)} />
        <Textarea label={t('register.objects.fields.description')} autosize minRows={2} maxRows={8} value={values.description} error={errors.description} onChange={(e) => set('description', e.currentTarget.value)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OrgUnitSelect label={t('register.objects.fields.orgUnit')} required value={values.orgUnitId} onChange={(id) => set('orgUnitId', id)} error={errors.orgUnitId} />
          {!object && (
            <PersonSelect
              label={t('register.objects.fields.owner')}
              description={t('register.objects.create.ownerHelp')}
              value={values.ownerId}
              onChange={(id) => set('ownerId', id)}
              error={errors.ownerId}
            />
          )}
        </SimpleGrid>
        <TextInput
          type="url"
          label={t('register.objects.fields.managementPlanUrl')}
          placeholder="https://"
          value={values.managementPlanUrl}
          error={errors.managementPlanUrl}
          onChange={(e) => set('managementPlanUrl', e.currentTarget.value)}
        />
        <Checkbox
          label={t('register.objects.fields.critical')}
          description={t('register.objects.criticalHelp')}
          checked={values.critical}
          onChange={(e) => set('critical', e.currentTarget.checked)}
        />
        <ProblemAlert error={save.error} onReload={reload} />
        <ModalActions submitLabel={object ? t('common.save') : t('common.create')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
