import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/permissions';
import { hasPermission } from '../auth/access';
import { useMe } from '../auth/useMe';
import { GrantList } from '../components/GrantList';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { MySurveysNotice } from '../components/surveys/MySurveysNotice';
import { StartCoverage } from '../components/coverage/StartCoverage';

/** Pages reachable from here, each shown only to people who may use it. */
const shortcuts: { to: '/org' | '/people' | '/roles' | '/audit' | '/profile'; key: string; permission?: Permission }[] = [
  { to: '/org', key: 'org', permission: 'org.read' },
  { to: '/people', key: 'people', permission: 'people.read' },
  { to: '/roles', key: 'roles', permission: 'roles.read' },
  { to: '/audit', key: 'audit', permission: 'audit.read' },
  { to: '/profile', key: 'profile' },
];

export function StartPage() {
  const { t } = useTranslation();
  const me = useMe();
  const available = shortcuts.filter((item) => !item.permission || hasPermission(me, item.permission));

  return (
    <Stack maw={800}>
      <PageHeading title={t('start.welcome', { name: me.name })} documentTitle={t('start.title')} />
      <Text>{t('start.tenant', { tenant: me.tenant.name })}</Text>
      <MySurveysNotice />
      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="sm">
          {t('start.rolesHeading')}
        </Title>
        <GrantList grants={me.grants} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="sm">
          {t('start.shortcutsHeading')}
        </Title>
        <List spacing="sm">
          {available.map((item) => (
            <List.Item key={item.to}>
              <AnchorLink to={item.to} fw={600}>
                {t(`nav.${item.key}`)}
              </AnchorLink>
              <Text size="sm">{t(`start.shortcuts.${item.key}`)}</Text>
            </List.Item>
          ))}
        </List>
      </Paper>
      {/* After the shortcuts, so the first link of the page stays the first shortcut. */}
      {hasPermission(me, 'register.read') && <StartCoverage />}
    </Stack>
  );
}
