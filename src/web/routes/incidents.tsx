import { Group, Loader, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { incidentsQuery, type IncidentSummary } from '../api/incidents';
import { formatDateTime } from '../i18n/dates';
import { useLocale } from '../i18n';
import { AnchorLink, ButtonLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { Paging } from '../components/Paging';
import { ProblemAlert } from '../components/ProblemAlert';
import { TableHead } from '../components/TableHead';
import { DeadlineCountdown, useDeadlineName } from '../components/incidents/DeadlineCountdown';
import { IncidentFilters } from '../components/incidents/IncidentFilters';
import { IncidentStatusBadge, LegalFlags, SeverityBadge } from '../components/incidents/IncidentBadges';
import { incidentPageSize, useIncidentListSearch } from '../components/incidents/useIncidentListSearch';

const route = getRouteApi('/app/incidents');

/** The incident register for the incident roles: filters, paging and the next legal deadline of each. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const list = useIncidentListSearch(search);
  const incidents = useQuery(
    incidentsQuery({ q: search.q, status: search.status, severity: search.severity, significant: search.significant, personalData: search.personal, orgUnitId: search.unit, ...list.paging }),
  );
  const columns = ['number', 'title', 'status', 'severity', 'orgUnit', 'assignee', 'awareAt', 'nextDeadline'].map((key) => t(`incidents.list.columns.${key}`));

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('incidents.list.title')} />
        <ButtonLink to="/incidents/new">{t('incidents.nav.report')}</ButtonLink>
      </Group>
      <IncidentFilters search={search} list={list} />
      <ProblemAlert error={incidents.error} />
      {incidents.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {incidents.data && (
        <>
          <Table.ScrollContainer minWidth={1100}>
            <Table striped highlightOnHover aria-label={t('incidents.list.tableLabel')}>
              <TableHead columns={columns} />
              <Table.Tbody>
                {incidents.data.items.map((incident) => (
                  <IncidentRow key={incident.id} incident={incident} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {incidents.data.items.length === 0 && <Text mt="md">{t('incidents.list.empty')}</Text>}
          <Paging page={list.page} pageSize={incidentPageSize} total={incidents.data.total} onPage={(page) => list.update({ page })} />
        </>
      )}
    </>
  );
}

function IncidentRow({ incident }: { incident: IncidentSummary }) {
  const locale = useLocale();
  const deadlineName = useDeadlineName();
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{incident.number}</Table.Td>
      <Table.Td>
        <AnchorLink to="/incidents/$incidentId" params={{ incidentId: incident.id }}>
          {incident.title}
        </AnchorLink>
        <LegalFlags significant={incident.significant} personalData={incident.personalData} />
      </Table.Td>
      <Table.Td>
        <IncidentStatusBadge status={incident.status} />
      </Table.Td>
      <Table.Td>
        <SeverityBadge severity={incident.severity} />
      </Table.Td>
      <Table.Td>{incident.orgUnit.name}</Table.Td>
      <Table.Td>{incident.assignee?.name ?? '–'}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(incident.awareAt, locale)}</Table.Td>
      <Table.Td>
        {incident.nextDeadline ? (
          <>
            <Text size="xs" component="div">
              {deadlineName(incident.nextDeadline.regime, incident.nextDeadline.stage)}
            </Text>
            <DeadlineCountdown dueAt={incident.nextDeadline.dueAt} />
          </>
        ) : (
          '–'
        )}
      </Table.Td>
    </Table.Tr>
  );
}
