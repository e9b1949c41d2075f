import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { employmentStatuses, employmentStatusLabels, type EmploymentStatus } from '../../../shared/orgUnitTypes';
import { personCreate, personUpdate, type PersonCreate, type PersonUpdate } from '../../../shared/schemas/people';
import { createPerson, updatePerson, type Person } from '../../api/people';
import { useLabel } from '../../i18n';
import { formErrors } from '../formErrors';
import { notifySuccess } from '../notify';
import { OrgUnitSelect } from '../OrgUnitSelect';
import { PersonSelect } from '../PersonSelect';
import { ProblemAlert } from '../ProblemAlert';
import { AppModal } from '../AppModal';
import { ModalActions } from '../ModalActions';

interface PersonFormModalProps {
  /** The person to edit; without one the form creates a new person. */
  person?: Person;
  /** Preselected unit for a new person. */
  defaultOrgUnitId?: string;
  opened: boolean;
  onClose: () => void;
  onSaved?: (person: Person) => void;
}

/** Register a person, or edit one (including moving them to another unit). */
export function PersonFormModal(props: PersonFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={props.opened} onClose={props.onClose} size="lg" title={props.person ? t('people.edit.title', { name: props.person.name }) : t('people.create.title')}>
      {props.opened && <PersonForm {...props} />}
    </AppModal>
  );
}

function PersonForm({ person, defaultOrgUnitId, onClose, onSaved }: PersonFormModalProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    name: person?.name ?? '',
    email: person?.email ?? '',
    title: person?.title ?? '',
    orgUnitId: person?.orgUnitId ?? defaultOrgUnitId ?? null,
    managerId: person?.managerId ?? null,
    employmentStatus: person?.employmentStatus ?? ('active' as EmploymentStatus),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));

  const input = {
    name: values.name.trim(),
    email: values.email.trim(),
    title: values.title.trim() || null,
    orgUnitId: values.orgUnitId ?? undefined,
    managerId: values.managerId,
    employmentStatus: values.employmentStatus,
  };

  /** For an edit, only what changed (plus the version it was based on). */
  const changesTo = (original: Person): PersonUpdate => {
    const changed: Record<string, unknown> = { version: original.version };
    for (const key of Object.keys(input) as (keyof typeof input)[]) {
      if ((input[key] ?? null) !== (original[key] ?? null)) changed[key] = input[key];
    }
    return changed as PersonUpdate;
  };
  const body = (): PersonCreate | PersonUpdate => (person ? changesTo(person) : (input as PersonCreate));

  const save = useMutation({
    mutationFn: () => (person ? updatePerson(person.id, changesTo(person)) : createPerson(input as PersonCreate)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      notifySuccess(person ? t('people.edit.done', { name: saved.name }) : t('people.create.done', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(person ? personUpdate : personCreate, body());
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: ['people'] });
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('people.fields.name')} required data-autofocus value={values.name} error={errors.name} onChange={(e) => set('name', e.currentTarget.value)} />
          <TextInput label={t('people.fields.email')} required type="email" value={values.email} error={errors.email} onChange={(e) => set('email', e.currentTarget.value)} />
          <TextInput label={t('people.fields.title')} value={values.title} error={errors.title} onChange={(e) => set('title', e.currentTarget.value)} />
          <Select
            label={t('people.fields.status')}
            required
            allowDeselect={false}
            value={values.employmentStatus}
            onChange={(value) => value && set('employmentStatus', value as EmploymentStatus)}
            data={employmentStatuses.map((status) => ({ value: status, label: label(employmentStatusLabels[status]) }))}
          />
          <OrgUnitSelect label={t('people.fields.orgUnit')} required value={values.orgUnitId} onChange={(id) => set('orgUnitId', id)} error={errors.orgUnitId} />
          <PersonSelect
            label={t('people.fields.manager')}
            value={values.managerId}
            selectedName={person?.managerId === values.managerId ? person?.managerName : undefined}
            excludeId={person?.id}
            onChange={(id) => set('managerId', id)}
            error={errors.managerId}
          />
        </SimpleGrid>
        <ProblemAlert error={save.error} onReload={reload} />
        <ModalActions submitLabel={person ? t('common.save') : t('common.create')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
