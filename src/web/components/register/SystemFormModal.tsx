import { Checkbox, Group, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hostingKinds, hostingLabels, systemDependencies, systemDependencyLabels, type HostingKind, type SystemDependency } from '../../../shared/register';
import { systemCreate, systemUpdate } from '../../../shared/schemas/register';
import { createSystem, updateSystem, type SystemSummary } from '../../api/register';
import { useLabel } from '../../i18n';
import { AppModal } from '../AppModal';
import { DescriptionField, NameField } from './FormTextFields';
import { RegisterFormLayout } from './RegisterFormLayout';
import { changedFields, useFormValues, useRegisterForm } from './useRegisterForm';

interface SystemFormModalProps {
  object: { id: string; name: string };
  /** The system to edit; without one the form registers a new system under the object. */
  system?: SystemSummary;
  opened: boolean;
  onClose: () => void;
}

/** Register an IT system under an object, or edit its supplier, hosting and dependencies. */
export function SystemFormModal(props: SystemFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={props.opened}
      onClose={props.onClose}
      size="lg"
      title={props.system ? t('register.systems.edit.title', { name: props.system.name }) : t('register.systems.create.title', { name: props.object.name })}
    >
      {props.opened && <SystemForm {...props} />}
    </AppModal>
  );
}

function SystemForm({ object, system, onClose }: SystemFormModalProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const { values, change } = useFormValues({
    name: system?.name ?? '',
    description: system?.description ?? '',
    supplier: system?.supplier ?? '',
    hosting: (system?.hosting ?? null) as HostingKind | null,
    dependencies: (system?.dependencies ?? []) as SystemDependency[],
  });

  const fields = { ...values, name: values.name.trim(), supplier: values.supplier.trim(), hosting: values.hosting ?? undefined };
  const body = () => (system ? changedFields(fields, system, system.version) : { ...fields, objectId: object.id });
  const form = useRegisterForm({
    schema: system ? systemUpdate : systemCreate,
    body,
    send: () => (system ? updateSystem(system.id, changedFields(fields, system, system.version)) : createSystem(body() as Parameters<typeof createSystem>[0])),
    done: (saved) => (system ? t('register.systems.edit.done', { name: saved.name }) : t('register.systems.create.done', { name: saved.name })),
    onClose,
  });
  const { errors } = form;

  return (
    <RegisterFormLayout form={form} editing={!!system} onClose={onClose}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NameField label={t('register.systems.fields.name')} value={values.name} error={errors.name} onChange={(name) => change('name', name)} />
        <TextInput label={t('register.systems.fields.supplier')} value={values.supplier} error={errors.supplier} onChange={(e) => change('supplier', e.currentTarget.value)} />
      </SimpleGrid>
      <DescriptionField label={t('register.systems.fields.description')} value={values.description} error={errors.description} onChange={(text) => change('description', text)} />
      <Select
        label={t('register.systems.fields.hosting')}
        required
        allowDeselect={false}
        value={values.hosting}
        error={errors.hosting}
        onChange={(value) => change('hosting', value as HostingKind | null)}
        data={hostingKinds.map((kind) => ({ value: kind, label: label(hostingLabels[kind]) }))}
      />
      <Checkbox.Group label={t('register.systems.fields.dependencies')} description={t('register.systems.dependenciesHelp')} value={values.dependencies} onChange={(chosen) => change('dependencies', chosen as SystemDependency[])}>
        <Group mt="xs">
          {systemDependencies.map((dependency) => (
            <Checkbox key={dependency} value={dependency} label={label(systemDependencyLabels[dependency])} />
          ))}
        </Group>
      </Checkbox.Group>
      {system && <Text size="sm">{t('register.systems.reviewNote')}</Text>}
    </RegisterFormLayout>
  );
}
