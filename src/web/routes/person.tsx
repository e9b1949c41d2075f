import { Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabels } from '../../shared/roles';
import { orgUnitsQuery } from '../api/org';
import { personQuery } from '../api/people';
import { roleAssignmentsQuery } from '../api/roles';
import { hasPermission, hasPermissionAt } from '../auth/access';
import { useMe } from '../auth/useMe';
import { DescriptionList } from '../components/DescriptionList';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { EmploymentStatusBadge } from '../components/people/EmploymentStatusBadge';
import { PersonFormModal } from '../components/people/PersonFormModal';
import { ProblemAlert } from '../components/ProblemAlert';
import { useScopeLabel } from '../components/ScopeLabel';
import { useLabel } from '../i18n';
import { TableHead } from '../components/TableHead';

const route = getRouteApi('/app/people/$personId');

export function PersonPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { personId } = route.useParams();
  const [editing, setEditing] = useState(false);
  const person = useQuery(personQuery(personId));
  const units = useQuery({ ...orgUnitsQuery, enabled: hasPermission(me, 'org.read') });
  const parents = new Map((units.data ?? []).map((unit) => [unit.id, unit.parentId]));
  const canEdit = person.data ? hasPermissionAt(me, 'people.manage', person.data.orgUnitId, (id) => parents.get(id)) : false;

  return (
    <Stack maw={900}>
      <AnchorLink to="/people">{t('people.backToList')}</AnchorLink>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={person.data?.name ?? t('people.person')} />
        {canEdit && <Button onClick={() => setEditing(true)}>{t('people.edit.button')}</Button>}
      </Group>
      <ProblemAlert error={person.error} />
      {person.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {person.data && (
        <>
          <Paper withBorder p="md">
            <DescriptionList
              items={[
                { term: t('people.fields.email'), value: person.data.email },
                { term: t('people.fields.title'), value: person.data.title ?? '–' },
                { term: t('people.fields.orgUnit'), value: person.data.orgUnitName },
                {
                  term: t('people.fields.manager'),
                  value: person.data.managerId ? (
                    <AnchorLink to="/people/$personId" params={{ personId: person.data.managerId }}>
                      {person.data.managerName}
                    </AnchorLink>
                  ) : (
                    '–'
                  ),
                },
                { term: t('people.fields.status'), value: <EmploymentStatusBadge status={person.data.employmentStatus} /> },
                { term: t('people.fields.hasLogin'), value: person.data.hasLogin ? t('common.yes') : t('common.no') },
              ]}
            />
          </Paper>
          {hasPermission(me, 'roles.read') && <PersonRoles personId={person.data.id} />}
          <PersonFormModal person={person.data} opened={editing} onClose={() => setEditing(false)} />
        </>
      )}
    </Stack>
  );
}

/** The roles this person holds, with a way on to the roles page filtered to them. */
function PersonRoles({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const scopeLabel = useScopeLabel();
  const assignments = useQuery(roleAssignmentsQuery({ personId }));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="person-roles-heading">
      <Title order={2} size="h3" id="person-roles-heading" mb="sm">
        {t('people.roles')}
      </Title>
      <ProblemAlert error={assignments.error} />
      {assignments.data?.length === 0 && <Text>{t('people.noRoles')}</Text>}
      {assignments.data && assignments.data.length > 0 && (
        <Table aria-labelledby="person-roles-heading">
          <TableHead columns={[t('roles.fields.role'), t('roles.fields.scope')]} />
          <Table.Tbody>
            {assignments.data.map((assignment) => (
              <Table.Tr key={assignment.id}>
                <Table.Td>{label(roleLabels[assignment.role])}</Table.Td>
                <Table.Td>{scopeLabel(assignment)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AnchorLink to="/roles" search={{ person: personId }} mt="sm" display="inline-block">
        {t('people.manageRoles')}
      </AnchorLink>
    </Paper>
  );
}
