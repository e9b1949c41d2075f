import { Group, Radio, Select, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roleCodes, roleLabels, type RoleCode, type ScopeType } from '../../../shared/roles';
import { roleAssignmentCreate } from '../../../shared/schemas/roles';
import { assignRole } from '../../api/roles';
import { useLabel } from '../../i18n';
import { formErrors } from '../formErrors';
import { notifySuccess } from '../notify';
import { OrgUnitSelect } from '../OrgUnitSelect';
import { PersonSelect } from '../PersonSelect';
import { ProblemAlert } from '../ProblemAlert';
import { AppModal } from '../AppModal';
import { ModalActions } from '../ModalActions';

interface AssignRoleModalProps {
  opened: boolean;
  onClose: () => void;
  defaultPersonId?: string;
}

/** Give a person a role, for the whole organisation or for one unit and the units below it. */
export function AssignRoleModal(props: AssignRoleModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={t('roles.assign.title')}>
      {props.opened && <AssignRoleForm {...props} />}
    </AppModal>
  );
}

function AssignRoleForm({ onClose, defaultPersonId }: AssignRoleModalProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(defaultPersonId ?? null);
  const [role, setRole] = useState<RoleCode | null>(null);
  const [scopeType, setScopeType] = useState<ScopeType>('org_unit');
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const input = {
    personId: personId ?? undefined,
    role: role ?? undefined,
    scopeType,
    ...(scopeType === 'org_unit' ? { orgUnitId: orgUnitId ?? undefined } : {}),
  };

  const save = useMutation({
    mutationFn: () => assignRole(roleAssignmentCreate.parse(input)),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['role-assignments'] }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]);
      notifySuccess(t('roles.assign.done'));
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(roleAssignmentCreate, input);
    // The schema's cross-field rule reports a missing unit without a field type; say it plainly.
    if (scopeType === 'org_unit' && !orgUnitId) found.orgUnitId = t('validation.required');
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PersonSelect label={t('roles.fields.person')} required data-autofocus value={personId} onChange={setPersonId} error={errors.personId} />
        <Select
          label={t('roles.fields.role')}
          required
          searchable
          value={role}
          onChange={(value) => setRole(value as RoleCode | null)}
          error={errors.role}
          data={roleCodes.map((code) => ({ value: code, label: label(roleLabels[code]) }))}
        />
        <Radio.Group label={t('roles.fields.scope')} required value={scopeType} onChange={(value) => setScopeType(value as ScopeType)}>
          <Stack gap="xs" mt="xs">
            <Radio value="org_unit" label={t('roles.assign.scopeUnit')} />
            <Radio value="tenant" label={t('scope.tenant')} />
          </Stack>
        </Radio.Group>
        {scopeType === 'org_unit' && (
          <OrgUnitSelect
            label={t('roles.fields.orgUnit')}
            description={t('roles.assign.unitHelp')}
            required
            value={orgUnitId}
            onChange={setOrgUnitId}
            error={errors.orgUnitId}
          />
        )}
        <ProblemAlert error={save.error} />
        <ModalActions submitLabel={t('roles.assign.submit')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
