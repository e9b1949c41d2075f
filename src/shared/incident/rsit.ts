/**
 * The ENISA Reference Security Incident Taxonomy (RSIT, eCSIRT.net mkVI successor) used as the
 * incident's type (DOMAIN §6). Codes are API values and never change; type codes are unique
 * across classes, so a type code alone identifies its class. Ransomware is not an RSIT type of its
 * own, but municipalities and CERT-SE name it, so it is listed under malicious code.
 */
const rsitData = [
  {
    code: 'abusive_content', sv: 'Otillbörligt innehåll', en: 'Abusive content',
    types: [
      { code: 'spam', sv: 'Skräppost', en: 'Spam' },
      { code: 'harmful_speech', sv: 'Hatiskt eller kränkande innehåll', en: 'Harmful speech' },
      { code: 'violence', sv: 'Sexuella övergrepp mot barn, sexuellt eller våldsamt innehåll', en: 'Child sexual exploitation, sexual or violent content' },
    ],
  },
  {
    code: 'malicious_code', sv: 'Skadlig kod', en: 'Malicious code',
    types: [
      { code: 'infected_system', sv: 'Infekterat system', en: 'Infected system' },
      { code: 'c2_server', sv: 'Styrserver (C2)', en: 'C2 server' },
      { code: 'malware_distribution', sv: 'Spridning av skadlig kod', en: 'Malware distribution' },
      { code: 'malware_configuration', sv: 'Konfiguration för skadlig kod', en: 'Malware configuration' },
      { code: 'ransomware', sv: 'Ransomware (utpressningsprogram)', en: 'Ransomware' },
    ],
  },
  {
    code: 'information_gathering', sv: 'Informationsinsamling', en: 'Information gathering',
    types: [
      { code: 'scanner', sv: 'Skanning', en: 'Scanning' },
      { code: 'sniffing', sv: 'Avlyssning av nätverkstrafik', en: 'Sniffing' },
      { code: 'social_engineering', sv: 'Social manipulation', en: 'Social engineering' },
    ],
  },
  {
    code: 'intrusion_attempts', sv: 'Intrångsförsök', en: 'Intrusion attempts',
    types: [
      { code: 'known_vulnerability_exploitation', sv: 'Utnyttjande av kända sårbarheter', en: 'Exploitation of known vulnerabilities' },
      { code: 'login_attempts', sv: 'Inloggningsförsök', en: 'Login attempts' },
      { code: 'new_attack_signature', sv: 'Ny attacksignatur', en: 'New attack signature' },
    ],
  },
  {
    code: 'intrusions', sv: 'Intrång', en: 'Intrusions',
    types: [
      { code: 'privileged_account_compromise', sv: 'Intrång i privilegierat konto', en: 'Privileged account compromise' },
      { code: 'unprivileged_account_compromise', sv: 'Intrång i icke-privilegierat konto', en: 'Unprivileged account compromise' },
      { code: 'application_compromise', sv: 'Intrång i applikation', en: 'Application compromise' },
      { code: 'system_compromise', sv: 'Intrång i system', en: 'System compromise' },
      { code: 'burglary', sv: 'Inbrott', en: 'Burglary' },
    ],
  },
  {
    code: 'availability', sv: 'Tillgänglighet', en: 'Availability',
    types: [
      { code: 'dos', sv: 'Överbelastningsattack (DoS)', en: 'Denial of service (DoS)' },
      { code: 'ddos', sv: 'Distribuerad överbelastningsattack (DDoS)', en: 'Distributed denial of service (DDoS)' },
      { code: 'misconfiguration', sv: 'Felkonfiguration', en: 'Misconfiguration' },
      { code: 'sabotage', sv: 'Sabotage', en: 'Sabotage' },
      { code: 'outage', sv: 'Avbrott', en: 'Outage' },
    ],
  },
  {
    code: 'information_content_security', sv: 'Informationens säkerhet', en: 'Information content security',
    types: [
      { code: 'unauthorised_information_access', sv: 'Obehörig åtkomst till information', en: 'Unauthorised access to information' },
      { code: 'unauthorised_information_modification', sv: 'Obehörig ändring av information', en: 'Unauthorised modification of information' },
      { code: 'data_loss', sv: 'Förlust av information', en: 'Data loss' },
      { code: 'data_leak', sv: 'Läckage av konfidentiell information', en: 'Leak of confidential information' },
    ],
  },
  {
    code: 'fraud', sv: 'Bedrägeri', en: 'Fraud',
    types: [
      { code: 'unauthorised_resource_use', sv: 'Obehörig användning av resurser', en: 'Unauthorised use of resources' },
      { code: 'copyright', sv: 'Upphovsrättsintrång', en: 'Copyright' },
      { code: 'masquerade', sv: 'Att utge sig för att vara någon annan', en: 'Masquerade' },
      { code: 'phishing', sv: 'Nätfiske', en: 'Phishing' },
    ],
  },
  {
    code: 'vulnerable', sv: 'Sårbarhet', en: 'Vulnerable',
    types: [
      { code: 'weak_crypto', sv: 'Svag kryptering', en: 'Weak cryptography' },
      { code: 'ddos_amplifier', sv: 'DDoS-förstärkare', en: 'DDoS amplifier' },
      { code: 'potentially_unwanted_services', sv: 'Åtkomliga tjänster som kan vara oönskade', en: 'Potentially unwanted accessible services' },
      { code: 'information_disclosure', sv: 'Informationsröjande', en: 'Information disclosure' },
      { code: 'vulnerable_system', sv: 'Sårbart system', en: 'Vulnerable system' },
    ],
  },
  {
    code: 'other', sv: 'Övrigt', en: 'Other',
    types: [
      { code: 'uncategorised', sv: 'Okategoriserad', en: 'Uncategorised' },
      { code: 'undetermined', sv: 'Ej fastställd', en: 'Undetermined' },
    ],
  },
  {
    code: 'test', sv: 'Test', en: 'Test',
    types: [{ code: 'test', sv: 'Test', en: 'Test' }],
  },
] as const;

