import { Select, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hostingKinds, hostingLabels, type HostingKind } from '../../shared/register';
import { systemsExportUrl, systemsQuery, type SystemFilter } from '../api/register';
import { AnchorLink } from '../components/links';
import { ListFilterBar } from '../components/register/ListFilterBar';
import { ListPageHeader } from '../components/register/ListPageHeader';
import { PagedListTable } from '../components/register/PagedListTable';
import { ProfileBadge } from '../components/register/ProfileBadge';
import { useListSearch } from '../components/register/useListSearch';
import { useLabel } from '../i18n';

const route = getRouteApi('/app/systems');

/** Every IT system in the caller's reach, with its object and derived profile. Systems are added on their object's page. */
export function SystemsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const search = route.useSearch();
  const list = useListSearch('/systems', search);

  const filter: SystemFilter = { q: search.q, orgUnitId: search.unit, hosting: search.hosting };
  const systems = useQuery(systemsQuery({ ...filter, ...list.paging }));

  return (
    <>
      <ListPageHeader title={t('register.systems.title')} exportHref={systemsExportUrl(filter)} />
      <Text mb="md">{t('register.systems.intro')}</Text>
      <ListFilterBar
        cols={{ base: 1, sm: 3 }}
        label={t('register.systems.filters')}
        searchLabel={t('register.systems.search')}
        text={list.text}
        onText={list.changeText}
        unit={search.unit}
        onUnit={(unit) => list.update({ unit })}
      >
        <Select
          label={t('register.systems.fields.hosting')}
          clearable
          value={search.hosting ?? null}
          onChange={(value) => list.update({ hosting: (value as HostingKind | null) ?? undefined })}
          data={hostingKinds.map((kind) => ({ value: kind, label: label(hostingLabels[kind]) }))}
        />
      </ListFilterBar>
      <PagedListTable
        query={systems}
        minWidth={900}
        label={t('register.systems.tableLabel')}
        columns={[
          t('register.systems.fields.name'),
          t('register.systems.fields.object'),
          t('register.systems.fields.supplier'),
          t('register.systems.fields.hosting'),
          t('register.systems.fields.integrations'),
          t('register.systems.fields.derivedProfile'),
        ]}
        emptyText={t('register.systems.empty')}
        page={list.page}
        onPage={(page) => list.update({ page })}
        row={(system) => (
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
        )}
      />
    </>
  );
}
