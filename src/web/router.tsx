import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { employmentStatuses } from '../shared/orgUnitTypes';
import { modalities, nis2Measures } from '../shared/actions';
import { aspects } from '../shared/classification/aspects';
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
import { SettingsPage } from './routes/settings';
import { RequirementsPage } from './routes/requirements';
import { MySurveysPage } from './routes/mySurveys';
import { SurveyNewPage } from './routes/surveyNew';
import { SurveyResultsPage } from './routes/surveyResults';
import { SurveysPage } from './routes/surveys';
import { ClassifyPage } from './routes/classify';
import { ClassificationReferralsPage } from './routes/classificationReferrals';
import { CoveragePage } from './routes/coverage';
import { ObjectPage, objectTabs } from './routes/object';
import { ObjectsPage } from './routes/objects';
import { SystemsPage } from './routes/systems';
import { InformationSetPage } from './routes/informationSet';
import { InformationSetsPage } from './routes/informationSets';
import { InformationTypesPage } from './routes/informationTypes';
import { RiskAnalysesPage } from './routes/riskAnalyses';
import { RiskAnalysisPage } from './routes/riskAnalysis';
import { RiskPage } from './routes/risk';
import { RisksPage } from './routes/risks';
import { riskRegisterSearch } from './components/riskRegister/riskRegisterSearch';
import { analysisStatuses } from '../shared/risk/analysis';
import { objectState } from '../shared/schemas/register';
import { hostingKinds } from '../shared/register';
import { classificationStatuses } from '../shared/classification/workflow';
import { IncidentsPage } from './routes/incidents';
import { IncidentNewPage } from './routes/incidentNew';
import { IncidentsMinePage } from './routes/incidentsMine';
import { IncidentPage } from './routes/incident';
import { incidentListSearch } from './components/incidents/useIncidentListSearch';
import { IncidentDeadlinesPage } from './routes/incidentDeadlines';
import { IncidentStatsPage } from './routes/incidentStats';
import { incidentStatsSearch } from './components/incidentStats/incidentStatsSearch';
import { IncidentSettingsPage } from './routes/incidentSettings';
import { PublicReportPage } from './routes/publicReport';
import { VulnerabilitiesPage } from './routes/vulnerabilities';
import { ScansPage } from './routes/scans';
import { VulnerabilityScanPage } from './routes/vulnerabilityScan';
import { FindingsPage } from './routes/findings';
import { VulnerabilityFindingPage } from './routes/vulnerabilityFinding';
import { scanListSearch } from './components/vulnerabilities/scanListSearch';
import { findingListSearch } from './components/vulnerabilities/useFindingListSearch';
import { requireVulnerabilityRead } from './components/vulnerabilities/vulnerabilityAccess';

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

/** The public incident report link: no sign-in, outside the signed-in layout. */
const publicReportRoute = createRoute({ getParentRoute: () => rootRoute, path: '/rapportera/$token', component: PublicReportPage });

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

const settingsRoute = createRoute({ getParentRoute: () => appRoute, path: '/settings', component: requirePermission('settings.manage', SettingsPage) });

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

const requirementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/requirements',
  validateSearch: z.object({
    q: text,
    aspect: z.enum(aspects).optional().catch(undefined),
    level: z.number().int().min(1).max(4).optional().catch(undefined),
    modality: z.enum(modalities).optional().catch(undefined),
    nis2: z.enum(nis2Measures).optional().catch(undefined),
    area: text,
    retired: z.boolean().optional().catch(undefined),
    page: z.number().int().min(1).optional().catch(undefined),
  }),
  component: requirePermission('register.read', RequirementsPage),
});

const profileRoute = createRoute({ getParentRoute: () => appRoute, path: '/profile', component: ProfilePage });

const surveysRoute = createRoute({ getParentRoute: () => appRoute, path: '/surveys', component: requirePermission('surveys.manage', SurveysPage) });
const surveyNewRoute = createRoute({ getParentRoute: () => appRoute, path: '/surveys/new', component: requirePermission('surveys.manage', SurveyNewPage) });
const surveyResultsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/surveys/$surveyId',
  component: requirePermission('surveys.manage', SurveyResultsPage),
});
const mySurveysRoute = createRoute({ getParentRoute: () => appRoute, path: '/my-surveys', component: MySurveysPage });

/** The register (issue 3): objects, systems, information sets and the organisation-wide information types. */
const objectsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/objects',
  validateSearch: z.object({
    q: text,
    unit: text,
    state: objectState.optional().catch(undefined),
    critical: z.boolean().optional().catch(undefined),
    review: z.boolean().optional().catch(undefined),
    page: z.number().int().min(1).optional().catch(undefined),
  }),
  component: requirePermission('register.read', ObjectsPage),
});
const objectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/objects/$objectId',
  validateSearch: z.object({ tab: z.enum(objectTabs).optional().catch(undefined) }),
  component: requirePermission('register.read', ObjectPage),
});
const systemsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/systems',
  validateSearch: z.object({ q: text, unit: text, hosting: z.enum(hostingKinds).optional().catch(undefined), page: z.number().int().min(1).optional().catch(undefined) }),
  component: requirePermission('register.read', SystemsPage),
});
const informationSetsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/information-sets',
  validateSearch: z.object({
    q: text,
    unit: text,
    status: z.enum([...classificationStatuses, 'none']).optional().catch(undefined),
    personal: z.boolean().optional().catch(undefined),
    page: z.number().int().min(1).optional().catch(undefined),
  }),
  component: requirePermission('register.read', InformationSetsPage),
});
const informationSetRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/information-sets/$setId',
  component: requirePermission('register.read', InformationSetPage),
});
const informationTypesRoute = createRoute({ getParentRoute: () => appRoute, path: '/information-types', component: requirePermission('register.read', InformationTypesPage) });

const classifyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/information-sets/$setId/classify',
  component: requirePermission('classification.edit', ClassifyPage),
});
const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/classification-referrals',
  component: requirePermission('classification.referrals', ClassificationReferralsPage),
});
/** Risk analyses and single risks (issue 4). The risk register (/risks) is its own page. */
const riskAnalysesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/risk-analyses',
  validateSearch: z.object({
    q: text,
    unit: text,
    status: z.enum(analysisStatuses).optional().catch(undefined),
    overdue: z.boolean().optional().catch(undefined),
    objectId: text,
    page: z.number().int().min(1).optional().catch(undefined),
  }),
  component: requirePermission('risk.read', RiskAnalysesPage),
});
const riskAnalysisRoute = createRoute({ getParentRoute: () => appRoute, path: '/risk-analyses/$analysisId', component: requirePermission('risk.read', RiskAnalysisPage) });
const riskRoute = createRoute({ getParentRoute: () => appRoute, path: '/risks/$riskId', component: requirePermission('risk.read', RiskPage) });
/** The risk register: filters in the address so a view can be linked. */
const risksRoute = createRoute({ getParentRoute: () => appRoute, path: '/risks', validateSearch: riskRegisterSearch, component: requirePermission('risk.read', RisksPage) });
const coverageRoute = createRoute({ getParentRoute: () => appRoute, path: '/coverage', component: requirePermission('register.read', CoveragePage) });
/** Incidents (issue 5): anyone reports and follows their own reports; the incident roles keep the register. */
const incidentsRoute = createRoute({ getParentRoute: () => appRoute, path: '/incidents', validateSearch: incidentListSearch, component: requirePermission('incident.read', IncidentsPage) });
const incidentNewRoute = createRoute({ getParentRoute: () => appRoute, path: '/incidents/new', component: IncidentNewPage });
const incidentsMineRoute = createRoute({ getParentRoute: () => appRoute, path: '/incidents/mine', component: IncidentsMinePage });
const incidentRoute = createRoute({ getParentRoute: () => appRoute, path: '/incidents/$incidentId', component: IncidentPage });
const incidentDeadlinesRoute = createRoute({ getParentRoute: () => appRoute, path: '/incident-deadlines', component: requirePermission('incident.read', IncidentDeadlinesPage) });
const incidentStatsRoute = createRoute({ getParentRoute: () => appRoute, path: '/incident-stats', validateSearch: incidentStatsSearch, component: requirePermission('incident.stats', IncidentStatsPage) });
const incidentSettingsRoute = createRoute({ getParentRoute: () => appRoute, path: '/settings/incidents', component: requirePermission('settings.manage', IncidentSettingsPage) });
/** Vulnerability management (issue 6): imports into scopes, and the findings with their history. */
const vulnerabilitiesRoute = createRoute({ getParentRoute: () => appRoute, path: '/vulnerabilities', component: requireVulnerabilityRead(VulnerabilitiesPage) });
const scansRoute = createRoute({ getParentRoute: () => appRoute, path: '/vulnerabilities/scans', validateSearch: scanListSearch, component: requireVulnerabilityRead(ScansPage) });
const scanRoute = createRoute({ getParentRoute: () => appRoute, path: '/vulnerabilities/scans/$scanId', component: requireVulnerabilityRead(VulnerabilityScanPage) });
const findingsRoute = createRoute({ getParentRoute: () => appRoute, path: '/vulnerabilities/findings', validateSearch: findingListSearch, component: requireVulnerabilityRead(FindingsPage) });
const findingRoute = createRoute({ getParentRoute: () => appRoute, path: '/vulnerabilities/findings/$findingId', component: requireVulnerabilityRead(VulnerabilityFindingPage) });

const routeTree = rootRoute.addChildren([
  loginRoute,
  publicReportRoute,
  appRoute.addChildren([startRoute, objectsRoute, objectRoute, systemsRoute, informationSetsRoute, informationSetRoute, informationTypesRoute, requirementsRoute, orgRoute, peopleRoute, personRoute, rolesRoute, auditRoute, profileRoute, surveysRoute, surveyNewRoute, surveyResultsRoute, mySurveysRoute, classifyRoute, referralsRoute, coverageRoute, riskAnalysesRoute, riskAnalysisRoute, riskRoute, risksRoute, settingsRoute, incidentsRoute, incidentNewRoute, incidentsMineRoute, incidentRoute, incidentDeadlinesRoute, incidentStatsRoute, incidentSettingsRoute, vulnerabilitiesRoute, scansRoute, scanRoute, findingsRoute, findingRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: false, scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
