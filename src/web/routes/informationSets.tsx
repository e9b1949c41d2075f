import { Group, Select, Switch, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { classificationStatuses, classificationStatusLabels } from '../../shared/classification/workflow';
import { informationSetsExportUrl, informationSetsQuery, type InformationSetFilter } from '../api/register';
import { AnchorLink } from '../components/links';
import { ClassificationSummary } from '../components/register/ClassificationSummary';
import { ListFilterBar } from '../components/register/ListFilterBar';
import { ListPageHeader } from '../components/register/ListPageHeader';
import { PagedListTable } from '../components/register/PagedListTable';
import { ReviewMarker } from '../components/register/ReviewMarker';
import { useListSearch } from '../components/register/useListSearch';
import { useLabel } from '../i18n';

const route = getRouteApi('/app/information-sets');

/** Every information set in the caller's reach with its classification; sets are added on their object's page. */
export function InformationSetsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const search = route.useSearch();
  const list = useListSearch('/information-sets', search);

  const filter: InformationSetFilter = { q: search.q, orgUnitId: search.unit, status: search.status, personalData: search.personal };
  const sets = useQuery(informationSetsQuery({ ...filter, ...list.paging }));

  return (
    <>
      <ListPageHeader title={t('register.sets.title')} exportHref={informationSetsExportUrl(filter)} />
      <Text mb="md">{t('register.sets.intro')}</Text>
      <ListFilterBar
        cols={{ base: 1, sm: 2, lg: 4 }}
        label={t('register.sets.filters')}
        searchLabel={t('register.sets.search')}
        text={list.text}
        onText={list.changeText}
        unit={search.unit}
        onUnit={(unit) => list.update({ unit })}
      >
        <Select
          label={t('register.sets.fields.status')}
          clearable
          value={search.status ?? null}
          onChange={(value) => list.update({ status: (value as InformationSetFilter['status'] | null) ?? undefined })}
          data={[
            ...classificationStatuses.map((status) => ({ value: status, label: label(classificationStatusLabels[status]) })),
            { value: 'none', label: t('register.notClassified') },
          ]}
        />
        <Switch label={t('register.sets.personalDataOnly')} checked={search.personal ?? false} onChange={(event) => list.update({ personal: event.currentTarget.checked || undefined })} mt={{ lg: 'xl' }} />
      </ListFilterBar>
      <PagedListTable
        query={sets}
        minWidth={1000}
        label={t('register.sets.tableLabel')}
        columns={[
          t('register.sets.fields.name'),
          t('register.sets.fields.object'),
          t('register.objects.fields.orgUnit'),
          t('register.sets.fields.owner'),
          t('register.sets.fields.type'),
          t('register.sets.fields.personalData'),
          t('register.sets.fields.classification'),
        ]}
        emptyText={t('register.sets.empty')}
        page={list.page}
        onPage={(page) => list.update({ page })}
        row={(set) => (
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
        )}
      />
    </>
  );
}
