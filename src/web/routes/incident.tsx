import { Group, Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { incidentQuery } from '../api/incidents';
import { hasPermission } from '../auth/access';
import { useMe } from '../auth/useMe';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { FullView } from '../components/incidents/FullView';
import { IncidentStatusBadge, LegalFlags, SeverityBadge } from '../components/incidents/IncidentBadges';
import { ReporterView } from '../components/incidents/ReporterView';

const route = getRouteApi('/app/incidents/$incidentId');

/** One incident: the reporter's own view of their report, or the full handling view. */
export function IncidentPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { incidentId } = route.useParams();
  const incident = useQuery(incidentQuery(incidentId));
  const data = incident.data;
  const reporterView = data?.view === 'reporter';
  // Someone assigned to one incident has no register to go back to: their own reports are theirs.
  const toRegister = hasPermission(me, 'incident.read') && !reporterView;
  return (
    <Stack>
      {toRegister ? (
        <AnchorLink to="/incidents">{t('incidents.detail.backToList')}</AnchorLink>
      ) : (
        <AnchorLink to="/incidents/mine">{t('incidents.detail.backToMine')}</AnchorLink>
      )}
      <PageHeading title={data ? `${data.number} ${data.title}` : t('incidents.detail.title')} />
      <ProblemAlert error={incident.error} />
      {incident.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {data && !reporterView && (
        <Group gap="xs" mt={-8}>
          <IncidentStatusBadge status={data.status} />
          <SeverityBadge severity={data.severity} />
          <LegalFlags significant={data.significant} personalData={data.personalData} />
        </Group>
      )}
      {data && (reporterView ? <ReporterView incident={data} /> : <FullView incident={data} />)}
    </Stack>
  );
}
