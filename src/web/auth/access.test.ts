import { describe, expect, it } from 'vitest';
import type { Me } from '../../shared/schemas/auth';
import { hasPermission, hasPermissionAt } from './access';

const ids = { root: 'root', social: 'social', homeCare: 'home-care', school: 'school' };
const parents: Record<string, string | null> = { root: null, social: 'root', 'home-care': 'social', school: 'root' };
const parentOf = (id: string) => parents[id];

function meWith(grants: Me['grants'], permissions: Me['permissions'] = []): Me {
  return {
    personId: '00000000-0000-4000-8000-000000000001',
    name: 'Test Person',
    email: 'test@example.se',
    locale: 'sv',
    tenant: { id: '00000000-0000-4000-8000-000000000002', name: 'Exempelkommun' },
    grants,
    permissions,
  };
}

describe('hasPermissionAt', () => {
  it('lets a tenant-wide administrator manage every unit', () => {
    const me = meWith([{ role: 'administrator', scopeType: 'tenant', orgUnitId: null, orgUnitName: null, objectId: null, objectName: null }]);
    expect(hasPermissionAt(me, 'org.manage', ids.school, parentOf)).toBe(true);
  });

  it('limits a unit-scoped grant to that unit and its subunits', () => {
    const me = meWith([{ role: 'administrator', scopeType: 'org_unit', orgUnitId: ids.social, orgUnitName: 'Social', objectId: null, objectName: null }]);
    expect(hasPermissionAt(me, 'org.manage', ids.social, parentOf)).toBe(true);
    expect(hasPermissionAt(me, 'org.manage', ids.homeCare, parentOf)).toBe(true);
    expect(hasPermissionAt(me, 'org.manage', ids.school, parentOf)).toBe(false);
    expect(hasPermissionAt(me, 'org.manage', ids.root, parentOf)).toBe(false);
  });

  it('refuses a permission the role does not carry', () => {
    const me = meWith([{ role: 'auditor', scopeType: 'tenant', orgUnitId: null, orgUnitName: null, objectId: null, objectName: null }]);
    expect(hasPermissionAt(me, 'org.manage', ids.root, parentOf)).toBe(false);
    expect(hasPermissionAt(me, 'org.read', ids.root, parentOf)).toBe(true);
  });
});

describe('hasPermission', () => {
  it('reads the permissions the server listed', () => {
    expect(hasPermission(meWith([], ['audit.read']), 'audit.read')).toBe(true);
    expect(hasPermission(meWith([]), 'org.read')).toBe(false);
  });
});
