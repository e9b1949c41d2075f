import type { RoleCode } from '../../../shared/roles.js';
import type { ProposedRecipients } from '../../../shared/schemas/surveys.js';
import { surveyContactRoles } from '../../../shared/surveys.js';

export interface SurveyUnit {
  id: string;
  name: string;
  path: string;
}

export interface RoleHolder {
  personId: string;
  name: string;
  email: string;
  role: string;
  scopeType: string;
  orgUnitId: string | null;
  /** The path of the unit the role covers: its scope unit, or the unit of its object. */
  path: string | null;
}

const contactRoles: readonly string[] = surveyContactRoles;

/**
 * Who to ask in each förvaltning or bolag: those holding a contact role for the unit, a unit
 * below it or an object there, and the unit's own line managers. Tenant-wide roles (the CISO
 * herself) make nobody a contact of one unit.
 */
export function proposeRecipients(units: readonly SurveyUnit[], holders: readonly RoleHolder[]): ProposedRecipients {
  return units.map((unit) => {
    const found = new Map<string, { personId: string; name: string; email: string; roles: RoleCode[] }>();
    for (const holder of holders) {
      const contact = contactRoles.includes(holder.role) && holder.path !== null && holder.path.startsWith(unit.path);
      const manager = holder.role === 'line_manager' && holder.scopeType === 'org_unit' && holder.orgUnitId === unit.id;
      if (!contact && !manager) continue;
      const person = found.get(holder.personId) ?? { personId: holder.personId, name: holder.name, email: holder.email, roles: [] };
      if (!person.roles.includes(holder.role as RoleCode)) person.roles.push(holder.role as RoleCode);
      found.set(holder.personId, person);
    }
    return { orgUnitId: unit.id, orgUnitName: unit.name, people: [...found.values()] };
  });
}
