import type { RoleCode } from './roles.js';

/**
 * Permissions that a route can require. `authenticated` is held by every signed-in
 * person (own profile, own tokens); `public` needs no sign-in at all.
 */
export const permissions = [
  'org.read',
  'org.manage',
  'people.read',
  'people.manage',
  'roles.read',
  'roles.manage',
  'audit.read',
  /** Read the register: objects, systems, information sets, types, requirements, coverage, action plans. */
  'register.read',
  /** Create and edit objects, systems and information sets; raise an object's profile. */
  'register.manage',
  /** Draft and submit classifications (approval also needs to be the set's owner or delegate). */
  'classification.edit',
  /** Approve a classification below the organisation-wide type (the CISO). */
  'classification.approveLowering',
  /** See and answer classifications referred because they may involve national security. */
  'classification.referrals',
  /** Keep the organisation-wide information types and the requirements catalogue. */
  'catalogue.manage',
  /** Self-assess and follow up actions (handlingsplan, later risk treatment). */
  'actions.manage',
  /** Send support surveys and read their answers. */
  'surveys.manage',
  /** Tenant settings such as how long a classification stays valid. */
  'settings.manage',
  /** Read risk analyses, the risk register and heat maps. */
  'risk.read',
  /** Start and run risk analyses; write, score and treat risks. */
  'risk.manage',
  /** Sign risk acceptances; how high one may go depends on the acceptance rules, not on this. */
  'risk.accept',
  /** Read every incident's details in reach (the reporter and assigned people read their own one by involvement). */
  'incident.read',
  /** Triage and handle incidents: status, severity, escalation, tasks, legal reports, lessons learned. */
  'incident.manage',
  /** Add notes and attachments to an incident. */
  'incident.contribute',
  /** Incident statistics: counts and times, no personal data. */
  'incident.stats',
  /** Read scanner imports, assets and findings with their history. */
  'vulnerability.read',
  /** Upload scanner reports for import into a scope. */
  'vulnerability.import',
  /** Work on findings: status, comments, links from assets to systems and objects. */
  'vulnerability.manage',
] as const;

export type Permission = (typeof permissions)[number];
export type RoutePermission = Permission | 'authenticated' | 'public';

const readEverything: Permission[] = ['org.read', 'people.read', 'roles.read', 'register.read', 'risk.read', 'incident.stats', 'vulnerability.read'];
/** Those who patch: they import scanner reports and work on the findings (reading them comes with it). */
const vulnerabilityWork: Permission[] = ['vulnerability.import', 'vulnerability.manage'];
/** The incident roles: they see and handle every incident's details. */
const incidentWork: Permission[] = ['incident.read', 'incident.manage', 'incident.contribute'];
/** The owners' and managers' work on their objects. */
const ownerWork: Permission[] = ['org.read', 'people.read', 'register.read', 'register.manage', 'classification.edit', 'actions.manage', 'risk.read', 'risk.manage', 'risk.accept'];

/** Default permissions per role. Scope comes from the assignment, not from here. */
export const rolePermissions: Record<RoleCode, readonly Permission[]> = {
  // Technical administration, not security judgement: lowering, national-security referrals and risk acceptance stay with the
  // business, and incident details stay with the incident roles (the administrator sees the statistics).
  administrator: permissions.filter(
    (permission) => !['classification.approveLowering', 'classification.referrals', 'risk.accept', 'incident.read', 'incident.manage', 'incident.contribute'].includes(permission),
  ),
  ciso: [
    ...readEverything,
    'audit.read',
    'register.manage',
    'classification.edit',
    'classification.approveLowering',
    'classification.referrals',
    'catalogue.manage',
    'actions.manage',
    'surveys.manage',
    'settings.manage',
    'risk.manage',
    'risk.accept',
    ...incidentWork,
    ...vulnerabilityWork,
  ],
  it_manager: [...readEverything, ...vulnerabilityWork],
  incident_manager: [...readEverything, ...incidentWork],
  information_owner: ownerWork,
  object_owner: ownerWork,
  business_service_manager: ownerWork,
  it_service_manager: ['org.read', 'people.read', 'register.read', 'register.manage', 'actions.manage', 'risk.read', 'risk.manage', 'vulnerability.read'],
  system_administrator: ['org.read', 'people.read', 'register.read', 'classification.edit', 'actions.manage', 'risk.read', 'vulnerability.read', ...vulnerabilityWork],
  risk_owner: ['org.read', 'people.read', 'register.read', 'actions.manage', 'risk.read', 'risk.manage', 'risk.accept'],
  // Personal-data breaches are the DPO's to follow (GDPR art. 33/39), not to handle.
  data_protection_officer: [...readEverything, 'audit.read', 'incident.read'],
  protective_security_officer: [...readEverything, 'classification.referrals'],
  line_manager: ['org.read', 'people.read', 'roles.read', 'register.read', 'risk.read', 'risk.accept'],
  municipal_director: [...readEverything, 'risk.accept'],
  auditor: [...readEverything, 'audit.read'],
  employee: [],
};

export function roleGrants(role: RoleCode, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
