import { Group, Loader, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentsQuery } from '../api/incidents';
import { formatDateTime } from '../i18n/dates';
import { useLocale } from '../i18n';
import { AnchorLink, ButtonLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { Paging } from '../components/Paging';
import { ProblemAlert } from '../components/ProblemAlert';
import { TableHead } from '../components/TableHead';
import { IncidentStatusBadge } from '../components/incidents/IncidentBadges';

const pageSize = 50;

/** "Mina anmälningar": what the caller reported and where each one stands. */
export function IncidentsMinePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const reports = useQuery(incidentsQuery({ mine: true, limit: pageSize, offset: (page - 1) * pageSize }));
  const columns = ['number', 'title', 'status', 'reportedAt'].map((key) => t(`incidents.mine.columns.${key}`));
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('incidents.mine.title')} />
        <ButtonLink to="/incidents/new">{t('incidents.nav.report')}</ButtonLink>
      </Group>
      <Text mb="md">{t('incidents.mine.intro')}</Text>
      <ProblemAlert error={reports.error} />
      {reports.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {reports.data && (
        <>
          <Table.ScrollContainer minWidth={600}>
            <Table striped aria-label={t('incidents.mine.tableLabel')}>
              <TableHead columns={columns} />
              <Table.Tbody>
                {reports.data.items.map((incident) => (
                  <Table.Tr key={incident.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{incident.number}</Table.Td>
                    <Table.Td>
                      <AnchorLink to="/incidents/$incidentId" params={{ incidentId: incident.id }}>
                        {incident.title}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <IncidentStatusBadge status={incident.status} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(incident.reportedAt, locale)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {reports.data.items.length === 0 && <Text mt="md">{t('incidents.mine.empty')}</Text>}
          {reports.data.total > pageSize && <Paging page={page} pageSize={pageSize} total={reports.data.total} onPage={setPage} />}
        </>
      )}
    </>
  );
}
