/** The roles of DOMAIN §2. Codes are stable API values; labels are for the UI. */
export const roleCodes = [
  'administrator',
  'ciso',
  'it_manager',
  'incident_manager',
  'information_owner',
  'object_owner',
  'business_service_manager',
  'it_service_manager',
  'system_administrator',
  'risk_owner',
  'data_protection_officer',
  'protective_security_officer',
  'line_manager',
  'municipal_director',
  'auditor',
  'employee',
] as const;

export type RoleCode = (typeof roleCodes)[number];

export const roleLabels: Record<RoleCode, { sv: string; en: string }> = {
  administrator: { sv: 'Administratör', en: 'Administrator' },
  ciso: { sv: 'Kommunstrateg informationssäkerhet', en: 'Information-security strategist (CISO)' },
  it_manager: { sv: 'IT-chef', en: 'IT manager' },
  incident_manager: { sv: 'Incidentansvarig', en: 'Incident manager' },
  information_owner: { sv: 'Informationsägare', en: 'Information owner' },
  object_owner: { sv: 'Objektägare', en: 'Object owner' },
  business_service_manager: { sv: 'Förvaltningsledare verksamhet', en: 'Business service manager' },
  it_service_manager: { sv: 'IT-förvaltningsledare', en: 'IT service manager' },
  system_administrator: { sv: 'Systemförvaltare', en: 'System administrator' },
  risk_owner: { sv: 'Riskägare', en: 'Risk owner' },
  data_protection_officer: { sv: 'Dataskyddsombud', en: 'Data protection officer' },
  protective_security_officer: { sv: 'Säkerhetsskyddschef', en: 'Protective-security officer' },
  line_manager: { sv: 'Chef', en: 'Line manager' },
  municipal_director: { sv: 'Kommundirektör', en: 'Municipal director' },
  auditor: { sv: 'Revisor', en: 'Auditor' },
  employee: { sv: 'Medarbetare', en: 'Employee' },
};

/** Where a role assignment applies: the whole tenant, one org-unit subtree, or one förvaltningsobjekt. */
export const scopeTypes = ['tenant', 'org_unit', 'object'] as const;
export type ScopeType = (typeof scopeTypes)[number];
