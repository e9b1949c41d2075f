/**
 * How the demo uses each threat of the catalogue (src/shared/risk/threatCatalogue.ts) in
 * Exempelkommun's risk analyses: how likely it usually is there (1-4 on the MSB scale), whether
 * it hits harder than the object's classification alone says, where it is relevant at all, and
 * the reduction actions a municipality would typically decide. All text is Värn's own.
 */
export interface ThreatUse {
  /** The usual likelihood before the analysis group's own judgement (±1). */
  likelihood: number;
  /** Added to the impact the object's classification suggests. */
  impactShift?: number;
  /** Only for objects in these units (a unit key or an ancestor's), or with this kind of hosting. */
  where?: { units?: readonly string[]; hosting?: 'own' | 'external' };
  /** Reduction actions, in the order a group would usually choose them. */
  actions: readonly string[];
}

const socialCare = ['sof', 'vof', 'hr', 'kansli', 'bygglov', 'buf'];
const payments = ['ekonomi', 'hr', 'ifo', 'bostader', 'energi', 'va', 'kommunikation'];
const operationalTech = ['va', 'energi', 'fastighet', 'bostader', 'gata-park'];
const schools = ['buf'];
const publicServices = ['kommunikation', 'ekonomi', 'it', 'energi', 'bostader', 'forskola', 'gymnasium', 'bibliotek', 'fritid'];

