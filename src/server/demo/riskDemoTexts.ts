import type { Aspect } from '../../shared/classification/aspects.js';
import type { Profile } from '../../shared/classification/profile.js';
import type { RiskLevel } from '../../shared/risk/matrix.js';
import type { ThreatOrigin } from '../../shared/risk/threatOrigins.js';
import type { ThreatUse } from './riskDemoContent.js';

/**
 * The Swedish texts of Exempelkommun's risk analyses: purposes, the analyses that are not of a
 * whole förvaltningsobjekt, risks the groups wrote themselves (not from the catalogue), and the
 * wording of treatment decisions and acceptances. All written for this project.
 */

/** `{object}` is replaced by the object's name. */
export const objectPurposes = [
  'Årlig riskanalys av {object} enligt kommunens riktlinje för informationssäkerhet. Underlaget är objektets klassning och handlingsplan.',
  'Riskanalys av {object} inför ny upphandling av verksamhetssystem: vilka krav behöver ställas på leverantören och vilka risker behöver hanteras under bytet?',
  'Förnyad riskanalys av {object} efter att driften flyttats till leverantörens molntjänst.',
  'Riskanalys av {object} som underlag för kontinuitetsplanen och beslut om reservrutiner vid längre avbrott.',
  'Riskanalys av {object} med anledning av kraven på riskhantering i cybersäkerhetslagen.',
  'Riskanalys av {object} efter en avvikelse där uppgifter hamnade hos fel mottagare. Fokus på konfidentialitet och behörigheter.',
  'Första riskanalysen av {object} sedan objektet bildades och fick en objektägare.',
  'Riskanalys av {object} efter att klassningen höjts. Vilka skydd saknas för den nya nivån?',
];

/** A risk the analysis group wrote in its own words (threat code null in the register). */
export interface OwnRisk extends ThreatUse {
  key: string;
  origin: ThreatOrigin;
  aspects: readonly Aspect[];
  title: string;
  cause: string;
  event: string;
  consequence: string;
}

const own = (key: string, origin: ThreatOrigin, aspects: Aspect[], likelihood: number, title: string, cause: string, event: string, consequence: string, actions: string[], where?: ThreatUse['where']): OwnRisk => ({ key, origin, aspects, likelihood, title, cause, event, consequence, actions, where });

