import { SimpleGrid, Stack, TagsInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { aspectLabels, aspects, type Aspect } from '../../../shared/classification/aspects';
import { emptyProfile, type Profile } from '../../../shared/classification/profile';
import { informationTypeCreate, informationTypeUpdate } from '../../../shared/schemas/register';
import { createInformationType, updateInformationType, type InformationType } from '../../api/register';
import { useLabel } from '../../i18n';
import { AppModal } from '../AppModal';
import { DescriptionField, NameField } from './FormTextFields';
import { LevelSelect } from './LevelSelect';
import { PersonalDataFields } from './PersonalDataFields';
import { RegisterFormLayout } from './RegisterFormLayout';
import { useFormValues, useRegisterForm } from './useRegisterForm';

interface InformationTypeFormModalProps {
  /** The type to edit; without one the form adds a new type. */
  type?: InformationType;
  opened: boolean;
  onClose: () => void;
}

/** An organisation-wide information type with its standard classification and the reason for each level. */
export function InformationTypeFormModal(props: InformationTypeFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={props.opened} onClose={props.onClose} size="xl" title={props.type ? t('register.types.edit.title', { name: props.type.name }) : t('register.types.create.title')}>
      {props.opened && <InformationTypeForm {...props} />}
    </AppModal>
  );
}

function InformationTypeForm({ type, onClose }: InformationTypeFormModalProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const { values, setValues, change } = useFormValues({
    name: type?.name ?? '',
    description: type?.description ?? '',
    profile: { ...(type?.profile ?? emptyProfile) } as Profile,
    reasons: Object.fromEntries(aspects.map((aspect) => [aspect, type?.reasons[aspect] ?? ''])) as Record<Aspect, string>,
    legalBases: type?.legalBases ?? [],
    personalData: type?.personalData ?? false,
    specialCategories: type?.specialCategories ?? false,
  });

  // Empty reasons are left out rather than stored as empty text.
  const reasons = Object.fromEntries(aspects.filter((aspect) => values.reasons[aspect].trim()).map((aspect) => [aspect, values.reasons[aspect].trim()]));
  const fields = { ...values, name: values.name.trim(), reasons };
  const form = useRegisterForm({
    schema: type ? informationTypeUpdate : informationTypeCreate,
    body: () => (type ? { ...fields, version: type.version } : fields),
    send: () => (type ? updateInformationType(type.id, { ...fields, version: type.version }) : createInformationType(fields)),
    done: (saved) => (type ? t('register.types.edit.done', { name: saved.name }) : t('register.types.create.done', { name: saved.name })),
    onClose,
  });
  const { errors } = form;

  return (
    <RegisterFormLayout form={form} editing={!!type} onClose={onClose}>
      <NameField label={t('register.types.fields.name')} value={values.name} error={errors.name} onChange={(name) => change('name', name)} />
      <DescriptionField label={t('register.types.fields.description')} maxRows={6} value={values.description} error={errors.description} onChange={(text) => change('description', text)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {aspects.map((aspect) => (
          <Stack key={aspect} gap="xs">
            <LevelSelect aspect={aspect} value={values.profile[aspect]} onChange={(level) => change('profile', { ...values.profile, [aspect]: level })} />
            <Textarea
              label={t('register.types.reasonFor', { aspect: label(aspectLabels[aspect]) })}
              autosize
              minRows={2}
              maxRows={6}
              value={values.reasons[aspect]}
              error={errors[`reasons.${aspect}`]}
              onChange={(e) => change('reasons', { ...values.reasons, [aspect]: e.currentTarget.value })}
            />
          </Stack>
        ))}
      </SimpleGrid>
      <TagsInput label={t('register.sets.fields.legalBases')} description={t('register.sets.legalBasesHelp')} value={values.legalBases} onChange={(bases) => change('legalBases', bases)} clearable />
      <PersonalDataFields values={values} setValues={setValues} />
    </RegisterFormLayout>
  );
}
