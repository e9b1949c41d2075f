import { Group, Loader, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostingKinds, hostingLabels, type HostingKind } from '../../shared/register';
import { systemsExportUrl, systemsQuery, type SystemFilter } from '../api/register';
import { AnchorLink } from '../components/links';
import { OrgUnitSelect } from '../components/OrgUnitSelect';
import { PageHeading } from '../components/PageHeading';
import { Paging } from '../components/Paging';
import { ProblemAlert } from '../components/ProblemAlert';
import { ExportLink } from '../components/register/ExportLink';
import { ProfileBadge } from '../components/register/ProfileBadge';
import { TableHead } from '../components/TableHead';
import { useLabel } from '../i18n';

const route = getRouteApi('/app/systems');
const pageSize = 50;

/** Every IT system in the caller's reach, with its object and derived profile. Systems are added on their object's page. */
export function SystemsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const search = route.useSearch();
  const navigate = useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const page = search.page ?? 1;

  type Search = typeof search;
  const update = (changes: Partial<Search>) =>
    void navigate({ to: '/systems', search: (old: Search) => ({ ...old, page: undefined, ...changes }), replace: true });
  const updateText = useDebouncedCallback((q: string) => update({ q: q.trim() || undefined }), 300);

  const filter: SystemFilter = { q: search.q, orgUnitId: search.unit, hosting: search.hosting };
  const systems = useQuery(systemsQuery({ ...filter, limit: pageSize, offset: (page - 1) * pageSize }));

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('register.systems.title')} />
        <ExportLink href={systemsExportUrl(filter)} />
      </Group>
      <Text mb="md">{t('register.systems.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md" role="search" aria-label={t('register.systems.filters')}>
        <TextInput
          type="search"
          label={t('register.systems.search')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            updateText(event.currentTarget.value);
          }}
        />
        <OrgUnitSelect label={t('register.objects.fields.orgUnit')} clearable includeClosed value={search.unit ?? null} onChange={(id) => update({ unit: id ?? undefined })} />
        <Select
          label={t('register.systems.fields.hosting')}
          clearable
          value={search.hosting ?? null}
          onChange={(value) => update({ hosting: (value as HostingKind | null) ?? undefined })}
          data={hostingKinds.map((kind) => ({ value: kind, label: label(hostingLabels[kind]) }))}
        />
      </SimpleGrid>
      <ProblemAlert error={systems.error} />
      {systems.isPending && <Loader aria-label={t('common.loading')} />}
      {systems.data && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover aria-label={t('register.systems.tableLabel')}>
              <TableHead
                columns={[
                  t('register.systems.fields.name'),
                  t('register.systems.fields.object'),
                  t('register.systems.fields.supplier'),
                  t('register.systems.fields.hosting'),
                  t('register.systems.fields.integrations'),
                  t('register.systems.fields.derivedProfile'),
                ]}
              />
              <Table.Tbody>
                {systems.data.items.map((system) => (
                  <Table.Tr key={system.id}>
                    <Table.Td>{system.name}</Table.Td>
                    <Table.Td>
                      <AnchorLink to="/objects/$objectId" params={{ objectId: system.objectId }} search={{ tab: 'systems' }}>
                        {system.objectName}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{system.supplier || '–'}</Table.Td>
                    <Table.Td>{label(hostingLabels[system.hosting])}</Table.Td>
                    <Table.Td>{system.integrations.length}</Table.Td>
                    <Table.Td>
                      <ProfileBadge profile={system.derivedProfile} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {systems.data.items.length === 0 && <Text mt="md">{t('register.systems.empty')}</Text>}
          <Paging page={page} pageSize={pageSize} total={systems.data.total} onPage={(next) => update({ page: next })} />
        </>
      )}
    </>
  );
}
