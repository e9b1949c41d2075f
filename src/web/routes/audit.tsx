import { Button, Center, Loader, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { auditEventsQuery, type AuditFilter } from '../api/audit';
import { orgUnitsQuery } from '../api/org';
import { hasPermission } from '../auth/access';
import { useMe } from '../auth/useMe';
import { AuditChainCheck } from '../components/audit/AuditChainCheck';
import { AuditEventRow } from '../components/audit/AuditEventRow';
import { AuditFilters, type AuditFilterValues } from '../components/audit/AuditFilters';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { stockholmLocalToIso, timeZone } from '../i18n/dates';
import { TableHead } from '../components/TableHead';

const route = getRouteApi('/app/audit');

function toApiFilter(values: AuditFilterValues): AuditFilter {
  return {
    actorId: values.actor,
    entityType: values.entityType,
    entityId: values.entityId,
    from: values.from ? stockholmLocalToIso(values.from) : undefined,
    to: values.to ? stockholmLocalToIso(values.to) : undefined,
  };
}

export function AuditPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const events = useInfiniteQuery(auditEventsQuery(toApiFilter(search)));
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  // Unit ids in the diffs (parentId, orgUnitId) read better as names.
  const units = useQuery({ ...orgUnitsQuery, enabled: hasPermission(me, 'org.read') });
  const nameOf = useMemo(() => {
    const names = new Map((units.data ?? []).map((unit) => [unit.id, unit.name]));
    return (id: string) => names.get(id);
  }, [units.data]);

  return (
    <>
      <PageHeading title={t('audit.title')} />
      <Text mb="md" size="sm">
        {t('audit.intro', { timeZone })}
      </Text>
      <AuditChainCheck />
      <AuditFilters key={JSON.stringify(search)} value={search} onApply={(next) => void navigate({ to: '/audit', search: next })} />
      <ProblemAlert error={events.error} />
      {events.isPending && <Loader mt="md" aria-label={t('common.loading')} />}
      {events.data && items.length === 0 && <Text mt="md">{t('audit.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={800} mt="md">
          <Table aria-label={t('audit.tableLabel')}>
            <TableHead columns={[t('audit.at'), t('audit.actor'), t('audit.action'), t('audit.entity'), t('audit.changes')]} />
            <Table.Tbody>
              {items.map((event) => (
                <AuditEventRow key={event.id} event={event} nameOf={nameOf} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {events.hasNextPage && (
        <Center mt="md">
          <Button variant="default" loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
            {t('audit.loadMore')}
          </Button>
        </Center>
      )}
    </>
  );
}
