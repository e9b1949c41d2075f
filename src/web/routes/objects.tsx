import { Button, Select, Switch, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleGrants } from '../../shared/permissions';
import { objectState, type ObjectState } from '../../shared/schemas/register';
import { objectsExportUrl, objectsQuery, type ObjectFilter } from '../api/register';
import { useMe } from '../auth/useMe';
import { AnchorLink } from '../components/links';
import { ListFilterBar } from '../components/register/ListFilterBar';
import { ListPageHeader } from '../components/register/ListPageHeader';
import { ObjectFormModal } from '../components/register/ObjectFormModal';
import { ObjectStateBadge } from '../components/register/ObjectStateBadge';
import { PagedListTable } from '../components/register/PagedListTable';
import { ProfileBadge } from '../components/register/ProfileBadge';
import { useListSearch } from '../components/register/useListSearch';

const route = getRouteApi('/app/objects');

/** Förvaltningsobjekt in the caller's reach, with profile and coverage state, filtered and exported. */
export function ObjectsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const list = useListSearch('/objects', search);
  const [creating, setCreating] = useState(false);
  // Objects are created in an org unit: an object-scoped grant cannot make new ones.
  const canCreate = me.grants.some((grant) => grant.scopeType !== 'object' && roleGrants(grant.role, 'register.manage'));

  const filter: ObjectFilter = { q: search.q, orgUnitId: search.unit, status: search.state, critical: search.critical, needsReview: search.review };
  const objects = useQuery(objectsQuery({ ...filter, ...list.paging }));

  return (
    <>
      <ListPageHeader
        title={t('register.objects.title')}
        exportHref={objectsExportUrl(filter)}
        action={canCreate && <Button onClick={() => setCreating(true)}>{t('register.objects.create.button')}</Button>}
      />
      <ListFilterBar
        cols={{ base: 1, sm: 2, lg: 5 }}
        label={t('register.objects.filters')}
        searchLabel={t('register.objects.search')}
        text={list.text}
        onText={list.changeText}
        unit={search.unit}
        onUnit={(unit) => list.update({ unit })}
      >
        <Select
          label={t('register.objects.fields.state')}
          clearable
          value={search.state ?? null}
          onChange={(value) => list.update({ state: (value as ObjectState | null) ?? undefined })}
          data={objectState.options.map((state) => ({ value: state, label: t(`register.state.${state}`) }))}
        />
        <Switch label={t('register.objects.onlyCritical')} checked={search.critical ?? false} onChange={(event) => list.update({ critical: event.currentTarget.checked || undefined })} mt={{ lg: 'xl' }} />
        <Switch label={t('register.objects.onlyNeedsReview')} checked={search.review ?? false} onChange={(event) => list.update({ review: event.currentTarget.checked || undefined })} mt={{ lg: 'xl' }} />
      </ListFilterBar>
      <PagedListTable
        query={objects}
        minWidth={1000}
        label={t('register.objects.tableLabel')}
        columns={[
          t('register.objects.fields.name'),
          t('register.objects.fields.orgUnit'),
          t('register.objects.fields.owners'),
          t('register.objects.fields.profile'),
          t('register.objects.fields.state'),
          t('register.objects.fields.sets'),
        ]}
        emptyText={t('register.objects.empty')}
        page={list.page}
        onPage={(page) => list.update({ page })}
        row={(object) => (
          <Table.Tr key={object.id}>
            <Table.Td>
              <AnchorLink to="/objects/$objectId" params={{ objectId: object.id }}>
                {object.name}
              </AnchorLink>
              {object.critical && (
                <Text size="xs" component="div">
                  {t('register.objects.criticalTag')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{object.orgUnitName}</Table.Td>
            <Table.Td>{object.owners.map((owner) => owner.name).join(', ') || '–'}</Table.Td>
            <Table.Td>
              <ProfileBadge profile={object.profile} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <ObjectStateBadge state={object.state} />
              {object.needsReview && (
                <Text size="xs" component="div">
                  {t('register.needsReview')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{t('register.objects.setsApproved', { approved: object.approvedSetCount, total: object.informationSetCount })}</Table.Td>
          </Table.Tr>
        )}
      />
      <ObjectFormModal
        opened={creating}
        defaultOrgUnitId={search.unit}
        onClose={() => setCreating(false)}
        onSaved={(object) => void navigate({ to: '/objects/$objectId', params: { objectId: object.id } })}
      />
    </>
  );
}
