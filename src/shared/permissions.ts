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
] as const;

export type Permission = (typeof permissions)[number];
export type RoutePermission = Permission | 'authenticated' | 'public';

const readEverything: Permission[] = ['org.read', 'people.read', 'roles.read'];

/** Default permissions per role. Scope comes from the assignment, not from here. */
export const rolePermissions: Record<RoleCode, readonly Permission[]> = {
  administrator: [...permissions],
  ciso: [...readEverything, 'audit.read'],
  it_manager: readEverything,
  incident_manager: readEverything,
  information_owner: ['org.read', 'people.read'],
  object_owner: ['org.read', 'people.read'],
  business_service_manager: ['org.read', 'people.read'],
  it_service_manager: ['org.read', 'people.read'],
  system_administrator: ['org.read', 'people.read'],
  risk_owner: ['org.read', 'people.read'],
  data_protection_officer: [...readEverything, 'audit.read'],
  protective_security_officer: readEverything,
  line_manager: ['org.read', 'people.read', 'roles.read'],
  auditor: [...readEverything, 'audit.read'],
  employee: [],
};

export function roleGrants(role: RoleCode, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