export const ownRisks: OwnRisk[] = [
  own('temp-staff-access', 'organisational', ['K'], 3, 'För breda behörigheter för sommarvikarier', 'att sommarvikarier får samma behörighetsprofil som ordinarie personal för att det går snabbast', 'att vikarier kan läsa uppgifter om personer de inte arbetar med', 'obehörig insyn i känsliga uppgifter och brott mot sekretessen', ['Inför en särskild behörighetsprofil för vikarier med tidsgräns']),
  own('integration-no-check', 'technology', ['R'], 3, 'Tappade poster i integration', 'att integrationen saknar kontroll av att alla poster kommit fram', 'att uppgifter tappas bort i överföringen utan att någon märker det', 'beslut och utbetalningar som grundas på ofullständiga uppgifter', ['Inför avstämning av antal poster efter varje överföring']),
  own('supplier-remote-access', 'organisational', ['K', 'R'], 3, 'Leverantörens fria fjärråtkomst', 'att leverantörens supportpersonal har ständig fjärråtkomst med administratörsbehörighet', 'en ändring eller läsning av data som kommunen inte känner till', 'att fel och intrång inte kan spåras och att kommunen inte har kontroll över sin information', ['Inför fjärråtkomst för leverantören på begäran och med loggning'], { hosting: 'own' }),
  own('untested-fallback', 'organisational', ['T'], 3, 'Reservrutinerna är inte övade', 'att reservrutinerna på papper inte har övats på flera år och att ny personal inte känner till dem', 'att verksamheten inte kan arbeta vidare när systemet ligger nere', 'förseningar i beslut och insatser till enskilda och stora mängder efterregistrering', ['Öva reservrutinen vid en planerad driftsättning']),
  own('private-notes', 'human_accidental', ['K', 'S'], 3, 'Anteckningar utanför systemet', 'att det mobila stödet är långsamt och att personalen därför för anteckningar i privata telefoner', 'att känsliga uppgifter lagras utanför kommunens kontroll', 'att uppgifter kan spridas och att dokumentationen i akten blir ofullständig', ['Förbättra mobilt stöd för dokumentation på plats'], { units: ['vof', 'sof', 'buf'] }),
  own('license-expiry', 'organisational', ['T'], 2, 'Avtalet löper ut utan förlängning', 'att avtalet med leverantören löper ut innan en ny upphandling är klar', 'att leverantören stänger tjänsten eller kräver ett kraftigt höjt pris', 'avbrott i verksamheten eller en dyr direktupphandling under tidspress', ['Lägg in avtalets slutdatum i avtalskatalogen med påminnelse 18 månader innan'], { hosting: 'external' }),
  own('shared-function-account', 'organisational', ['S'], 3, 'Funktionskonton utan spårbarhet', 'att flera medarbetare loggar in med samma funktionskonto på arbetsplatsens gemensamma dator', 'att det inte går att se vem som gjort en viss registrering eller läsning', 'att fel inte kan utredas och att logguppföljning blir meningslös', ['Ersätt funktionskontot med personliga konton och snabbinloggning med kort']),
  own('child-photos', 'human_accidental', ['K'], 3, 'Bilder på barn sprids', 'att personal använder privata telefoner för att fotografera och dokumentera', 'att bilder på barn med skyddade personuppgifter publiceras eller delas', 'att ett barn som behöver skydd kan hittas och att vårdnadshavares förtroende skadas', ['Dela ut verksamhetstelefoner och förbjud privata telefoner för dokumentation'], { units: ['forskola', 'skola-norr', 'skola-soder', 'fritid'] }),
  own('camera-wrong-viewer', 'technology', ['K'], 2, 'Kameratillsyn visas för fel person', 'en felaktig koppling mellan brukare och kamera i tillsynssystemet', 'att nattpersonal ser bilder från fel lägenhet eller att bilder sparas', 'allvarlig kränkning av den enskildes integritet i det egna hemmet', ['Inför kontroll av kamerakopplingen vid varje ny brukare'], { units: ['sarskilt-boende', 'hemtjanst'] }),
  own('alarm-digital-switch', 'technology', ['T'], 2, 'Larm når inte fram efter teknikbyte', 'övergången från analog till digital telefoni och mobilnät med dålig täckning i glesbygd', 'att ett trygghetslarm inte når larmcentralen', 'att en äldre person inte får hjälp i tid efter ett fall', ['Inför daglig provlarmning från alla larm med larm vid utebliven kontakt'], { units: ['hemtjanst'] }),
  own('automated-decision-error', 'technology', ['R'], 2, 'Fel i automatiserade beslut', 'ett fel i regelverket i programroboten efter en ändrad norm', 'att roboten förbereder felaktiga beslut för många sökande samtidigt', 'felaktiga utbetalningar, återkrav och att enskilda står utan pengar', ['Inför granskning av robotens regler vid varje normändring', 'Kräv manuell kontroll av ett urval av beslut varje vecka'], { units: ['ifo'] }),
  own('key-fob-cloning', 'human_deliberate', ['K', 'T'], 2, 'Kopierade nyckelbrickor', 'att passerbrickorna använder en äldre teknik som är lätt att kopiera', 'att obehöriga tar sig in i lokaler med kopierade brickor', 'stöld av utrustning, åtkomst till handlingar och hot mot personal och boende', ['Byt till passerbrickor med krypterad kommunikation'], { units: ['bostader', 'fastighet', 'sarskilt-boende'] }),
  own('manual-export-files', 'human_accidental', ['K'], 3, 'Uttag till Excel sparas på fel ställe', 'att statistik och underlag tas ut som Excel-filer med personnummer', 'att filerna sparas på gemensamma filytor eller skickas vidare', 'att känsliga uppgifter blir kvar och kan läsas av många', ['Inför uttag utan personnummer som standard i rapportverktyget']),
  own('ai-transcription', 'human_accidental', ['K'], 2, 'Transkribering med ej godkänd AI-tjänst', 'att handläggare använder en gratis transkriberingstjänst för att spara tid vid samtal', 'att inspelade samtal med känsliga uppgifter laddas upp till en tjänst utanför EU', 'röjande av sekretessuppgifter och brott mot dataskyddsförordningen', ['Erbjud en godkänd transkriberingstjänst med avtal'], { units: ['sof', 'vof', 'hr'] }),
];

