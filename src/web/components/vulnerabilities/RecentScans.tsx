import { Loader, Select, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { scanScopesQuery, scansQuery, type ScanDetail } from '../../api/vulnerabilities';
import { useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { AnchorLink } from '../links';
import { Paging } from '../Paging';
import { ProblemAlert } from '../ProblemAlert';
import { TableHead } from '../TableHead';
import { scanPageSize, type ScanListSearch } from './scanListSearch';
import { ScanStatusBadge } from './VulnerabilityBadges';
import { formatNumber } from './vulnerabilityLabels';

/** The latest imports, newest first, optionally of one scope; each links to its result. */
export function RecentScans({ search }: { search: ScanListSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const page = search.page ?? 1;
  const scopes = useQuery(scanScopesQuery);
  const scans = useQuery(scansQuery({ scope: search.scope, limit: scanPageSize, offset: (page - 1) * scanPageSize }));
  const update = (changes: Partial<ScanListSearch>) =>
    void navigate({ to: '/vulnerabilities/scans', search: ((old: ScanListSearch) => ({ ...old, page: undefined, ...changes })) as never, replace: true });
  const columns = ['createdAt', 'file', 'scope', 'status', 'findings', 'closed', 'by'].map((key) => t(`vulnerabilities.scans.columns.${key}`));

  return (
    <section aria-labelledby="recent-scans">
      <Title order={2} size="h3" id="recent-scans" mb="sm">
        {t('vulnerabilities.scans.heading')}
      </Title>
      <Select
        label={t('vulnerabilities.scans.scopeFilter')}
        clearable
        searchable
        maw={360}
        mb="sm"
        value={search.scope ?? null}
        onChange={(value) => update({ scope: value ?? undefined })}
        data={(scopes.data?.items ?? []).map((scope) => ({ value: scope.id, label: scope.name }))}
      />
      <ProblemAlert error={scans.error} />
      {scans.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {scans.data && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover aria-label={t('vulnerabilities.scans.tableLabel')}>
              <TableHead columns={columns} />
              <Table.Tbody>
                {scans.data.items.map((scan) => (
                  <ScanRow key={scan.id} scan={scan} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {scans.data.items.length === 0 && <Text mt="md">{t('vulnerabilities.scans.empty')}</Text>}
          <Paging page={page} pageSize={scanPageSize} total={scans.data.total} onPage={(next) => update({ page: next })} />
        </>
      )}
    </section>
  );
}

function ScanRow({ scan }: { scan: ScanDetail }) {
  const locale = useLocale();
  const done = scan.status === 'done';
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(scan.createdAt, locale)}</Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        <AnchorLink to="/vulnerabilities/scans/$scanId" params={{ scanId: scan.id }}>
          {scan.fileName}
        </AnchorLink>
      </Table.Td>
      <Table.Td>{scan.scope.name}</Table.Td>
      <Table.Td>
        <ScanStatusBadge status={scan.status} />
      </Table.Td>
      <Table.Td>{done ? formatNumber(scan.findings.total, locale, 0, 0) : '–'}</Table.Td>
      <Table.Td>{done ? formatNumber(scan.findings.closed, locale, 0, 0) : '–'}</Table.Td>
      <Table.Td>{scan.createdBy?.name ?? '–'}</Table.Td>
    </Table.Tr>
  );
}
