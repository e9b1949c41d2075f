import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabels } from '../../../shared/roles';
import { objectRoleCreate } from '../../../shared/schemas/register';
import { addObjectRole, refreshRegister, removeObjectRole, type ObjectDetail } from '../../api/register';
import { useLabel } from '../../i18n';
import { AppModal } from '../AppModal';
import { ConfirmModal } from '../ConfirmModal';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { PersonSelect } from '../PersonSelect';
import { ProblemAlert } from '../ProblemAlert';
import { TableHead } from '../TableHead';

type ObjectRole = ObjectDetail['roles'][number];
type ObjectRoleCode = (typeof objectRoleCreate.shape.role.options)[number];
const objectRoleCodes = objectRoleCreate.shape.role.options;

/** Roles on the object change what people may do: the register, the assignments and the signed-in person's own grants. */
async function refreshRoles(queryClient: QueryClient) {
  await Promise.all([refreshRegister(queryClient), queryClient.invalidateQueries({ queryKey: ['role-assignments'] }), queryClient.invalidateQueries({ queryKey: ['me'] })]);
}

/** The people holding a role on this one object (objektägare, informationsägare, …), added and removed here. */
export function ObjectRoles({ object }: { object: ObjectDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ObjectRole | null>(null);
  const canManage = object.can.manage;

  const remove = useMutation({
    mutationFn: (role: ObjectRole) => removeObjectRole(object.id, role.assignmentId),
    onSuccess: async () => {
      await refreshRoles(queryClient);
      notifySuccess(t('register.roles.remove.done'));
      setRemoving(null);
    },
  });
  const roleName = (role: ObjectRole) => (role.role in roleLabels ? label(roleLabels[role.role as keyof typeof roleLabels]) : role.role);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm">{t('register.roles.scopeNote')}</Text>
        {canManage && <Button onClick={() => setAdding(true)}>{t('register.roles.add.button')}</Button>}
      </Group>
      {object.roles.length === 0 ? (
        <Text>{t('register.roles.empty')}</Text>
      ) : (
        <Table striped aria-label={t('register.roles.tableLabel')}>
          <TableHead columns={[t('register.roles.role'), t('register.roles.person')]} actions={canManage} />
          <Table.Tbody>
            {object.roles.map((role) => (
              <Table.Tr key={role.assignmentId}>
                <Table.Td>{roleName(role)}</Table.Td>
                <Table.Td>{role.person.name}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="outline"
                      color="red"
                      aria-label={t('register.roles.remove.buttonFor', { person: role.person.name, role: roleName(role) })}
                      onClick={() => {
                        remove.reset();
                        setRemoving(role);
                      }}
                    >
                      {t('register.roles.remove.button')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AddObjectRoleModal object={object} opened={adding} onClose={() => setAdding(false)} />
      <ConfirmModal
        opened={removing !== null}
        title={t('register.roles.remove.title')}
        confirmLabel={t('register.roles.remove.button')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      >
        {removing ? t('register.roles.remove.text', { person: removing.person.name, role: roleName(removing), name: object.name }) : ''}
      </ConfirmModal>
    </Stack>
  );
}

function AddObjectRoleModal({ object, opened, onClose }: { object: ObjectDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('register.roles.add.title', { name: object.name })}>
      {opened && <AddObjectRoleForm object={object} onClose={onClose} />}
    </AppModal>
  );
}

function AddObjectRoleForm({ object, onClose }: { object: ObjectDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(null);
  const [role, setRole] = useState<ObjectRoleCode | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const input = { personId: personId ?? undefined, role: role ?? undefined };

  const save = useMutation({
    mutationFn: () => addObjectRole(object.id, objectRoleCreate.parse(input)),
    onSuccess: async () => {
      await refreshRoles(queryClient);
      notifySuccess(t('register.roles.add.done'));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(objectRoleCreate, input);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PersonSelect label={t('register.roles.person')} required data-autofocus value={personId} onChange={setPersonId} error={errors.personId} />
        <Select
          label={t('register.roles.role')}
          required
          value={role}
          onChange={(value) => setRole(value as ObjectRoleCode | null)}
          error={errors.role}
          data={objectRoleCodes.map((code) => ({ value: code, label: label(roleLabels[code]) }))}
        />
        <ProblemAlert error={save.error} />
        <ModalActions submitLabel={t('register.roles.add.submit')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
