/** Where a system runs (DOMAIN §3). */
export const hostingKinds = ['on_premises', 'saas', 'shared_operations', 'cloud'] as const;
export type HostingKind = (typeof hostingKinds)[number];

export const hostingLabels: Record<HostingKind, { sv: string; en: string }> = {
  on_premises: { sv: 'Egen drift', en: 'On premises' },
  saas: { sv: 'Molntjänst (SaaS)', en: 'Software as a service' },
  shared_operations: { sv: 'Gemensam kommunal drift', en: 'Shared municipal operations' },
  cloud: { sv: 'Egen drift i moln', en: 'Own cloud hosting' },
};

/** The infrastructure a system depends on. */
export const systemDependencies = ['ad', 'network', 'backup', 'electricity', 'premises', 'supplier', 'internet'] as const;
export type SystemDependency = (typeof systemDependencies)[number];

/** An object's classification coverage state (issue 3: valid, expired, incomplete, never). */
export const objectStateLabels = {
  valid: { sv: 'Giltig', en: 'Valid' },
  expired: { sv: 'Inaktuell', en: 'Expired' },
  incomplete: { sv: 'Ofullständig', en: 'Incomplete' },
  never: { sv: 'Aldrig klassad', en: 'Never classified' },
} as const;

export const systemDependencyLabels: Record<SystemDependency, { sv: string; en: string }> = {
  ad: { sv: 'Katalogtjänst (AD)', en: 'Directory service (AD)' },
  network: { sv: 'Nätverk', en: 'Network' },
  backup: { sv: 'Säkerhetskopiering', en: 'Backup' },
  electricity: { sv: 'El', en: 'Electricity' },
  premises: { sv: 'Lokaler', en: 'Premises' },
  supplier: { sv: 'Leverantör', en: 'Supplier' },
  internet: { sv: 'Internetförbindelse', en: 'Internet connection' },
};

/** Why an approved classification must be looked at again (DOMAIN §4). */
export const reviewReasons = ['system_changed', 'integration_added', 'new_information_set'] as const;
export type ReviewReason = (typeof reviewReasons)[number];

export const reviewReasonLabels: Record<ReviewReason, { sv: string; en: string }> = {
  system_changed: { sv: 'ett system har ändrats', en: 'a system has changed' },
  integration_added: { sv: 'en ny integration har lagts till', en: 'a new integration has been added' },
  new_information_set: { sv: 'en ny informationsmängd har tillkommit', en: 'a new information set has been added' },
};
