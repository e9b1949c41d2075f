import { Button, Group, Loader, Select, SimpleGrid, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleCodes, roleLabels, type RoleCode } from '../../shared/roles';
import { orgUnitsQuery } from '../api/org';
import { revokeRole, roleAssignmentsQuery, type RoleAssignment } from '../api/roles';
import { hasPermission, hasPermissionAt } from '../auth/access';
import { useMe } from '../auth/useMe';
import { ConfirmModal } from '../components/ConfirmModal';
import { AnchorLink } from '../components/links';
import { notifySuccess } from '../components/notify';
import { PageHeading } from '../components/PageHeading';
import { PersonSelect } from '../components/PersonSelect';
import { ProblemAlert } from '../components/ProblemAlert';
import { AssignRoleModal } from '../components/roles/AssignRoleModal';
import { useScopeLabel } from '../components/ScopeLabel';
import { formatDate } from '../i18n/dates';
import { useLabel, useLocale } from '../i18n';
import { TableHead } from '../components/TableHead';

const route = getRouteApi('/app/roles');

export function RolesPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const scopeLabel = useScopeLabel();
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [assigning, setAssigning] = useState(false);
  const [revoking, setRevoking] = useState<RoleAssignment | null>(null);

  const assignments = useQuery(roleAssignmentsQuery({ personId: search.person, role: search.role }));
  const units = useQuery({ ...orgUnitsQuery, enabled: hasPermission(me, 'org.read') });
  const parentOf = useMemo(() => {
    const parents = new Map((units.data ?? []).map((unit) => [unit.id, unit.parentId]));
    return (id: string) => parents.get(id);
  }, [units.data]);
  const canRevoke = (assignment: RoleAssignment) =>
    hasPermissionAt(me, 'roles.manage', assignment.scopeType === 'tenant' ? null : assignment.orgUnitId, parentOf);
  const canReadPeople = hasPermission(me, 'people.read');

  type Search = typeof search;
  const update = (changes: Partial<Search>) =>
    void navigate({ to: '/roles', search: (old: Search) => ({ ...old, ...changes }), replace: true });

  const revoke = useMutation({
    mutationFn: (assignment: RoleAssignment) => revokeRole(assignment.id),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['role-assignments'] }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]);
      notifySuccess(t('roles.revoke.done'));
      setRevoking(null);
    },
  });

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('roles.title')} />
        {hasPermission(me, 'roles.manage') && <Button onClick={() => setAssigning(true)}>{t('roles.assign.button')}</Button>}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" maw={800} role="search" aria-label={t('roles.filters')}>
        {canReadPeople && (
          <PersonSelect label={t('roles.fields.person')} value={search.person ?? null} onChange={(id) => update({ person: id ?? undefined })} />
        )}
        <Select
          label={t('roles.fields.role')}
          clearable
          searchable
          value={search.role ?? null}
          onChange={(value) => update({ role: (value as RoleCode | null) ?? undefined })}
          data={roleCodes.map((code) => ({ value: code, label: label(roleLabels[code]) }))}
        />
      </SimpleGrid>
      <ProblemAlert error={assignments.error} />
      {assignments.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {assignments.data && assignments.data.length === 0 && <Text>{t('roles.empty')}</Text>}
      {assignments.data && assignments.data.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped highlightOnHover aria-label={t('roles.tableLabel')}>
            <TableHead columns={[t('roles.fields.person'), t('roles.fields.role'), t('roles.fields.scope'), t('roles.fields.createdAt')]} actions />
            <Table.Tbody>
              {assignments.data.map((assignment) => (
                <Table.Tr key={assignment.id}>
                  <Table.Td>
                    {canReadPeople ? (
                      <AnchorLink to="/people/$personId" params={{ personId: assignment.personId }}>
                        {assignment.personName}
                      </AnchorLink>
                    ) : (
                      assignment.personName
                    )}
                  </Table.Td>
                  <Table.Td>{label(roleLabels[assignment.role])}</Table.Td>
                  <Table.Td>{scopeLabel(assignment)}</Table.Td>
                  <Table.Td>{formatDate(assignment.createdAt, locale)}</Table.Td>
                  <Table.Td>
                    {canRevoke(assignment) && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        aria-label={t('roles.revoke.buttonFor', { role: label(roleLabels[assignment.role]), name: assignment.personName })}
                        onClick={() => setRevoking(assignment)}
                      >
                        {t('roles.revoke.button')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AssignRoleModal opened={assigning} onClose={() => setAssigning(false)} defaultPersonId={search.person} />
      <ConfirmModal
        opened={revoking !== null}
        title={t('roles.revoke.title')}
        confirmLabel={t('roles.revoke.button')}
        danger
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => {
          revoke.reset();
          setRevoking(null);
        }}
      >
        {revoking
          ? t('roles.revoke.confirm', { name: revoking.personName, role: label(roleLabels[revoking.role]), scope: scopeLabel(revoking) })
          : ''}
      </ConfirmModal>
    </>
  );
}
