import { Button, Group, Loader, Select, SimpleGrid, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleGrants } from '../../shared/permissions';
import { objectState, type ObjectState } from '../../shared/schemas/register';
import { objectsExportUrl, objectsQuery, type ObjectFilter } from '../api/register';
import { useMe } from '../auth/useMe';
import { AnchorLink } from '../components/links';
import { OrgUnitSelect } from '../components/OrgUnitSelect';
import { PageHeading } from '../components/PageHeading';
import { Paging } from '../components/Paging';
import { ProblemAlert } from '../components/ProblemAlert';
import { ExportLink } from '../components/register/ExportLink';
import { ObjectFormModal } from '../components/register/ObjectFormModal';
import { ObjectStateBadge } from '../components/register/ObjectStateBadge';
import { ProfileBadge } from '../components/register/ProfileBadge';
import { TableHead } from '../components/TableHead';

const route = getRouteApi('/app/objects');
const pageSize = 50;

/** Förvaltningsobjekt in the caller's reach, with profile and coverage state, filtered and exported. */
export function ObjectsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [text, setText] = useState(search.q ?? '');
  const page = search.page ?? 1;
  // Objects are created in an org unit: an object-scoped grant cannot make new ones.
  const canCreate = me.grants.some((grant) => grant.scopeType !== 'object' && roleGrants(grant.role, 'register.manage'));

  type Search = typeof search;
  const update = (changes: Partial<Search>) =>
    void navigate({ to: '/objects', search: (old: Search) => ({ ...old, page: undefined, ...changes }), replace: true });
  const updateText = useDebouncedCallback((q: string) => update({ q: q.trim() || undefined }), 300);

  const filter: ObjectFilter = { q: search.q, orgUnitId: search.unit, status: search.state, critical: search.critical, needsReview: search.review };
  const objects = useQuery(objectsQuery({ ...filter, limit: pageSize, offset: (page - 1) * pageSize }));

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('register.objects.title')} />
        <Group gap="xs">
          <ExportLink href={objectsExportUrl(filter)} />
          {canCreate && <Button onClick={() => setCreating(true)}>{t('register.objects.create.button')}</Button>}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} mb="md" role="search" aria-label={t('register.objects.filters')}>
        <TextInput
          type="search"
          label={t('register.objects.search')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            updateText(event.currentTarget.value);
          }}
        />
        <OrgUnitSelect label={t('register.objects.fields.orgUnit')} clearable includeClosed value={search.unit ?? null} onChange={(id) => update({ unit: id ?? undefined })} />
        <Select
          label={t('register.objects.fields.state')}
          clearable
          value={search.state ?? null}
          onChange={(value) => update({ state: (value as ObjectState | null) ?? undefined })}
          data={objectState.options.map((state) => ({ value: state, label: t(`register.state.${state}`) }))}
        />
        <Switch label={t('register.objects.onlyCritical')} checked={search.critical ?? false} onChange={(event) => update({ critical: event.currentTarget.checked || undefined })} mt={{ lg: 'xl' }} />
        <Switch label={t('register.objects.onlyNeedsReview')} checked={search.review ?? false} onChange={(event) => update({ review: event.currentTarget.checked || undefined })} mt={{ lg: 'xl' }} />
      </SimpleGrid>
      <ProblemAlert error={objects.error} />
      {objects.isPending && <Loader aria-label={t('common.loading')} />}
      {objects.data && (
        <>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover aria-label={t('register.objects.tableLabel')}>
              <TableHead
                columns={[
                  t('register.objects.fields.name'),
                  t('register.objects.fields.orgUnit'),
                  t('register.objects.fields.owners'),
                  t('register.objects.fields.profile'),
                  t('register.objects.fields.state'),
                  t('register.objects.fields.sets'),
                ]}
              />
              <Table.Tbody>
                {objects.data.items.map((object) => (
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
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {objects.data.items.length === 0 && <Text mt="md">{t('register.objects.empty')}</Text>}
          <Paging page={page} pageSize={pageSize} total={objects.data.total} onPage={(next) => update({ page: next })} />
        </>
      )}
      <ObjectFormModal
        opened={creating}
        defaultOrgUnitId={search.unit}
        onClose={() => setCreating(false)}
        onSaved={(object) => void navigate({ to: '/objects/$objectId', params: { objectId: object.id } })}
      />
    </>
  );
}
