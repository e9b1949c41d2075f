import { Checkbox, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hostingKinds, hostingLabels, systemDependencies, systemDependencyLabels, type HostingKind, type SystemDependency } from '../../../shared/register';
import { systemCreate, systemUpdate } from '../../../shared/schemas/register';
import { createSystem, refreshRegister, updateSystem, type SystemSummary } from '../../api/register';
import { useLabel } from '../../i18n';
import { AppModal } from '../AppModal';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';

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
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    name: system?.name ?? '',
    description: system?.description ?? '',
    supplier: system?.supplier ?? '',
    hosting: (system?.hosting ?? null) as HostingKind | null,
    dependencies: (system?.dependencies ?? []) as SystemDependency[],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));

  const fields = { ...values, name: values.name.trim(), supplier: values.supplier.trim(), hosting: values.hosting ?? undefined };
  /** For an edit, only what changed (plus the version it was based on). */
  const changes = (original: SystemSummary) => {
    const changed: Record<string, unknown> = { version: original.version };
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
      if (JSON.stringify(fields[key]) !== JSON.stringify(original[key])) changed[key] = fields[key];
    }
    return changed as { version: number };
  };
  const body = () => (system ? changes(system) : { ...fields, objectId: object.id });

  const save = useMutation({
    mutationFn: () => (system ? updateSystem(system.id, changes(system)) : createSystem(body() as Parameters<typeof createSystem>[0])),
    onSuccess: async (saved) => {
      await refreshRegister(queryClient);
      notifySuccess(system ? t('register.systems.edit.done', { name: saved.name }) : t('register.systems.create.done', { name: saved.name }));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(system ? systemUpdate : systemCreate, body());
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('register.systems.fields.name')} required data-autofocus value={values.name} error={errors.name} onChange={(e) => change('name', e.currentTarget.value)} />
          <TextInput label={t('register.systems.fields.supplier')} value={values.supplier} error={errors.supplier} onChange={(e) => change('supplier', e.currentTarget.value)} />
        </SimpleGrid>
        <Textarea label={t('register.systems.fields.description')} autosize minRows={2} maxRows={8} value={values.description} error={errors.description} onChange={(e) => change('description', e.currentTarget.value)} />
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
        <ProblemAlert error={save.error} onReload={reload} />
        <ModalActions submitLabel={system ? t('common.save') : t('common.create')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
