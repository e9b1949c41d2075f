import { auditRoutes } from '../audit/routes.js';
import { authRoutes } from '../auth/routes.js';
import { orgRoutes } from '../modules/org/routes.js';
import { peopleRoutes } from '../modules/people/routes.js';
import { roleRoutes } from '../modules/roles/routes.js';
import type { AnyRoute } from './route.js';

/** Every API route of every module; the registry serves exactly these. */
export const allRoutes: AnyRoute[] = [...authRoutes, ...orgRoutes, ...peopleRoutes, ...roleRoutes, ...auditRoutes];
