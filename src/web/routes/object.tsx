import { Button, Group, Loader, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { objectQuery, objectReportUrl } from '../api/register';
import { ActionPlan } from '../components/actions/ActionPlan';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { ObjectFormModal } from '../components/register/ObjectFormModal';
import { ObjectInformationSets } from '../components/register/ObjectInformationSets';
import { ObjectOverview } from '../components/register/ObjectOverview';
import { ObjectRoles } from '../components/register/ObjectRoles';
import { ObjectSystems } from '../components/register/ObjectSystems';
import { RaiseProfileModal } from '../components/register/RaiseProfileModal';
import { ObjectRiskAnalyses } from '../components/risk/ObjectRiskAnalyses';

const route = getRouteApi('/app/objects/$objectId');
export const objectTabs = ['sets', 'systems', 'roles', 'actions'] as const;
type ObjectTab = (typeof objectTabs)[number];

/** One förvaltningsobjekt: profile, state and owners, then its information sets, systems, roles and action plan. */
export function ObjectPage() {
  const { t } = useTranslation();
  const { objectId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [raising, setRaising] = useState(false);
  const object = useQuery(objectQuery(objectId));
  const tab: ObjectTab = search.tab ?? 'sets';
  const chooseTab = (next: string | null) =>
    void navigate({ to: '/objects/$objectId', params: { objectId }, search: { tab: next === 'sets' ? undefined : (next as ObjectTab) }, replace: true });

  return (
    <Stack>
      <AnchorLink to="/objects">{t('register.objects.backToList')}</AnchorLink>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={object.data?.name ?? t('register.objects.object')} />
        {object.data && (
          <Group gap="xs">
            <Button component="a" href={objectReportUrl(objectId)} download variant="default">
              {t('register.objects.report')}
            </Button>
            {object.data.can.manage && (
              <>
                <Button variant="default" onClick={() => setRaising(true)}>
                  {t('register.raise.button')}
                </Button>
                <Button onClick={() => setEditing(true)}>{t('register.objects.edit.button')}</Button>
              </>
            )}
          </Group>
        )}
      </Group>
      <ProblemAlert error={object.error} />
      {object.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {object.data && (
        <>
          <ObjectOverview object={object.data} />
          <ObjectRiskAnalyses object={object.data} />
          <Tabs value={tab} onChange={chooseTab} keepMounted={false}>
            <Tabs.List aria-label={t('register.objects.tabsLabel')}>
              <Tabs.Tab value="sets">{t('register.objects.tabs.sets', { count: object.data.informationSets.length })}</Tabs.Tab>
              <Tabs.Tab value="systems">{t('register.objects.tabs.systems', { count: object.data.systems.length })}</Tabs.Tab>
              <Tabs.Tab value="roles">{t('register.objects.tabs.roles', { count: object.data.roles.length })}</Tabs.Tab>
              <Tabs.Tab value="actions">{t('register.objects.tabs.actions')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="sets" pt="md">
              <ObjectInformationSets object={object.data} />
            </Tabs.Panel>
            <Tabs.Panel value="systems" pt="md">
              <ObjectSystems object={object.data} />
            </Tabs.Panel>
            <Tabs.Panel value="roles" pt="md">
              <ObjectRoles object={object.data} />
            </Tabs.Panel>
            <Tabs.Panel value="actions" pt="md">
              <ActionPlan objectId={object.data.id} canManage={object.data.can.manageActions} />
            </Tabs.Panel>
          </Tabs>
          <ObjectFormModal object={object.data} opened={editing} onClose={() => setEditing(false)} />
          <RaiseProfileModal object={object.data} opened={raising} onClose={() => setRaising(false)} />
        </>
      )}
    </Stack>
  );
}
