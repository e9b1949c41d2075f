import { Autocomplete, Checkbox, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { modalities, modalityLabels, nis2Labels, nis2Measures, type Modality, type Nis2Measure } from '../../../shared/actions';
import { aspectLabels, aspects, type Aspect } from '../../../shared/classification/aspects';
import { requirementCreate, requirementUpdate, type RequirementCreate, type RequirementUpdate } from '../../../shared/schemas/requirements';
import { createRequirement, updateRequirement, type Requirement } from '../../api/requirements';
import { useLabel, useLocale } from '../../i18n';
import { AppModal } from '../AppModal';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';
import { areaLabel } from './requirementLabels';

interface RequirementFormModalProps {
  /** The requirement to edit; without one the form adds a new requirement. */
  requirement?: Requirement;
  /** Areas already used in the catalogue, offered as suggestions. */
  areas: string[];
  opened: boolean;
  onClose: () => void;
}

export function RequirementFormModal(props: RequirementFormModalProps) {
  const { t } = useTranslation();
  const title = props.requirement ? t('requirements.edit.title', { code: props.requirement.code }) : t('requirements.create.title');
  return (
    <AppModal opened={props.opened} onClose={props.onClose} size="xl" title={title}>
      {props.opened && <RequirementForm {...props} />}
    </AppModal>
  );
}

function RequirementForm({ requirement, areas, onClose }: RequirementFormModalProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    code: requirement?.code ?? '',
    titleSv: requirement?.titleSv ?? '',
    titleEn: requirement?.titleEn ?? '',
    descriptionSv: requirement?.descriptionSv ?? '',
    descriptionEn: requirement?.descriptionEn ?? '',
    modality: requirement?.modality ?? ('must' as Modality),
    aspects: requirement?.aspects ?? ([] as Aspect[]),
    minLevel: requirement?.minLevel ?? 1,
    nis2: requirement?.nis2 ?? ([] as Nis2Measure[]),
    gdpr: requirement?.gdpr.join('; ') ?? '',
    area: requirement?.area ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));

  const input = {
    ...values,
    code: values.code.trim(),
    titleEn: values.titleEn.trim() || null,
    descriptionEn: values.descriptionEn.trim() || null,
    gdpr: values.gdpr.split(';').map((item) => item.trim()).filter(Boolean),
    area: values.area.trim(),
  };

  /** For an edit, only what changed (plus the version it was based on). */
  const changesTo = (original: Requirement): RequirementUpdate => {
    const changed: Record<string, unknown> = { version: original.version };
    for (const key of Object.keys(input) as (keyof typeof input)[]) {
      if (JSON.stringify(input[key] ?? null) !== JSON.stringify(original[key] ?? null)) changed[key] = input[key];
    }
    return changed as RequirementUpdate;
  };
  const body = (): RequirementCreate | RequirementUpdate => (requirement ? changesTo(requirement) : (input as RequirementCreate));

  const save = useMutation({
    mutationFn: () => (requirement ? updateRequirement(requirement.id, changesTo(requirement)) : createRequirement(input as RequirementCreate)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['requirements'] });
      await queryClient.invalidateQueries({ queryKey: ['actionPlans'] });
      notifySuccess(requirement ? t('requirements.edit.done', { code: saved.code }) : t('requirements.create.done', { code: saved.code }));
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(requirement ? requirementUpdate : requirementCreate, body());
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: ['requirements'] });
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('requirements.fields.code')} required data-autofocus value={values.code} error={errors.code} onChange={(e) => set('code', e.currentTarget.value)} />
          <Select
            label={t('requirements.fields.modality')}
            required
            allowDeselect={false}
            value={values.modality}
            onChange={(value) => value && set('modality', value as Modality)}
            data={modalities.map((modality) => ({ value: modality, label: label(modalityLabels[modality]) }))}
          />
          <Autocomplete
            label={t('requirements.fields.area')}
            value={values.area}
            error={errors.area}
            onChange={(value) => set('area', value)}
            data={areas.map((area) => ({ value: area, label: areaLabel(area, locale) }))}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('requirements.fields.titleSv')} required value={values.titleSv} error={errors.titleSv} onChange={(e) => set('titleSv', e.currentTarget.value)} />
          <TextInput label={t('requirements.fields.titleEn')} value={values.titleEn} error={errors.titleEn} onChange={(e) => set('titleEn', e.currentTarget.value)} />
          <Textarea label={t('requirements.fields.descriptionSv')} autosize minRows={3} value={values.descriptionSv} error={errors.descriptionSv} onChange={(e) => set('descriptionSv', e.currentTarget.value)} />
          <Textarea label={t('requirements.fields.descriptionEn')} autosize minRows={3} value={values.descriptionEn} error={errors.descriptionEn} onChange={(e) => set('descriptionEn', e.currentTarget.value)} />
        </SimpleGrid>
        <Group align="flex-start" gap="xl">
          <Checkbox.Group label={t('requirements.fields.aspects')} withAsterisk value={values.aspects} onChange={(value) => set('aspects', value as Aspect[])} error={errors.aspects}>
            <Group mt="xs">
              {aspects.map((aspect) => (
                <Checkbox key={aspect} value={aspect} label={`${aspect} ${label(aspectLabels[aspect])}`} />
              ))}
            </Group>
          </Checkbox.Group>
          <Select
            label={t('requirements.fields.minLevel')}
            required
            allowDeselect={false}
            value={String(values.minLevel)}
            onChange={(value) => value && set('minLevel', Number(value))}
            data={[1, 2, 3].map((level) => ({ value: String(level), label: String(level) }))}
            w={160}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t('requirements.fields.nis2')}
            value={values.nis2}
            onChange={(value) => set('nis2', value as Nis2Measure[])}
            data={nis2Measures.map((measure) => ({ value: measure, label: `${measure}) ${label(nis2Labels[measure])}` }))}
            error={errors.nis2}
          />
          <TextInput label={t('requirements.fields.gdpr')} description={t('requirements.fields.gdprHint')} value={values.gdpr} error={errors.gdpr} onChange={(e) => set('gdpr', e.currentTarget.value)} />
        </SimpleGrid>
        <ProblemAlert error={save.error} onReload={reload} />
        <ModalActions submitLabel={requirement ? t('common.save') : t('common.create')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
