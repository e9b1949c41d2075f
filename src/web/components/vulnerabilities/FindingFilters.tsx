import { Select, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { findingSeverities, findingStatuses, findingStatusLabels, type FindingSeverity, type FindingStatus } from '../../../shared/schemas/vulnerability';
import { scanScopesQuery, type FindingSummary } from '../../api/vulnerabilities';
import { useLabel } from '../../i18n';
import type { FindingListSearch, useFindingListSearch } from './useFindingListSearch';
import { severityKey } from './vulnerabilityLabels';

interface FindingFiltersProps {
  search: FindingListSearch;
  list: ReturnType<typeof useFindingListSearch>;
  /** The findings shown: their assets are the asset filter's choices (there is no list of assets to ask for). */
  shown: FindingSummary[];
}

export function FindingFilters({ search, list, shown }: FindingFiltersProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const scopes = useQuery(scanScopesQuery);
  const assets = new Map(shown.map((finding) => [finding.asset.id, finding.asset.key]));
  // A chosen asset stays offered even when the page shows none of its findings.
  if (search.asset && !assets.has(search.asset)) assets.set(search.asset, t('vulnerabilities.findings.asset'));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md" role="search" aria-label={t('vulnerabilities.findings.filters')}>
      <Select
        label={t('vulnerabilities.findings.scope')}
        clearable
        searchable
        value={search.scope ?? null}
        onChange={(value) => list.update({ scope: value ?? undefined, asset: undefined })}
        data={(scopes.data?.items ?? []).map((scope) => ({ value: scope.id, label: scope.name }))}
      />
      <Select
        label={t('vulnerabilities.findings.asset')}
        clearable
        searchable
        value={search.asset ?? null}
        onChange={(value) => list.update({ asset: value ?? undefined })}
        data={[...assets].map(([id, key]) => ({ value: id, label: key }))}
      />
      <Select
        label={t('vulnerabilities.findings.severity')}
        clearable
        value={search.severity ?? null}
        onChange={(value) => list.update({ severity: (value as FindingSeverity | null) ?? undefined })}
        data={findingSeverities.map((severity) => ({ value: severity, label: t(severityKey(severity)) }))}
      />
      <Select
        label={t('vulnerabilities.findings.status')}
        clearable
        value={search.status ?? null}
        onChange={(value) => list.update({ status: (value as FindingStatus | null) ?? undefined })}
        data={findingStatuses.map((status) => ({ value: status, label: label(findingStatusLabels[status]) }))}
      />
    </SimpleGrid>
  );
}
