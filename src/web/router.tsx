import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { employmentStatuses } from '../shared/orgUnitTypes';
import { roleCodes } from '../shared/roles';
import { ApiError } from './api/client';
import { meQuery } from './api/me';
import { requirePermission } from './auth/RequirePermission';
import { AppLayout } from './components/AppLayout';
import { applyLocale } from './i18n';
import { AuditPage } from './routes/audit';
import { LoginPage } from './routes/login';
import { NotFoundPage } from './routes/notFound';
import { OrgPage } from './routes/org';
import { PeoplePage } from './routes/people';
import { PersonPage } from './routes/person';
import { ProfilePage } from './routes/profile';
import { RolesPage } from './routes/roles';
import { StartPage } from './routes/start';

/** Search params arrive parsed as JSON ("?q=123" is a number): accept text, ignore garbage. */
const text = z.preprocess((value) => (value === undefined || value === null ? undefined : String(value)), z.string().optional());

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: () => <NotFoundPage standalone />,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: z.object({ redirect: text }),
  component: LoginPage,
});

/** Everything behind sign-in: loads the person (and their language) or goes to /login. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQuery);
      await applyLocale(me.locale);
      return { me };
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        throw redirect({ to: '/login', search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: AppLayout,
  notFoundComponent: () => <NotFoundPage />,
});

const startRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: StartPage });

const orgRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/org',
  validateSearch: z.object({ unit: text }),
  component: requirePermission('org.read', OrgPage),
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  validateSearch: z.object({
    q: text,
    unit: text,
    subtree: z.boolean().optional().catch(undefined),
    status: z.enum(employmentStatuses).optional().catch(undefined),
    page: z.number().int().min(1).optional().catch(undefined),
  }),
  component: requirePermission('people.read', PeoplePage),
});

const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$personId',
  component: requirePermission('people.read', PersonPage),
});

const rolesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/roles',
  validateSearch: z.object({ person: text, role: z.enum(roleCodes).optional().catch(undefined) }),
  component: requirePermission('roles.read', RolesPage),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  validateSearch: z.object({
    actor: text,
    entityType: text,
    entityId: text,
    from: text,
    to: text,
  }),
  component: requirePermission('audit.read', AuditPage),
});

const profileRoute = createRoute({ getParentRoute: () => appRoute, path: '/profile', component: ProfilePage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([startRoute, orgRoute, peopleRoute, personRoute, rolesRoute, auditRoute, profileRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: false, scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
