import { AppShell, Burger, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Outlet, useLocation, useNavigate, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/permissions';
import { logout } from '../api/me';
import { hasPermission, hasTenantWidePermission } from '../auth/access';
import { useMe } from '../auth/useMe';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './notifications/NotificationBell';
import { NavItemLink } from './links';
import { SkipLink } from './SkipLink';

type NavPath = '/vulnerabilities' | '/incidents' | '/incidents/new' | '/incidents/mine' | '/incident-deadlines' | '/incident-stats' | '/risk-analyses' | '/risks' | '/objects' | '/systems' | '/information-sets' | '/information-types' | '/' | '/org' | '/people' | '/roles' | '/audit' | '/profile' | '/requirements' | '/surveys' | '/coverage' | '/classification-referrals' | '/settings';

/** Every page in the navigation, with the permission it needs (none: everyone signed in). */
const navItems: { to: NavPath; labelKey: string; permission?: Permission; exact?: boolean; tenantWide?: boolean }[] = [
  { to: '/', labelKey: 'nav.start', exact: true },
  { to: '/incidents/new', labelKey: 'incidents.nav.report' },
  { to: '/incidents/mine', labelKey: 'incidents.nav.mine' },
  // The security work first: coverage, the register and its catalogues.
  { to: '/coverage', labelKey: 'coverage.nav', permission: 'register.read' },
  { to: '/objects', labelKey: 'register.nav.objects', permission: 'register.read' },
  { to: '/systems', labelKey: 'register.nav.systems', permission: 'register.read' },
  { to: '/information-sets', labelKey: 'register.nav.informationSets', permission: 'register.read' },
  { to: '/information-types', labelKey: 'register.nav.informationTypes', permission: 'register.read' },
  { to: '/risk-analyses', labelKey: 'risk.nav', permission: 'risk.read' },
  { to: '/risks', labelKey: 'riskRegister.nav', permission: 'risk.read' },
  { to: '/incidents', labelKey: 'incidents.nav.register', permission: 'incident.read', exact: true },
  { to: '/incident-deadlines', labelKey: 'incidentInsights.nav.deadlines', permission: 'incident.read' },
  { to: '/incident-stats', labelKey: 'incidentInsights.nav.stats', permission: 'incident.stats' },
  // The vulnerability API answers only to tenant-wide roles until assets are linked to objects.
  { to: '/vulnerabilities', labelKey: 'vulnerabilities.nav', permission: 'vulnerability.read', tenantWide: true },
  { to: '/requirements', labelKey: 'requirements.nav', permission: 'register.read' },
  { to: '/classification-referrals', labelKey: 'referrals.nav', permission: 'classification.referrals' },
  { to: '/surveys', labelKey: 'nav.surveys', permission: 'surveys.manage' },
  // Then the organisation and its administration.
  { to: '/org', labelKey: 'nav.org', permission: 'org.read' },
  { to: '/people', labelKey: 'nav.people', permission: 'people.read' },
  { to: '/roles', labelKey: 'nav.roles', permission: 'roles.read' },
  { to: '/audit', labelKey: 'nav.audit', permission: 'audit.read' },
  { to: '/settings', labelKey: 'nav.settings', permission: 'settings.manage' },
  { to: '/profile', labelKey: 'nav.profile' },
];

function isActive(pathname: string, item: (typeof navItems)[number]): boolean {
  return item.exact ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
}

export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const [navOpened, nav] = useDisclosure(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: logout,
    onSettled: async () => {
      await navigate({ to: '/login' });
      queryClient.clear();
    },
  });

  // After moving to another page, put focus on its heading so screen readers announce it.
  const router = useRouter();
  const closeNav = nav.close;
  useEffect(
    () =>
      router.subscribe('onRendered', (event) => {
        if (!event.pathChanged || !event.fromLocation) return;
        closeNav();
        document.querySelector<HTMLElement>('main [data-page-heading]')?.focus();
      }),
    [router, closeNav],
  );

  const items = navItems.filter((item) => !item.permission || (item.tenantWide ? hasTenantWidePermission : hasPermission)(me, item.permission));

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="lg">
      <SkipLink targetId="main-content" />
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
              aria-expanded={navOpened}
            />
            <Text component="span" fw={800} fz="xl">
              Värn
            </Text>
            <Text component="span" visibleFrom="xs" c="dimmed">
              {me.tenant.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text component="span" visibleFrom="md" size="sm">
              {me.name}
            </Text>
            <NotificationBell />
            <LanguageSwitch persist />
            <Button variant="default" size="xs" onClick={() => signOut.mutate()} loading={signOut.isPending}>
              {t('app.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('app.mainNavigation')} style={{ overflowY: 'auto' }}>
        {items.map((item) => (
          <NavItemLink
            key={item.to}
            to={item.to}
            label={t(item.labelKey)}
            active={isActive(pathname, item)}
            aria-current={isActive(pathname, item) ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
