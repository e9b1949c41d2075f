import { MultiSelect, SimpleGrid, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { informationSetCreate, informationSetUpdate } from '../../../shared/schemas/register';
import { createInformationSet, updateInformationSet, type InformationSetSummary } from '../../api/register';
import { AppModal } from '../AppModal';
import { PersonSelect } from '../PersonSelect';
import { DescriptionField, NameField } from './FormTextFields';
import { InformationTypeSelect } from './InformationTypeSelect';
import { PersonalDataFields } from './PersonalDataFields';
import { RegisterFormLayout } from './RegisterFormLayout';
import { changedFields, useFormValues, useRegisterForm } from './useRegisterForm';

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
  const { values, setValues, change } = useFormValues({
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

  const fields = { ...values, name: values.name.trim() };
  /** The original as the form would have it, for sending only what changed. */
  const before = (original: InformationSetSummary): typeof fields => ({
    name: original.name,
    description: original.description,
    informationTypeId: original.informationTypeId,
    ownerId: original.owner?.id ?? null,
    delegateId: original.delegate?.id ?? null,
    legalBases: original.legalBases,
    personalData: original.personalData,
    specialCategories: original.specialCategories,
    systemIds: original.systemIds,
  });
  const form = useRegisterForm({
    schema: set ? informationSetUpdate : informationSetCreate,
    body: () => (set ? changedFields(fields, before(set), set.version) : { ...fields, objectId: object.id }),
    send: () => (set ? updateInformationSet(set.id, changedFields(fields, before(set), set.version)) : createInformationSet({ ...fields, objectId: object.id })),
    done: (saved) => (set ? t('register.sets.edit.done', { name: saved.name }) : t('register.sets.create.done', { name: saved.name })),
    onSaved,
    onClose,
  });
  const { errors } = form;

  return (
    <RegisterFormLayout form={form} editing={!!set} onClose={onClose}>
      <NameField label={t('register.sets.fields.name')} value={values.name} error={errors.name} onChange={(name) => change('name', name)} />
      <DescriptionField label={t('register.sets.fields.description')} value={values.description} error={errors.description} onChange={(text) => change('description', text)} />
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
      <PersonalDataFields values={values} setValues={setValues} specialCategoriesHelp={t('register.sets.specialCategoriesHelp')} />
    </RegisterFormLayout>
  );
}
