import { Button, CloseButton, Group, Loader, Select, SimpleGrid, Switch, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analysisStatusLabels, analysisStatuses, type AnalysisStatus } from '../../shared/risk/analysis';
import { objectQuery } from '../api/register';
import { riskAnalysesQuery, type RiskAnalysisSummary } from '../api/risk';
import { hasPermission } from '../auth/access';
import { useMe } from '../auth/useMe';
import { formatDate } from '../i18n/dates';
import { useLabel, useLocale } from '../i18n';
import { AnchorLink } from '../components/links';
import { OrgUnitSelect } from '../components/OrgUnitSelect';
import { PageHeading } from '../components/PageHeading';
import { Paging } from '../components/Paging';
import { ProblemAlert } from '../components/ProblemAlert';
import { TableHead } from '../components/TableHead';
import { AnalysisFormModal } from '../components/risk/AnalysisFormModal';
import { RiskLevelBadge } from '../components/risk/RiskLevelBadge';
import { AnalysisStatusBadge } from '../components/risk/StatusBadges';
import { subjectText } from '../components/risk/subjectText';
import { analysisPageSize, useAnalysisListSearch } from '../components/risk/useAnalysisListSearch';

const route = getRouteApi('/app/risk-analyses');

/** Risk analyses in the caller's reach: search, filters, paging, and "Ny riskanalys" for those who may start one. */
export function RiskAnalysesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const list = useAnalysisListSearch(search);
  const [creating, setCreating] = useState(false);
  const analyses = useQuery(riskAnalysesQuery({ q: search.q, status: search.status, orgUnitId: search.unit, overdue: search.overdue, objectId: search.objectId, ...list.paging }));
  const object = useQuery({ ...objectQuery(search.objectId ?? ''), enabled: Boolean(search.objectId) });
  const label = useLabel();
  const columns = ['title', 'subject', 'orgUnit', 'riskOwner', 'status', 'nextDue', 'riskCount', 'highestLevel'].map((key) => t(`risk.analyses.columns.${key}`));

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('risk.analyses.title')} />
        {hasPermission(me, 'risk.manage') && <Button onClick={() => setCreating(true)}>{t('risk.analysis.create.button')}</Button>}
      </Group>
      {search.objectId && (
        <Group gap="xs" mb="sm">
          <Text>{t('risk.analyses.forObject', { name: object.data?.name ?? '…' })}</Text>
          <CloseButton aria-label={t('risk.analyses.allObjects')} onClick={() => list.update({ objectId: undefined })} />
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md" role="search" aria-label={t('risk.analyses.filters')}>
        <TextInput type="search" label={t('risk.analyses.search')} value={list.text} onChange={(event) => list.changeText(event.currentTarget.value)} />
        <OrgUnitSelect label={t('risk.analyses.columns.orgUnit')} clearable includeClosed value={search.unit ?? null} onChange={(id) => list.update({ unit: id ?? undefined })} />
        <Select
          label={t('risk.analyses.columns.status')}
          clearable
          value={search.status ?? null}
          onChange={(value) => list.update({ status: (value as AnalysisStatus | null) ?? undefined })}
          data={analysisStatuses.map((status) => ({ value: status, label: label(analysisStatusLabels[status]) }))}
        />
        <Switch label={t('risk.analyses.onlyOverdue')} checked={search.overdue ?? false} onChange={(event) => list.update({ overdue: event.currentTarget.checked || undefined })} mt={{ lg: 'xl' }} />
      </SimpleGrid>
      <ProblemAlert error={analyses.error} />
      {analyses.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {analyses.data && (
        <>
          <Table.ScrollContainer minWidth={1100}>
            <Table striped highlightOnHover aria-label={t('risk.analyses.tableLabel')}>
              <TableHead columns={columns} />
              <Table.Tbody>
                {analyses.data.items.map((analysis) => (
                  <AnalysisRow key={analysis.id} analysis={analysis} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {analyses.data.items.length === 0 && <Text mt="md">{t('risk.analyses.empty')}</Text>}
          <Paging page={list.page} pageSize={analysisPageSize} total={analyses.data.total} onPage={(page) => list.update({ page })} />
        </>
      )}
      <AnalysisFormModal
        opened={creating}
        defaultObjectId={search.objectId}
        onClose={() => setCreating(false)}
        onSaved={(saved) => void navigate({ to: '/risk-analyses/$analysisId', params: { analysisId: saved.id } })}
      />
    </>
  );
}

function AnalysisRow({ analysis }: { analysis: RiskAnalysisSummary }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  return (
    <Table.Tr>
      <Table.Td>
        <AnchorLink to="/risk-analyses/$analysisId" params={{ analysisId: analysis.id }}>
          {analysis.title}
        </AnchorLink>
      </Table.Td>
      <Table.Td>{subjectText(analysis, label)}</Table.Td>
      <Table.Td>{analysis.orgUnitName}</Table.Td>
      <Table.Td>{analysis.riskOwner?.name ?? '–'}</Table.Td>
      <Table.Td>
        <AnalysisStatusBadge status={analysis.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {formatDate(analysis.nextDueDate, locale) || '–'}
        {analysis.overdue && (
          <Text size="xs" fw={700} c="red.9" component="div">
            {t('risk.overdue')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{analysis.riskCount}</Table.Td>
      <Table.Td>
        <RiskLevelBadge level={analysis.highestLevel} />
      </Table.Td>
    </Table.Tr>
  );
}