/** Analyses of something other than a whole förvaltningsobjekt; `unit` is a demo unit key. */
export interface SpecialSubject {
  kind: 'process' | 'org_unit' | 'system';
  /** The process name, the system's name, or the unit's key. */
  name: string;
  unit: string;
  title: string;
  purpose: string;
  /** The information at stake, for impact (systems take their object's profile). */
  profile?: Profile;
  /** Threat codes and own-risk keys this analysis always covers. */
  focus: readonly string[];
}

const p = (k: number, r: number, t: number, s: number) => ({ K: k, R: r, T: t, S: s }) as Profile;

export const specialSubjects: SpecialSubject[] = [
  { kind: 'process', name: 'Utbetalning av försörjningsstöd', unit: 'ifo', title: 'Riskanalys av processen utbetalning av försörjningsstöd', profile: p(3, 3, 3, 3), focus: ['payment-redirection-fraud', 'case-data-entry-error', 'insider-misuse', 'automated-decision-error', 'integration-no-check', 'phone-social-engineering', 'supplier-outage'], purpose: 'Riskanalys av hela flödet från ansökan till utbetalning av ekonomiskt bistånd, efter införandet av programroboten och den nya bankkopplingen. Underlag för internkontrollplanen.' },
  { kind: 'process', name: 'Löneutbetalning', unit: 'hr', title: 'Riskanalys av processen löneutbetalning', profile: p(2, 3, 3, 2), focus: ['payment-redirection-fraud', 'phishing-credential-theft', 'case-data-entry-error', 'supplier-outage', 'key-personnel-loss', 'integration-no-check'], purpose: 'Riskanalys av lönekörningen från tidrapport till bankfil: vad kan göra att löner betalas ut fel, för sent eller till fel konto?' },
  { kind: 'process', name: 'Krisledning vid långvarigt elavbrott', unit: 'klf', title: 'Riskanalys av krisledning vid långvarigt elavbrott', profile: p(2, 2, 3, 2), focus: ['power-outage', 'network-outage', 'storm-connectivity-outage', 'untested-fallback', 'social-media-disinformation', 'gnss-time-disruption'], purpose: 'Hur klarar krisledningen att leda, kommunicera och dokumentera beslut när elen är borta i mer än ett dygn? Underlag för risk- och sårbarhetsanalysen.' },
  { kind: 'org_unit', name: 'it-drift', unit: 'it-drift', title: 'Riskanalys för IT-drift', profile: p(3, 3, 3, 3), focus: ['ransomware', 'failed-backup-restore', 'unpatched-systems', 'key-personnel-loss', 'server-room-flooding', 'power-outage'], purpose: 'Riskanalys av IT-driftens egen verksamhet: personal, lokaler, driftmiljö och beroenden till leverantörer.' },
  { kind: 'org_unit', name: 'hemtjanst', unit: 'hemtjanst', title: 'Riskanalys för Hemtjänsten', profile: p(3, 3, 3, 2), focus: ['private-notes', 'lost-stolen-device', 'alarm-digital-switch', 'pandemic-staff-shortage', 'shared-function-account'], purpose: 'Riskanalys av hemtjänstens arbete med mobila enheter, digitala nycklar och dokumentation hos brukarna.' },
  { kind: 'system', name: 'Mobil socialakt', unit: 'ifo', title: 'Riskanalys: Mobil socialakt', focus: ['lost-stolen-device', 'phishing-credential-theft', 'supplier-data-breach', 'private-notes'], purpose: 'Riskanalys inför att alla handläggare får mobil åtkomst till akten vid hembesök och jour.' },
  { kind: 'system', name: 'Hemtjänstappen', unit: 'hemtjanst', title: 'Riskanalys: Hemtjänstappen', focus: ['lost-stolen-device', 'weak-access-control', 'supplier-outage', 'shared-function-account'], purpose: 'Riskanalys av appen som personalen använder för körlistor, digitala nycklar och signering av insatser.' },
  { kind: 'system', name: 'Fjärråtkomst för styrentreprenör', unit: 'fastighet', title: 'Riskanalys: Fjärråtkomst för styrentreprenör', focus: ['supplier-remote-access', 'exploited-vulnerability', 'ot-sabotage-water', 'former-employee-accounts'], purpose: 'Riskanalys av entreprenörens fjärråtkomst till fastighetsautomationen efter att kommunen fått en varning från CERT-SE.' },
  { kind: 'system', name: 'Vårdnadshavarappen', unit: 'buf', title: 'Riskanalys: Vårdnadshavarappen', focus: ['school-platform-exposure', 'e-service-account-takeover', 'third-country-transfer', 'supplier-data-breach'], purpose: 'Riskanalys av appen där vårdnadshavare ser frånvaro, omdömen och meddelanden, inför att den blir obligatorisk.' },
  { kind: 'system', name: 'Bankkopplingen', unit: 'ekonomi', title: 'Riskanalys: Bankkopplingen', focus: ['payment-redirection-fraud', 'integration-no-check', 'weak-access-control', 'supplier-outage'], purpose: 'Riskanalys av den direkta kopplingen mellan ekonomisystemet och banken för betalfiler.' },
  { kind: 'system', name: 'Fjärrstyrningen pumpstationer', unit: 'va', title: 'Riskanalys: Fjärrstyrningen pumpstationer', focus: ['ot-sabotage-water', 'unpatched-systems', 'power-outage', 'network-outage'], purpose: 'Riskanalys av fjärrstyrningen av pumpstationerna efter att kommunen omfattas av cybersäkerhetslagen.' },
];

