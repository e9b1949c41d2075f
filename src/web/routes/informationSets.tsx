import { Group, Loader, Select, SimpleGrid, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classificationStatuses, classificationStatusLabels } from '../../shared/classification/workflow';
import { informationSetsExportUrl, informationSetsQuery, type InformationSetFilter } from '../api/register';
import { AnchorLink } from '../components/links';
import { OrgUnitSelect } from '../components/OrgUnitSelect';
import { PageHeading } from '../components/PageHeading';
import { Paging } from '../components/Paging';
import { ProblemAlert } from '../components/ProblemAlert';
import { ClassificationSummary } from '../components/register/ClassificationSummary';
import { ExportLink } from '../components/register/ExportLink';
import { ReviewMarker } from '../components/register/ReviewMarker';
import { TableHead } from '../components/TableHead';
import { useLabel } from '../i18n';

const route = getRouteApi('/app/information-sets');
const pageSize = 50;

/** Every information set in the caller's reach with its classification; sets are added on their object's page. */
export function InformationSetsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const search = route.useSearch();
  const navigate = useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const page = search.page ?? 1;

  type Search = typeof search;
  const update = (changes: Partial<Search>) =>
    void navigate({ to: '/information-sets', search: (old: Search) => ({ ...old, page: undefined, ...changes }), replace: true });
  const updateText = useDebouncedCallback((q: string) => update({ q: q.trim() || undefined }), 300);

  const filter: InformationSetFilter = { q: search.q, orgUnitId: search.unit, status: search.status, personalData: search.personal };
  const sets = useQuery(informationSetsQuery({ ...filter, limit: pageSize, offset: (page - 1) * pageSize }));

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('register.sets.title')} />
        <ExportLink href={informationSetsExportUrl(filter)} />
      </Group>
      <Text mb="md">{t('register.sets.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md" role="search" aria-label={t('register.sets.filters')}>
        <TextInput
          type="search"
          label={t('register.sets.search')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            updateText(event.currentTarget.value);
          }}
        />
        <OrgUnitSelect label={t('register.objects.fields.orgUnit')} clearable includeClosed value={search.unit ?? null} onChange={(id) => update({ unit: id ?? undefined })} />
        <Select
          label={t('register.sets.fields.status')}
          clearable
          value={search.status ?? null}
          onChange={(value) => update({ status: (value as InformationSetFilter['status'] | null) ?? undefined })}
          data={[
            ...classificationStatuses.map((status) => ({ value: status, label: label(classificationStatusLabels[status]) })),
            { value: 'none', label: t('register.notClassified') },
          ]}
        />
        <Switch label={t('register.sets.personalDataOnly')} checked={search.personal ?? false} onChange={(event) => update({ personal: event.currentTarget.checked || undefined })} mt={{ lg: 'xl' }} />
      </SimpleGrid>
      <ProblemAlert error={sets.error} />
      {sets.isPending && <Loader aria-label={t('common.loading')} />}
      {sets.data && (
        <>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover aria-label={t('register.sets.tableLabel')}>
              <TableHead
                columns={[
                  t('register.sets.fields.name'),
                  t('register.sets.fields.object'),
                  t('register.objects.fields.orgUnit'),
                  t('register.sets.fields.owner'),
                  t('register.sets.fields.type'),
                  t('register.sets.fields.personalData'),
                  t('register.sets.fields.classification'),
                ]}
              />
              <Table.Tbody>
                {sets.data.items.map((set) => (
                  <Table.Tr key={set.id}>
                    <Table.Td>
                      <AnchorLink to="/information-sets/$setId" params={{ setId: set.id }}>
                        {set.name}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <AnchorLink to="/objects/$objectId" params={{ objectId: set.objectId }}>
                        {set.objectName}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{set.orgUnitName}</Table.Td>
                    <Table.Td>{set.owner?.name ?? '–'}</Table.Td>
                    <Table.Td>{set.informationTypeName ?? '–'}</Table.Td>
                    <Table.Td>{set.specialCategories ? t('register.sets.specialCategoriesShort') : set.personalData ? t('common.yes') : t('common.no')}</Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        <ClassificationSummary classification={set.classification} />
                        {set.needsReview && <ReviewMarker reason={set.needsReview.reason} />}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {sets.data.items.length === 0 && <Text mt="md">{t('register.sets.empty')}</Text>}
          <Paging page={page} pageSize={pageSize} total={sets.data.total} onPage={(next) => update({ page: next })} />
        </>
      )}
    </>
  );
}
