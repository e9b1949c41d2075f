import { Grid, Group, Loader, Paper, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgUnitsQuery } from '../api/org';
import { hasPermission, hasPermissionAt } from '../auth/access';
import { useMe } from '../auth/useMe';
import { OrgTree } from '../components/org/OrgTree';
import { OrgUnitDetails } from '../components/org/OrgUnitDetails';
import { buildOrgTree } from '../components/org/orgTree';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';

const route = getRouteApi('/app/org');

export function OrgPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { unit: selectedId } = route.useSearch();
  const navigate = useNavigate();
  const [showClosed, setShowClosed] = useState(true);
  const units = useQuery(orgUnitsQuery);

  const all = useMemo(() => units.data ?? [], [units.data]);
  const tree = useMemo(() => buildOrgTree(all, { includeClosed: showClosed }), [all, showClosed]);
  const parentOf = useMemo(() => {
    const parents = new Map(all.map((unit) => [unit.id, unit.parentId]));
    return (id: string) => parents.get(id);
  }, [all]);
  const selected = all.find((unit) => unit.id === selectedId);
  const select = (id: string) => void navigate({ to: '/org', search: { unit: id }, replace: true });

  return (
    <>
      <PageHeading title={t('org.title')} />
      <ProblemAlert error={units.error} />
      {units.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {units.data && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder p="md" component="section" aria-labelledby="org-tree-heading">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h3" id="org-tree-heading">
                  {t('org.tree.heading')}
                </Title>
                <Switch label={t('org.showClosed')} checked={showClosed} onChange={(event) => setShowClosed(event.currentTarget.checked)} />
              </Group>
              {tree.length === 0 ? (
                <Text>{t('org.empty')}</Text>
              ) : (
                <OrgTree key={showClosed ? 'all' : 'open'} nodes={tree} selectedId={selectedId} onSelect={select} />
              )}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <OrgUnitDetails
                key={selected.id}
                unit={selected}
                units={all}
                canManage={hasPermissionAt(me, 'org.manage', selected.id, parentOf)}
                canReadPeople={hasPermission(me, 'people.read')}
                onSelect={select}
              />
            ) : (
              <Paper withBorder p="md">
                <Text>{selectedId ? t('org.unitNotFound') : t('org.selectHint')}</Text>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