export const threatUse: Record<string, ThreatUse> = {
  ransomware: { likelihood: 2, impactShift: 1, actions: ['Inför oföränderliga säkerhetskopior som inte nås från domänen', 'Segmentera nätet mellan klienter och serverzonen', 'Öva återställning av hela systemet från säkerhetskopia'] },
  'phishing-credential-theft': { likelihood: 4, actions: ['Inför flerfaktorsautentisering för alla användare av systemet', 'Genomför nätfiskeövning och utbildning för verksamheten', 'Spärra äldre inloggningsprotokoll utan flerfaktorsstöd'] },
  'insider-misuse': { likelihood: 2, where: { units: socialCare }, actions: ['Inför regelbunden logguppföljning av läsningar i akter', 'Se över behörighetsprofilerna så att de följer tjänstebehovet', 'Informera personalen om sekretess och att loggarna följs upp'] },
  'ddos-e-services': { likelihood: 3, impactShift: -1, where: { units: publicServices }, actions: ['Teckna skydd mot överbelastningsattacker hos internetleverantören', 'Förbered en statisk krissida som kan visas vid avbrott'] },
  'exploited-vulnerability': { likelihood: 3, actions: ['Inför sårbarhetsskanning av system som nås från internet', 'Sätt krav på leverantören att åtgärda kritiska sårbarheter inom sju dagar'] },
  'phone-social-engineering': { likelihood: 3, impactShift: -1, actions: ['Inför rutin för motringning vid ändringar som begärs per telefon', 'Utbilda kontaktcenter och växel i att känna igen bedrägeriförsök'] },
  'payment-redirection-fraud': { likelihood: 3, where: { units: payments }, actions: ['Inför kontroll mot leverantörsregistret innan kontouppgifter ändras', 'Kräv två personer för ändring av betalningsmottagare'] },
  'supplier-data-breach': { likelihood: 2, where: { hosting: 'external' }, actions: ['Teckna personuppgiftsbiträdesavtal med krav på incidentrapportering inom 24 timmar', 'Följ upp leverantörens säkerhetsarbete vid årligt avtalsmöte'] },
  'ot-sabotage-water': { likelihood: 2, impactShift: 1, where: { units: operationalTech }, actions: ['Skilj styrsystemets nät från kontorsnätet', 'Stäng leverantörens fasta fjärråtkomst och inför uppkoppling på begäran', 'Öva manuell drift av anläggningen'] },
  'physical-break-in': { likelihood: 2, impactShift: -1, actions: ['Installera inbrottslarm och passerkontroll i lokalen', 'Lås in servrar och nätverksutrustning i låsta skåp'] },
  'e-service-account-takeover': { likelihood: 2, where: { units: publicServices }, actions: ['Kräv e-legitimation för ändring av kontaktuppgifter i e-tjänsten', 'Inför larm vid ovanligt många inloggningar från samma adress'] },
  'social-media-disinformation': { likelihood: 3, impactShift: -1, where: { units: ['kommunikation', 'klf'] }, actions: ['Inför flerfaktorsautentisering på kommunens konton i sociala medier', 'Ta fram rutin för att bemöta desinformation under en kris'] },
  'misdirected-email': { likelihood: 4, actions: ['Inför varning vid e-post till externa mottagare med personnummer', 'Använd säker meddelandehantering i stället för e-post för känsliga uppgifter'] },
  'failed-change': { likelihood: 3, impactShift: -1, actions: ['Inför ändringshantering med test i testmiljö före produktion', 'Kräv reservplan för återgång vid varje uppgradering'] },
  'lost-stolen-device': { likelihood: 3, impactShift: -1, actions: ['Kryptera hårddiskar och mobila enheter', 'Inför fjärradering av förlorade telefoner och surfplattor'] },
  'usb-malware': { likelihood: 2, impactShift: -1, actions: ['Blockera okända USB-minnen på kommunens datorer', 'Inför sluss för skanning av externa lagringsmedia'] },
  'ai-cloud-sharing-leak': { likelihood: 3, actions: ['Ta fram riktlinje för användning av AI-tjänster', 'Erbjud en godkänd AI-tjänst där data inte används för träning'] },
  'digital-mail-wrong-recipient': { likelihood: 3, where: { units: socialCare }, actions: ['Inför kontroll av mottagare och skyddade personuppgifter före digitalt utskick', 'Granska mallarna för utskick från verksamhetssystemet'] },
  'case-data-entry-error': { likelihood: 4, impactShift: -1, actions: ['Inför obligatoriska fält och rimlighetskontroller i ärendeflödet', 'Inför stickprovskontroll av registrerade beslut varje månad'] },
  'misconfigured-cloud-storage': { likelihood: 2, where: { hosting: 'external' }, actions: ['Inför regelbunden granskning av delningsinställningar i molnlagringen', 'Stäng av delning med anonyma länkar'] },
  'unattended-paper-records': { likelihood: 3, impactShift: -1, where: { units: ['sof', 'vof', 'hr', 'kansli', 'buf', 'bygglov'] }, actions: ['Inför säker utskrift som kräver passerkort vid skrivaren', 'Ställ ut låsta kärl för sekretesspapper'] },
  'power-outage': { likelihood: 2, actions: ['Installera avbrottsfri kraft (UPS) med drifttid på minst fyra timmar', 'Förbered anslutning av reservkraftverk', 'Ta fram reservrutiner på papper för verksamheten'] },
  'server-room-fire': { likelihood: 1, impactShift: 1, where: { hosting: 'own' }, actions: ['Installera automatiskt släcksystem i serverrummet', 'Flytta säkerhetskopiorna till en annan byggnad'] },
  'network-outage': { likelihood: 3, impactShift: -1, actions: ['Skaffa redundant förbindelse via en annan operatör', 'Förbered mobilt reservsamband för de viktigaste arbetsplatserna'] },
  'missing-logging': { likelihood: 3, impactShift: -1, actions: ['Skicka systemets loggar till den centrala loggplattformen', 'Bestäm vilka händelser som ska loggas och hur länge loggarna sparas'] },
  'gnss-time-disruption': { likelihood: 1, where: { units: ['it-drift', 'va', 'energi', 'hemtjanst', 'klf'] }, actions: ['Inför reservkälla för tidssynkronisering', 'Lägg in larm när tiden i systemen avviker'] },
  'school-platform-exposure': { likelihood: 2, where: { units: schools }, actions: ['Granska vilka uppgifter som syns för vårdnadshavare och elever', 'Inför skyddsmarkering för elever med skyddade personuppgifter i plattformen'] },
  'hardware-failure': { likelihood: 2, impactShift: -1, where: { hosting: 'own' }, actions: ['Byt ut servrar som passerat leverantörens supportperiod', 'Teckna serviceavtal med utbyte av hårdvara inom fyra timmar'] },
  'server-room-flooding': { likelihood: 1, where: { hosting: 'own' }, actions: ['Flytta serverutrustning från källarplan', 'Installera vattenlarm under golvet i serverrummet'] },
  'heat-cooling-failure': { likelihood: 2, impactShift: -1, where: { hosting: 'own' }, actions: ['Installera redundant kyla i serverrummet', 'Inför temperaturlarm till driftjouren'] },
  'pandemic-staff-shortage': { likelihood: 2, impactShift: -1, actions: ['Utbilda fler medarbetare i systemets kritiska moment', 'Dokumentera lägsta acceptabla bemanning och prioriteringar'] },
  'storm-connectivity-outage': { likelihood: 2, impactShift: -1, actions: ['Förbered arbete från annan ort vid långvarigt avbrott', 'Skaffa satellitbaserat reservsamband för krisledningen'] },
  'supplier-outage': { likelihood: 3, where: { hosting: 'external' }, actions: ['Skriv in tillgänglighetskrav och viten i avtalet med leverantören', 'Öva verksamhetens reservrutin vid avbrott hos leverantören'] },
  'cloud-service-termination': { likelihood: 1, where: { hosting: 'external' }, actions: ['Säkerställ regelbunden export av data i öppet format', 'Ta fram en exitplan för tjänsten'] },
  'unpatched-systems': { likelihood: 3, actions: ['Inför månatligt fönster för säkerhetsuppdateringar', 'Ersätt komponenter som inte längre får uppdateringar'] },
  'weak-access-control': { likelihood: 3, actions: ['Ta bort delade konton och inför personliga inloggningar', 'Inför årlig attest av behörigheter av chef'] },
  'former-employee-accounts': { likelihood: 3, impactShift: -1, actions: ['Koppla avslut av konton till avslutad anställning i lönesystemet', 'Gå igenom konton som inte använts på 90 dagar'] },
  'key-personnel-loss': { likelihood: 3, impactShift: -1, actions: ['Dokumentera systemets förvaltning och rutiner', 'Utse och utbilda en ersättare för systemförvaltaren'] },
  'failed-backup-restore': { likelihood: 2, actions: ['Genomför återläsningstest varje kvartal', 'Ta med systemet i den centrala säkerhetskopieringen'] },
  'third-country-transfer': { likelihood: 2, where: { hosting: 'external' }, actions: ['Gör en överföringsanalys för tjänsten', 'Kräv lagring och support inom EU/EES i avtalet'] },
  'procurement-without-security': { likelihood: 3, impactShift: -1, actions: ['Använd kommunens mall för säkerhetskrav vid nästa upphandling', 'Låt informationssäkerhetsstrategen granska kravställningen'] },
  'premature-records-disposal': { likelihood: 2, impactShift: -1, where: { units: ['kansli', 'sof', 'vof', 'buf', 'sbf', 'hr', 'mf'] }, actions: ['Uppdatera dokumenthanteringsplanen för verksamheten', 'Inför kontroll mot gallringsbeslut innan data raderas'] },
};

/** Risks a contract or an insurance can carry (överföra); others are reduced instead. */
export const transferable = new Set([
  'supplier-outage', 'supplier-data-breach', 'cloud-service-termination', 'third-country-transfer', 'ddos-e-services', 'server-room-fire',
  'server-room-flooding', 'hardware-failure', 'payment-redirection-fraud', 'exploited-vulnerability', 'license-expiry', 'supplier-remote-access',
]);

/** Risks that go away when a tool or a way of working is dropped (undvika); others are reduced instead. */
export const avoidable = new Set([
  'ai-cloud-sharing-leak', 'usb-malware', 'misconfigured-cloud-storage', 'third-country-transfer', 'social-media-disinformation', 'private-notes',
  'ai-transcription', 'manual-export-files', 'shared-function-account', 'supplier-remote-access', 'lost-stolen-device', 'unattended-paper-records',
]);
