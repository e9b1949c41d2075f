import { Checkbox, MultiSelect, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { informationSetCreate, informationSetUpdate } from '../../../shared/schemas/register';
import { createInformationSet, refreshRegister, updateInformationSet, type InformationSetSummary } from '../../api/register';
import { AppModal } from '../AppModal';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { PersonSelect } from '../PersonSelect';
import { ProblemAlert } from '../ProblemAlert';
import { InformationTypeSelect } from './InformationTypeSelect';

interface InformationSetFormModalProps {
  /** The object a new set belongs to. */
  object: { id: string; name: string };
  /** The set to edit; without one the form adds a new set to the object. */
  set?: InformationSetSummary;
  /** The object's systems, which the set may be held in. */
  systems: { id: string; name: string }[];
  opened: boolean;
  onClose: () => void;
  onSaved?: (set: InformationSetSummary) => void;
}

/** Add an information set to an object, or edit one: owner, type, legal bases, personal data and systems. */
export function InformationSetFormModal(props: InformationSetFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={props.opened}
      onClose={props.onClose}
      size="xl"
      title={props.set ? t('register.sets.edit.title', { name: props.set.name }) : t('register.sets.create.title', { name: props.object.name })}
    >
      {props.opened && <InformationSetForm {...props} />}
    </AppModal>
  );
}

function InformationSetForm({ object, set, systems, onClose, onSaved }: InformationSetFormModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    name: set?.name ?? '',
    description: set?.description ?? '',
    informationTypeId: set?.informationTypeId ?? null,
    ownerId: set?.owner?.id ?? null,
    delegateId: set?.delegate?.id ?? null,
    legalBases: set?.legalBases ?? [],
    personalData: set?.personalData ?? false,
    specialCategories: set?.specialCategories ?? false,
    systemIds: set?.systemIds ?? [],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));

  const fields = { ...values, name: values.name.trim() };
  /** For an edit, only what changed (plus the version it was based on). */
  const changes = (original: InformationSetSummary) => {
    const before: typeof fields = {
      name: original.name,
      description: original.description,
      informationTypeId: original.informationTypeId,
      ownerId: original.owner?.id ?? null,
      delegateId: original.delegate?.id ?? null,
      legalBases: original.legalBases,
      personalData: original.personalData,
      specialCategories: original.specialCategories,
      systemIds: original.systemIds,
    };
    const changed: Record<string, unknown> = { version: original.version };
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
      if (JSON.stringify(fields[key]) !== JSON.stringify(before[key])) changed[key] = fields[key];
    }
    return changed as { version: number };
  };
  const body = () => (set ? changes(set) : { ...fields, objectId: object.id });

  const save = useMutation({
    mutationFn: () => (set ? updateInformationSet(set.id, changes(set)) : createInformationSet({ ...fields, objectId: object.id })),
    onSuccess: async (saved) => {
      await refreshRegister(queryClient);
      notifySuccess(set ? t('register.sets.edit.done', { name: saved.name }) : t('register.sets.create.done', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(set ? informationSetUpdate : informationSetCreate, body());
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const reload = async () => {
    await refreshRegister(queryClient);
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('register.sets.fields.name')} required data-autofocus value={values.name} error={errors.name} onChange={(e) => change('name', e.currentTarget.value)} />
        <Textarea label={t('register.sets.fields.description')} autosize minRows={2} maxRows={8} value={values.description} error={errors.description} onChange={(e) => change('description', e.currentTarget.value)} />
        <InformationTypeSelect label={t('register.sets.fields.type')} value={values.informationTypeId} onChange={(id) => change('informationTypeId', id)} error={errors.informationTypeId} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonSelect
            label={t('register.sets.fields.owner')}
            value={values.ownerId}
            selectedName={set?.owner?.id === values.ownerId ? set?.owner?.name : undefined}
            onChange={(id) => change('ownerId', id)}
            error={errors.ownerId}
          />
          <PersonSelect
            label={t('register.sets.fields.delegate')}
            description={t('register.sets.delegateHelp')}
            value={values.delegateId}
            selectedName={set?.delegate?.id === values.delegateId ? set?.delegate?.name : undefined}
            onChange={(id) => change('delegateId', id)}
            error={errors.delegateId}
          />
        </SimpleGrid>
        <TagsInput
          label={t('register.sets.fields.legalBases')}
          description={t('register.sets.legalBasesHelp')}
          value={values.legalBases}
          onChange={(bases) => change('legalBases', bases)}
          error={errors.legalBases}
          clearable
        />
        <MultiSelect
          label={t('register.sets.fields.systems')}
          description={systems.length === 0 ? t('register.sets.noSystems') : undefined}
          disabled={systems.length === 0}
          searchable
          value={values.systemIds}
          onChange={(ids) => change('systemIds', ids)}
          error={errors.systemIds}
          data={systems.map((system) => ({ value: system.id, label: system.name }))}
        />
        <Checkbox label={t('register.sets.fields.personalData')} checked={values.personalData} onChange={(e) => change('personalData', e.currentTarget.checked)} />
        <Checkbox
          label={t('register.sets.fields.specialCategories')}
          description={t('register.sets.specialCategoriesHelp')}
          checked={values.specialCategories}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            // Special categories are personal data too.
            setValues((old) => ({ ...old, specialCategories: checked, personalData: checked || old.personalData }));
          }}
        />
        <ProblemAlert error={save.error} onReload={reload} />
        <ModalActions submitLabel={set ? t('common.save') : t('common.create')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
