import { Button, Group, Loader, Select, SimpleGrid, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { employmentStatuses, employmentStatusLabels, type EmploymentStatus } from '../../shared/orgUnitTypes';
import { peopleQuery } from '../api/people';
import { hasPermission } from '../auth/access';
import { useMe } from '../auth/useMe';
import { AnchorLink } from '../components/links';
import { OrgUnitSelect } from '../components/OrgUnitSelect';
import { PageHeading } from '../components/PageHeading';
import { Paging } from '../components/Paging';
import { EmploymentStatusBadge } from '../components/people/EmploymentStatusBadge';
import { PersonFormModal } from '../components/people/PersonFormModal';
import { ProblemAlert } from '../components/ProblemAlert';
import { useLabel } from '../i18n';
import { TableHead } from '../components/TableHead';

const route = getRouteApi('/app/people');
const pageSize = 50;

export function PeoplePage() {
  const { t } = useTranslation();
  const label = useLabel();
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [text, setText] = useState(search.q ?? '');
  const page = search.page ?? 1;
  const subtree = search.subtree ?? true;

  type Search = typeof search;
  const update = (changes: Partial<Search>) =>
    void navigate({ to: '/people', search: (old: Search) => ({ ...old, page: undefined, ...changes }), replace: true });
  const updateText = useDebouncedCallback((q: string) => update({ q: q.trim() || undefined }), 300);

  const people = useQuery(
    peopleQuery({
      q: search.q,
      orgUnitId: search.unit,
      subtree,
      status: search.status,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }),
  );

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('people.title')} />
        {hasPermission(me, 'people.manage') && <Button onClick={() => setCreating(true)}>{t('people.create.button')}</Button>}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md" role="search" aria-label={t('people.filters')}>
        <TextInput
          type="search"
          label={t('people.search')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            updateText(event.currentTarget.value);
          }}
        />
        <OrgUnitSelect label={t('people.fields.orgUnit')} clearable includeClosed value={search.unit ?? null} onChange={(id) => update({ unit: id ?? undefined })} />
        <Switch
          label={t('people.includeSubunits')}
          checked={subtree}
          disabled={!search.unit}
          onChange={(event) => update({ subtree: event.currentTarget.checked ? undefined : false })}
          mt={{ sm: 'xl' }}
        />
        <Select
          label={t('people.fields.status')}
          clearable
          value={search.status ?? null}
          onChange={(value) => update({ status: (value as EmploymentStatus | null) ?? undefined })}
          data={employmentStatuses.map((status) => ({ value: status, label: label(employmentStatusLabels[status]) }))}
        />
      </SimpleGrid>
      <ProblemAlert error={people.error} />
      {people.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {people.data && (
        <>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover aria-label={t('people.tableLabel')}>
              <TableHead columns={[t('people.fields.name'), t('people.fields.title'), t('people.fields.email'), t('people.fields.orgUnit'), t('people.fields.manager'), t('people.fields.status'), t('people.fields.hasLogin')]} />
              <Table.Tbody>
                {people.data.items.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <AnchorLink to="/people/$personId" params={{ personId: person.id }}>
                        {person.name}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{person.title}</Table.Td>
                    <Table.Td>{person.email}</Table.Td>
                    <Table.Td>{person.orgUnitName}</Table.Td>
                    <Table.Td>{person.managerName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <EmploymentStatusBadge status={person.employmentStatus} />
                    </Table.Td>
                    <Table.Td>{person.hasLogin ? t('common.yes') : t('common.no')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {people.data.items.length === 0 && <Text mt="md">{t('people.empty')}</Text>}
          <Paging page={page} pageSize={pageSize} total={people.data.total} onPage={(next) => update({ page: next })} />
        </>
      )}
      <PersonFormModal
        opened={creating}
        defaultOrgUnitId={search.unit}
        onClose={() => setCreating(false)}
        onSaved={(person) => void navigate({ to: '/people/$personId', params: { personId: person.id } })}
      />
    </>
  );
}
