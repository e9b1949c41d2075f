import { Select, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { orgUnitTypeLabels, orgUnitTypes, type OrgUnitType } from '../../../shared/orgUnitTypes';
import { orgUnitCreate, orgUnitUpdate } from '../../../shared/schemas/org';
import { createOrgUnit, updateOrgUnit, type OrgUnit } from '../../api/org';
import { useLabel } from '../../i18n';
import { formErrors } from '../formErrors';
import { ProblemAlert } from '../ProblemAlert';
import { refreshOrgData, useOrgMutation } from './useOrgMutation';
import { AppModal } from '../AppModal';
import { ModalActions } from '../ModalActions';

type OrgUnitFormModalProps =
  | { mode: 'create'; parent: OrgUnit; opened: boolean; onClose: () => void; onCreated: (unit: OrgUnit) => void }
  | { mode: 'edit'; unit: OrgUnit; opened: boolean; onClose: () => void };

/** Create a unit under `parent`, or rename / change the type of `unit`. */
export function OrgUnitFormModal(props: OrgUnitFormModalProps) {
  const { t } = useTranslation();
  const title =
    props.mode === 'create' ? t('org.create.title', { parent: props.parent.name }) : t('org.edit.title', { name: props.unit.name });
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={title}>
      {props.opened && <OrgUnitForm {...props} />}
    </AppModal>
  );
}

function OrgUnitForm(props: OrgUnitFormModalProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const original = props.mode === 'edit' ? props.unit : null;
  const [name, setName] = useState(original?.name ?? '');
  const [type, setType] = useState<OrgUnitType>(original?.type ?? 'enhet');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = useOrgMutation(
    async () => {
      if (props.mode === 'create') return createOrgUnit({ name: name.trim(), type, parentId: props.parent.id });
      const changes = {
        version: props.unit.version,
        ...(name.trim() !== props.unit.name ? { name: name.trim() } : {}),
        ...(type !== props.unit.type ? { type } : {}),
      };
      return updateOrgUnit(props.unit.id, changes);
    },
    props.mode === 'create' ? t('org.create.done', { name: name.trim() }) : t('org.edit.done'),
    (saved) => {
      props.onClose();
      if (props.mode === 'create') props.onCreated(saved);
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value =
      props.mode === 'create'
        ? { name, type, parentId: props.parent.id }
        : { version: props.unit.version, name, type };
    const found = formErrors(props.mode === 'create' ? orgUnitCreate : orgUnitUpdate, value);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate(undefined);
  };

  const reload = async () => {
    await refreshOrgData(queryClient);
    props.onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('org.fields.name')}
          required
          data-autofocus
          value={name}
          error={errors.name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Select
          label={t('org.fields.type')}
          required
          allowDeselect={false}
          value={type}
          onChange={(value) => value && setType(value as OrgUnitType)}
          data={orgUnitTypes.map((code) => ({ value: code, label: label(orgUnitTypeLabels[code]) }))}
        />
        <ProblemAlert error={save.error} onReload={reload} />
        <ModalActions submitLabel={props.mode === 'create' ? t('common.create') : t('common.save')} loading={save.isPending} onCancel={props.onClose} />
      </Stack>
    </form>
  );
}
