import { Checkbox, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { aspectLabels, aspects, type Aspect } from '../../../shared/classification/aspects';
import { emptyProfile, type Profile } from '../../../shared/classification/profile';
import { informationTypeCreate, informationTypeUpdate } from '../../../shared/schemas/register';
import { createInformationType, refreshRegister, updateInformationType, type InformationType } from '../../api/register';
import { useLabel } from '../../i18n';
import { AppModal } from '../AppModal';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';
import { LevelSelect } from './LevelSelect';

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
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    name: type?.name ?? '',
    description: type?.description ?? '',
    profile: { ...(type?.profile ?? emptyProfile) } as Profile,
    reasons: Object.fromEntries(aspects.map((aspect) => [aspect, type?.reasons[aspect] ?? ''])) as Record<Aspect, string>,
    legalBases: type?.legalBases ?? [],
    personalData: type?.personalData ?? false,
    specialCategories: type?.specialCategories ?? false,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));

  // Empty reasons are left out rather than stored as empty text.
  const reasons = Object.fromEntries(aspects.filter((aspect) => values.reasons[aspect].trim()).map((aspect) => [aspect, values.reasons[aspect].trim()]));
  const fields = { ...values, name: values.name.trim(), reasons };
  const body = () => (type ? { ...fields, version: type.version } : fields);

  const save = useMutation({
    mutationFn: () => (type ? updateInformationType(type.id, { ...fields, version: type.version }) : createInformationType(fields)),
    onSuccess: async (saved) => {
      await refreshRegister(queryClient);
      notifySuccess(type ? t('register.types.edit.done', { name: saved.name }) : t('register.types.create.done', { name: saved.name }));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(type ? informationTypeUpdate : informationTypeCreate, body());
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
        <TextInput label={t('register.types.fields.name')} required data-autofocus value={values.name} error={errors.name} onChange={(e) => change('name', e.currentTarget.value)} />
        <Textarea label={t('register.types.fields.description')} autosize minRows={2} maxRows={6} value={values.description} error={errors.description} onChange={(e) => change('description', e.currentTarget.value)} />
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
        <Checkbox label={t('register.sets.fields.personalData')} checked={values.personalData} onChange={(e) => change('personalData', e.currentTarget.checked)} />
        <Checkbox
          label={t('register.sets.fields.specialCategories')}
          checked={values.specialCategories}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            setValues((old) => ({ ...old, specialCategories: checked, personalData: checked || old.personalData }));
          }}
        />
        <ProblemAlert error={save.error} onReload={reload} />
        <ModalActions submitLabel={type ? t('common.save') : t('common.create')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
