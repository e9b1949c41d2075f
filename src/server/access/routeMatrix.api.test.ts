import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize, hasAnywhere, type AccessTarget, type Grant } from '../../shared/access.js';
import { roleCodes, type RoleCode } from '../../shared/roles.js';
import { allRoutes } from '../http/allRoutes.js';
import type { RouteSpec } from '../http/route.js';
import { makeTenant, testPassword, type TestTenant } from '../testing/factories.js';
import { createTestApp, signIn, type Client, type TestApp } from '../testing/testApp.js';
import { routeSamples, type Place } from './routeSamples.js';

/**
 * Walks every registered route for every role, scoped to the whole tenant and to one
 * subtree, against a target inside the subtree, outside it, and in another tenant. The
 * expected answer comes from the same pure `authorize` the server uses, so a route whose
 * declared permission or target is wrong, or whose query leaks, fails here.
 */
describe('every route for every role', () => {
  let test: TestApp;
  let home: TestTenant;
  let other: TestTenant;
  let inside: Place;
  let outside: Place;
  let elsewhere: Place;
  const callers = new Map<string, { client: Client; grants: Grant[] }>();
  let hiddenFromSubtree: string[] = [];
  let hiddenFromEveryone: string[] = [];

  beforeAll(async () => {
    test = await createTestApp();
    home = await makeTenant(test.database, 'Hemkommun');
    other = await makeTenant(test.database, 'Annankommun');
    const scoped = await home.unit('Socialförvaltningen');
    const scopedChild = await home.unit('Hemtjänst', scoped.id, 'avdelning');
    const unscoped = await home.unit('Tekniska förvaltningen');
    const foreign = await other.unit('Främmande förvaltning');
    const pathOf = (tenant: TestTenant, id: string) => tenant.pathOf(id);
    const scopedPath = await pathOf(home, scoped.id);
    inside = { tenant: home, unitId: scopedChild.id, path: await pathOf(home, scopedChild.id) };
    outside = { tenant: home, unitId: unscoped.id, path: await pathOf(home, unscoped.id) };
    elsewhere = { tenant: other, unitId: foreign.id, path: await pathOf(other, foreign.id) };

    const outsider = await home.user([{ role: 'risk_owner', orgUnitId: unscoped.id }], unscoped.id);
    const foreigner = await other.user([{ role: 'risk_owner', orgUnitId: foreign.id }], foreign.id);
    hiddenFromSubtree = [unscoped.id, outsider.id];
    hiddenFromEveryone = [foreign.id, foreigner.id, other.rootOrgUnitId];

    for (const role of roleCodes) {
      for (const scope of ['tenant', 'subtree'] as const) {
        const user = await home.user([{ role, orgUnitId: scope === 'subtree' ? scoped.id : undefined }], scopedChild.id);
        const grants: Grant[] = [{ role, scopeType: scope === 'tenant' ? 'tenant' : 'org_unit', scopePath: scope === 'tenant' ? null : scopedPath }];
        callers.set(`${role}/${scope}`, { client: await signIn(test.app, user.email, testPassword), grants });
      }
    }
  }, 300_000);
  afterAll(() => test?.close());

  const signedInRoutes = allRoutes.filter((route) => route.access.permission !== 'public') as RouteSpec<never, never, never, never>[];
  const routeKey = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

  it('has a sample request for every registered route', () => {
    const missing = signedInRoutes.map(routeKey).filter((key) => !routeSamples[key]);
    expect(missing).toEqual([]);
  });

  // 202: an accepted upload whose import runs as a job.
  const success = [200, 201, 202, 204];
  const cases = signedInRoutes.flatMap((route) => roleCodes.map((role) => [routeKey(route), role, route] as const));

  it.each(cases)('%s as %s', async (key, role: RoleCode, route) => {
    const sample = routeSamples[key];
    const access = route.access;
    for (const scope of ['tenant', 'subtree'] as const) {
      const { client, grants } = callers.get(`${role}/${scope}`)!;
      for (const [placeName, place] of [['inside', inside], ['outside', outside], ['other tenant', elsewhere]] as const) {
        const request = await sample(place, client);
        const response = await client.request(request.method ?? route.method, request.url, request.body);
        const label = `${key} as ${role}/${scope} on a target ${placeName}: ${response.statusCode} ${response.body.slice(0, 200)}`;
        if (access.permission === 'authenticated') {
          if (placeName === 'other tenant' && request.addressesTarget) expect(response.statusCode, label).toBe(404);
          else expect(response.statusCode, label).not.toBeOneOf([401, 403, 404]);
          continue;
        }
        if (access.target === 'reach' || access.target === 'tenant') {
          const target: AccessTarget = { kind: 'tenant' };
          const allowed = access.target === 'reach' ? hasAnywhere(grants, access.permission) : authorize(grants, access.permission, target);
          // A tenant-wide create (e.g. a survey) answers 201.
          expect(response.statusCode, label).toBeOneOf(allowed ? success : [403]);
          if (allowed) {
            for (const id of hiddenFromEveryone) expect(response.body, `${label} leaks another tenant`).not.toContain(id);
            if (scope === 'subtree') for (const id of hiddenFromSubtree) expect(response.body, `${label} leaks outside the scope`).not.toContain(id);
          }
          break; // a list does not address a place: one request per scope is enough
        }
        if (placeName === 'other tenant') {
          expect(response.statusCode, label).toBe(404);
          continue;
        }
        const allowed = authorize(grants, access.permission, { kind: 'orgUnit', path: place.path });
        if (allowed) expect(response.statusCode, label).toBeOneOf(success);
        else expect(response.statusCode, label).toBeOneOf([403, 404]);
      }
    }
  });
});