/** The one extreme risk waiting for the kommundirektör: an OT system that cannot be patched yet. */
export const pendingExtreme = {
  objectName: 'VA-styrning och driftövervakning',
  threatCode: 'unpatched-systems',
  rationale:
    'Styrsystemet för vattenverket kan inte uppdateras förrän leverantören levererar den nya plattformen hösten 2027. Fram till dess accepteras risken med kompenserande åtgärder: nätet är avskilt, fjärråtkomsten stängd och anläggningen kan köras manuellt.',
  reason:
    'Risken accepteras till och med den nya plattformen är i drift. Byte före dess skulle kräva att vattenverket körs manuellt i flera veckor, vilket är en större risk för dricksvattenförsörjningen.',
};

/** `{actions}` is the chosen measures, `{level}` the residual level. */
export const reduceRationales = [
  'Risken reduceras med åtgärderna: {actions}. Kvarvarande risk bedöms som {level}.',
  'Gruppen beslutade om följande åtgärder: {actions}. Med dem på plats bedöms risken bli {level}.',
  'Åtgärder: {actions}. Sannolikheten minskar och kvarvarande risk blir {level}.',
];

export const transferRationales = [
  'Risken överförs till leverantören genom avtalets krav på tillgänglighet, incidentrapportering och skadestånd.',
  'Kommunens försäkring täcker kostnaderna för återställning; avtalet med leverantören har skärpts vid förlängningen.',
  'Driften flyttas till den gemensamma driftorganisationen som tar ansvaret för skyddet enligt tjänsteavtalet.',
];

export const avoidRationales = [
  'Verksamheten slutar använda lösningen; uppgifterna hanteras i stället i verksamhetssystemet.',
  'Funktionen stängs av eftersom den inte behövs och inte kan skyddas tillräckligt.',
];

export const acceptReasons: Record<RiskLevel, string[]> = {
  low: [
    'Risken är låg och kostnaden för fler åtgärder står inte i proportion till nyttan.',
    'Befintliga rutiner räcker; risken följs upp vid nästa årliga analys.',
  ],
  medium: [
    'Risken accepteras eftersom befintliga kontroller bedöms tillräckliga och en åtgärd skulle kräva ett nytt system.',
    'Risken accepteras tills verksamhetssystemet byts ut; frågan tas med i kravställningen.',
    'Konsekvensen är begränsad och verksamheten har fungerande reservrutiner.',
  ],
  high: [
    'Risken accepteras under en begränsad tid eftersom åtgärden kräver investeringar som tas upp i nästa budget. Manuell kontroll görs under tiden.',
    'Förvaltningsledningen accepterar risken till dess att den nya lösningen har upphandlats.',
  ],
  extreme: [pendingExtreme.reason],
};

/** Lower-case residual level words for the rationale sentence. */
export const levelWords: Record<RiskLevel, string> = { low: 'låg', medium: 'medelhög', high: 'hög', extreme: 'extremt hög' };
