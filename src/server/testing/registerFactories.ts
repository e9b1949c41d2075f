import { withTenant } from '../db/context.js';
import { approveClassification, startClassification } from '../modules/classification/service.js';
import { createSet } from '../modules/informationSets/service.js';
import { createInformationType } from '../modules/informationTypes/service.js';
import { createObject } from '../modules/objects/service.js';
import { createSystem } from '../modules/systems/service.js';
import type { Profile } from '../../shared/classification/profile.js';
import type { Actor } from '../db/context.js';
import type { TestTenant } from './factories.js';

let counter = 0;
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${(counter += 1)}`;

/**
 * Register rows made through the real services (audit events included), for tests that need
 * objects, systems, information sets and approved classifications.
 */
export function registerFactory(tenant: TestTenant) {
  const asSystem = <T>(work: Parameters<typeof withTenant<T>>[3]) => withTenant(tenant.database, tenant.tenantId, null, work);
  return {
    async object(orgUnitId = tenant.rootOrgUnitId, values: { name?: string; ownerId?: string; critical?: boolean } = {}) {
      return asSystem((ctx) => createObject(ctx, { name: values.name ?? unique('Objekt'), description: '', orgUnitId, critical: values.critical ?? false, ownerId: values.ownerId }));
    },
    async system(objectId: string, name = unique('System')) {
      return asSystem((ctx) => createSystem(ctx, { objectId, name, description: '', supplier: 'Leverantör AB', hosting: 'saas', dependencies: [] }));
    },
    async set(objectId: string, values: { name?: string; ownerId?: string; informationTypeId?: string; systemIds?: string[] } = {}) {
      return asSystem((ctx) =>
        createSet(ctx, {
          objectId,
          name: values.name ?? unique('Informationsmängd'),
          description: '',
          ownerId: values.ownerId ?? null,
          informationTypeId: values.informationTypeId ?? null,
          legalBases: [],
          personalData: false,
          specialCategories: false,
          systemIds: values.systemIds ?? [],
        }),
      );
    },
    async informationType(profile: Profile, name = unique('Informationstyp')) {
      return asSystem((ctx) => createInformationType(ctx, { name, description: '', profile, reasons: {}, legalBases: [], personalData: false, specialCategories: false }));
    },
    /** A draft with the given levels, approved by the set's owner (who must exist). */
    async approved(setId: string, profile: Profile, owner: { id: string; name: string }) {
      const actor: Actor = { accountId: owner.id, personId: owner.id, name: owner.name, tenantId: tenant.tenantId, grants: [{ role: 'ciso', scopeType: 'tenant', scopePath: null }], via: 'session' };
      return withTenant(tenant.database, tenant.tenantId, actor, async (ctx) => {
        const draft = await startClassification(ctx, setId, { answers: {}, profile, reasons: {}, mayInvolveNationalSecurity: false });
        return approveClassification(ctx, draft.id, draft.version);
      });
    },
  };
}