export type RsitClassCode = (typeof rsitData)[number]['code'];
export type RsitTypeCode = (typeof rsitData)[number]['types'][number]['code'];

export interface RsitType {
  code: RsitTypeCode;
  sv: string;
  en: string;
}

export interface RsitClass {
  code: RsitClassCode;
  sv: string;
  en: string;
  types: readonly RsitType[];
}

export const rsitClasses: readonly RsitClass[] = rsitData;

export const rsitClassCodes: readonly RsitClassCode[] = rsitClasses.map((rsitClass) => rsitClass.code);

/** Every type code of every class, in taxonomy order (usable with z.enum). */
export const rsitTypeCodes: readonly RsitTypeCode[] = rsitClasses.flatMap((rsitClass) => rsitClass.types.map((type) => type.code));

/** The class each type belongs to: the type code alone decides it. */
export const rsitClassOfType = Object.fromEntries(
  rsitClasses.flatMap((rsitClass) => rsitClass.types.map((type) => [type.code, rsitClass.code])),
) as Record<RsitTypeCode, RsitClassCode>;

export function isRsitClassCode(value: unknown): value is RsitClassCode {
  return typeof value === 'string' && (rsitClassCodes as readonly string[]).includes(value);
}

export function isRsitTypeCode(value: unknown): value is RsitTypeCode {
  return typeof value === 'string' && (rsitTypeCodes as readonly string[]).includes(value);
}

export function findRsitClass(classCode: string): RsitClass | undefined {
  return rsitClasses.find((rsitClass) => rsitClass.code === classCode);
}

/** The type, only when it belongs to that class; undefined for unknown codes or a mismatched pair. */
export function findRsitType(classCode: string, typeCode: string): RsitType | undefined {
  return findRsitClass(classCode)?.types.find((type) => type.code === typeCode);
}
