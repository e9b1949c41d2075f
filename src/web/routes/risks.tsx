import { Group, Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { riskSorts } from '../../shared/schemas/risk';
import { riskRegisterExportUrl, riskRegisterQuery, type RiskSort } from '../api/riskRegister';
import { useMe } from '../auth/useMe';
import { useLocale } from '../i18n';
import { PageHeading } from '../components/PageHeading';
import { ExportLink } from '../components/register/ExportLink';
import { useListSearch } from '../components/register/useListSearch';
import { RiskHeatMaps } from '../components/riskRegister/RiskHeatMaps';
import { RiskRegisterFilters } from '../components/riskRegister/RiskRegisterFilters';
import { RiskRegisterTable } from '../components/riskRegister/RiskRegisterTable';
import { RiskRegisterViews } from '../components/riskRegister/RiskRegisterViews';
import { RiskTrendChart } from '../components/riskRegister/RiskTrendChart';
import { registerFilterOf } from '../components/riskRegister/riskRegisterSearch';

const route = getRouteApi('/app/risks');

/**
 * The risk register: every risk in the caller's reach, filtered per riskägare, förvaltning or
 * centrally, with inherent and residual heat maps, levels over time and an XLSX export.
 */
export function RisksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useLocale();
  const search = route.useSearch();
  const list = useListSearch('/risks', search);
  const filter = registerFilterOf(search);
  const sort: RiskSort = search.sort ?? 'score';
  const risks = useQuery(riskRegisterQuery(filter, { sort, ...list.paging }));

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('riskRegister.title')} />
        <ExportLink href={riskRegisterExportUrl(filter, locale)} />
      </Group>
      <RiskRegisterViews search={search} personId={me.personId} onChoose={() => list.changeText('')} />
      <RiskRegisterFilters search={search} text={list.text} onText={list.changeText} update={list.update} me={me} />
      <RiskHeatMaps filter={filter} />
      <Stack gap="xs" mb="xl">
        <Select
          label={t('riskRegister.sort.label')}
          w={260}
          allowDeselect={false}
          value={sort}
          onChange={(value) => list.update({ sort: value === 'score' ? undefined : ((value ?? undefined) as RiskSort | undefined) })}
          data={riskSorts.map((option) => ({ value: option, label: t(`riskRegister.sort.${option}`) }))}
        />
        <RiskRegisterTable query={risks} page={list.page} onPage={(page) => list.update({ page })} />
      </Stack>
      <RiskTrendChart filter={filter} />
    </>
  );
}
