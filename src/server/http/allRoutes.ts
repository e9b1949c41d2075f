import { auditRoutes } from '../audit/routes.js';
import { authRoutes } from '../auth/routes.js';
import { orgRoutes } from '../modules/org/routes.js';
import { peopleRoutes } from '../modules/people/routes.js';
import { roleRoutes } from '../modules/roles/routes.js';
import { notificationRoutes } from '../modules/notifications/routes.js';
import { surveyRoutes } from '../modules/surveys/routes.js';
import { classificationRoutes } from '../modules/classification/routes.js';
import { coverageRoutes } from '../modules/coverage/routes.js';
import { informationSetRoutes } from '../modules/informationSets/routes.js';
import { informationTypeRoutes } from '../modules/informationTypes/routes.js';
import { objectRoutes } from '../modules/objects/routes.js';
import { registerExportRoutes } from '../modules/registerExports/routes.js';
import { settingsRoutes } from '../modules/settings/routes.js';
import { systemRoutes } from '../modules/systems/routes.js';
import { requirementRoutes } from '../modules/requirements/routes.js';
import { actionRoutes } from '../modules/actions/routes.js';
import { riskSettingsRoutes } from '../modules/riskSettings/routes.js';
import { riskRoutes } from '../modules/risk/routes.js';
import { riskExportRoutes } from '../modules/riskExports/routes.js';
import { incidentRoutes } from '../modules/incidents/routes.js';
import { incidentDeadlineRoutes } from '../modules/incidentDeadlines/routes.js';
import { incidentReportRoutes } from '../modules/incidentReports/routes.js';
import { incidentAttachmentRoutes } from '../modules/incidentAttachments/routes.js';
import { incidentSettingsRoutes } from '../modules/incidentSettings/routes.js';
import { publicReportRoutes } from '../modules/publicReports/routes.js';
import { incidentStatsRoutes } from '../modules/incidentStats/routes.js';
import { scanRoutes } from '../modules/scans/routes.js';
import { findingRoutes } from '../modules/findings/routes.js';
import type { AnyRoute } from './route.js';

const registerRoutes = [...registerExportRoutes, ...objectRoutes, ...systemRoutes, ...informationSetRoutes, ...informationTypeRoutes, ...classificationRoutes, ...coverageRoutes, ...settingsRoutes];

/** Every API route of every module; the registry serves exactly these. */
export const allRoutes: AnyRoute[] = [...authRoutes, ...orgRoutes, ...peopleRoutes, ...roleRoutes, ...auditRoutes, ...notificationRoutes, ...surveyRoutes, ...registerRoutes, ...requirementRoutes, ...actionRoutes, ...riskSettingsRoutes, ...riskRoutes, ...riskExportRoutes, ...incidentAttachmentRoutes, ...incidentSettingsRoutes, ...publicReportRoutes, ...incidentRoutes, ...incidentDeadlineRoutes, ...incidentReportRoutes, ...incidentStatsRoutes, ...scanRoutes, ...findingRoutes];

