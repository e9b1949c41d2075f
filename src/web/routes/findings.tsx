import { Group, Loader, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { findingsQuery, type FindingSummary } from '../api/vulnerabilities';
import { useMe } from '../auth/useMe';
import { formatDate } from '../i18n/dates';
import { useLocale } from '../i18n';
import { AnchorLink, ButtonLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { Paging } from '../components/Paging';
import { ProblemAlert } from '../components/ProblemAlert';
import { TableHead } from '../components/TableHead';
import { FindingFilters } from '../components/vulnerabilities/FindingFilters';
import { findingFilterOf, findingPageSize, useFindingListSearch, type FindingListSearch } from '../components/vulnerabilities/useFindingListSearch';
import { canImportScans } from '../components/vulnerabilities/vulnerabilityAccess';
import { FindingSeverityBadge, FindingStatusBadge } from '../components/vulnerabilities/VulnerabilityBadges';

const route = getRouteApi('/app/vulnerabilities/findings');

/** Every finding of the tenant, most severe and most recently seen first, filtered from the address. */
export function FindingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const list = useFindingListSearch(search);
  const findings = useQuery(findingsQuery(findingFilterOf(search)));
  const columns = ['severity', 'title', 'asset', 'scope', 'status', 'firstSeen', 'lastSeen'].map((key) => t(`vulnerabilities.findings.columns.${key}`));

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('vulnerabilities.findings.title')} />
        {canImportScans(me) && <ButtonLink to="/vulnerabilities/scans">{t('vulnerabilities.import.title')}</ButtonLink>}
      </Group>
      <FindingFilters search={search} list={list} shown={findings.data?.items ?? []} />
      <ProblemAlert error={findings.error} />
      {findings.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {findings.data && (
        <>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover aria-label={t('vulnerabilities.findings.tableLabel')}>
              <TableHead columns={columns} />
              <Table.Tbody>
                {findings.data.items.map((finding) => (
                  <FindingRow key={finding.id} finding={finding} search={search} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {findings.data.items.length === 0 && <Text mt="md">{t('vulnerabilities.findings.empty')}</Text>}
          <Paging page={list.page} pageSize={findingPageSize} total={findings.data.total} onPage={list.setPage} />
        </>
      )}
    </>
  );
}

function FindingRow({ finding, search }: { finding: FindingSummary; search: FindingListSearch }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table.Tr>
      <Table.Td>
        <FindingSeverityBadge severity={finding.severity} />
      </Table.Td>
      <Table.Td>
        <AnchorLink to="/vulnerabilities/findings/$findingId" params={{ findingId: finding.id }}>
          {finding.title}
        </AnchorLink>
        {finding.location && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {finding.location}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        <AnchorLink
          to="/vulnerabilities/findings"
          search={{ ...search, asset: finding.asset.id, page: undefined }}
          aria-label={t('vulnerabilities.findings.onlyAsset', { asset: finding.asset.key })}
        >
          {finding.asset.key}
        </AnchorLink>
      </Table.Td>
      <Table.Td>{finding.scope.name}</Table.Td>
      <Table.Td>
        <FindingStatusBadge status={finding.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(finding.firstSeenAt, locale)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(finding.lastSeenAt, locale)}</Table.Td>
    </Table.Tr>
  );
}
