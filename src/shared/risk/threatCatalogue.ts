import type { Aspect } from '../classification/aspects.js';
import type { ThreatOrigin } from './threatOrigins.js';

/**
 * The built-in threat catalogue for MSB-style risk analysis (DOMAIN §5): common threats to a Swedish
 * municipality. All text is Värn's own. Each threat reads as one risk sentence:
 *   sv: "På grund av <cause> inträffar <event> vilket leder till <consequence>"
 *   en: "Because of <cause>, <event> occurs, which leads to <consequence>"
 * so the fragments start lower-case and carry no full stop. Codes are stable ids; never rename one.
 */
export interface ThreatText {
  title: string;
  cause: string;
  event: string;
  consequence: string;
}

export interface Threat {
  code: string;
  origin: ThreatOrigin;
  /** The aspects the threat actually endangers (K, R, T, S). */
  aspects: readonly Aspect[];
  sv: ThreatText;
  en: ThreatText;
}

export const threatCatalogue: readonly Threat[] = [
  // Människa, avsiktlig / Human, deliberate
  {
    code: 'ransomware',
    origin: 'human_deliberate',
    aspects: ['K', 'R', 'T'],
    sv: {
      title: 'Utpressningsvirus',
      cause: 'att en anställd öppnar en skadlig bilaga eller att en angripare tar sig in via en oskyddad fjärråtkomst',
      event: 'en attack med utpressningsvirus som krypterar servrar och säkerhetskopior och stjäl data',
      consequence:
        'att verksamhetssystem står stilla i veckor, att känsliga uppgifter publiceras och att kommunen pressas att betala en lösensumma',
    },
    en: {
      title: 'Ransomware',
      cause: 'an employee opening a malicious attachment or an attacker getting in through unprotected remote access',
      event: 'a ransomware attack that encrypts servers and backups and steals data',
      consequence:
        'business systems being down for weeks, sensitive data being published and the municipality being pressed to pay a ransom',
    },
  },
  {
    code: 'phishing-credential-theft',
    origin: 'human_deliberate',
    aspects: ['K', 'R', 'S'],
    sv: {
      title: 'Nätfiske och stulna inloggningsuppgifter',
      cause: 'övertygande nätfiskemejl och att flerfaktorsautentisering saknas för vissa tjänster',
      event: 'en stöld av anställdas inloggningsuppgifter till e-post och verksamhetssystem',
      consequence:
        'att obehöriga läser och ändrar information i den anställdes namn och använder kontot för nya angrepp',
    },
    en: {
      title: 'Phishing and credential theft',
      cause: 'convincing phishing e-mails and the lack of multi-factor authentication for some services',
      event: 'theft of staff credentials for e-mail and business systems',
      consequence:
        "unauthorised people reading and changing information in the employee's name and using the account for further attacks",
    },
  },
  {
    code: 'insider-misuse',
    origin: 'human_deliberate',
    aspects: ['K', 'R'],
    sv: {
      title: 'Obehörig åtkomst av egen personal',
      cause: 'nyfikenhet eller personliga motiv hos anställda med bred behörighet i verksamhetssystemen',
      event:
        'en läsning utan tjänstebehov av akter inom socialtjänsten, till exempel om en granne, en släkting eller en känd person',
      consequence: 'kränkt integritet för de enskilda, brott mot sekretessen och allvarligt skadat förtroende för kommunen',
    },
    en: {
      title: 'Insider misuse',
      cause: 'curiosity or personal motives among staff with broad access to business systems',
      event:
        'browsing of social-services records without a business need, for example about a neighbour, a relative or a well-known person',
      consequence: "violation of the individuals' privacy, a breach of confidentiality and serious damage to trust in the municipality",
    },
  },
  {
    code: 'ddos-e-services',
    origin: 'human_deliberate',
    aspects: ['T'],
    sv: {
      title: 'Överbelastningsattack mot e-tjänster',
      cause: 'aktivister eller statsstödda grupper som vill störa samhället eller uppmärksamma en politisk fråga',
      event: 'en överbelastningsattack (DDoS) mot kommunens webbplats och e-tjänster',
      consequence:
        'att invånare inte når information eller kan använda e-tjänster, vilket är särskilt allvarligt under en kris eller ett val',
    },
    en: {
      title: 'DDoS attack on e-services',
      cause: 'activists or state-sponsored groups wanting to disrupt society or draw attention to a political issue',
      event: "a distributed denial-of-service (DDoS) attack on the municipality's website and e-services",
      consequence:
        'residents being unable to reach information or use e-services, which is especially serious during a crisis or an election',
    },
  },
  {
    code: 'exploited-vulnerability',
    origin: 'human_deliberate',
    aspects: ['K', 'R', 'T'],
    sv: {
      title: 'Utnyttjad sårbarhet',
      cause: 'en nyupptäckt sårbarhet i en tjänst som nås från internet, till exempel en VPN-lösning eller en e-postserver',
      event: 'ett intrång där en angripare utnyttjar sårbarheten innan den har åtgärdats',
      consequence: 'att angriparen får fotfäste i nätverket och kan läsa, ändra eller förstöra information',
    },
    en: {
      title: 'Exploited software vulnerability',
      cause: 'a newly discovered vulnerability in an internet-facing service such as a VPN gateway or a mail server',
      event: 'an intrusion in which an attacker exploits the vulnerability before it has been fixed',
      consequence: 'the attacker gaining a foothold in the network and being able to read, change or destroy information',
    },
  },
  {
    code: 'phone-social-engineering',
    origin: 'human_deliberate',
    aspects: ['K', 'R'],
    sv: {
      title: 'Bedrägeri via telefon och falska chefsuppdrag',
      cause: 'bedragare som utger sig för att vara kommundirektören, IT-supporten eller en leverantör',
      event:
        'ett samtal eller meddelande där en anställd luras att lämna ut uppgifter, återställa ett lösenord eller betala en falsk faktura',
      consequence: 'ekonomisk förlust, röjda uppgifter och att angripare får tillgång till konton',
    },
    en: {
      title: 'Phone scams and fake CEO requests',
      cause: 'fraudsters posing as the chief executive, IT support or a supplier',
      event:
        'a call or message in which an employee is tricked into disclosing information, resetting a password or paying a fake invoice',
      consequence: 'financial loss, disclosed information and attackers gaining access to accounts',
    },
  },
  {
    code: 'payment-redirection-fraud',
    origin: 'human_deliberate',
    aspects: ['R'],
    sv: {
      title: 'Bedräglig ändring av betalningsmottagare',
      cause:
        'förfalskade meddelanden från en känd leverantör och att bankuppgifter ändras utan kontroll mot ett sedan tidigare känt telefonnummer',
      event: 'en ändring av leverantörens bankuppgifter till ett konto som bedragare kontrollerar',
      consequence: 'att kommunen betalar stora belopp till bedragarna i stället för till leverantören',
    },
    en: {
      title: 'Payment redirection fraud',
      cause: 'forged messages from a known supplier and bank details being changed without a call-back to a number already on file',
      event: "a change of the supplier's bank details to an account controlled by fraudsters",
      consequence: 'the municipality paying large sums to the fraudsters instead of to the supplier',
    },
  },
  {
    code: 'supplier-data-breach',
    origin: 'human_deliberate',
    aspects: ['K', 'R'],
    sv: {
      title: 'Dataintrång hos leverantör',
      cause: 'ett svagt säkerhetsarbete hos en leverantör som hanterar kommunens information',
      event: 'ett dataintrång hos leverantören där kommunens data stjäls',
      consequence:
        'att personuppgifter om invånare och anställda röjs och att kommunen som personuppgiftsansvarig måste hantera incidenten',
    },
    en: {
      title: 'Data breach at a supplier',
      cause: "weak security practices at a supplier that handles the municipality's information",
      event: "a data breach at the supplier in which the municipality's data is stolen",
      consequence:
        'personal data about residents and staff being disclosed and the municipality, as controller, having to handle the incident',
    },
  },
  {
    code: 'ot-sabotage-water',
    origin: 'human_deliberate',
    aspects: ['R', 'T'],
    sv: {
      title: 'Sabotage mot styrsystem inom VA',
      cause:
        'att styrsystem (SCADA) för vatten och avlopp går att nå från internet eller via leverantörers fjärråtkomst',
      event: 'ett sabotage där en angripare manipulerar pumpar, dosering eller larm i vattenverk och reningsverk',
      consequence:
        'att dricksvattnet blir otjänligt eller uteblir, att avloppsvatten släpps ut orenat och att människors hälsa och miljön skadas',
    },
    en: {
      title: 'Sabotage of water and wastewater control systems',
      cause:
        "control systems (SCADA) for water and wastewater being reachable from the internet or through suppliers' remote access",
      event: 'sabotage in which an attacker manipulates pumps, dosing or alarms at waterworks and sewage treatment plants',
      consequence:
        'drinking water becoming unsafe or unavailable, untreated sewage being released and harm to public health and the environment',
    },
  },
  {
    code: 'physical-break-in',
    origin: 'human_deliberate',
    aspects: ['K', 'R', 'T'],
    sv: {
      title: 'Inbrott i lokaler',
      cause: 'bristande skalskydd, olåsta dörrar och att obehöriga kan följa med in genom passager',
      event: 'ett inbrott i kommunens lokaler, till exempel ett kontor, en skola eller ett nätverksrum',
      consequence: 'stöld av utrustning och handlingar, röjd information och risk för att utrustning manipuleras',
    },
    en: {
      title: 'Physical break-in',
      cause: 'weak perimeter protection, unlocked doors and unauthorised people being able to tailgate through entrances',
      event: 'a break-in at municipal premises such as an office, a school or a network equipment room',
      consequence: 'theft of equipment and documents, disclosed information and a risk of equipment being tampered with',
    },
  },
  {
    code: 'e-service-account-takeover',
    origin: 'human_deliberate',
    aspects: ['K', 'R', 'S'],
    sv: {
      title: 'Kapade e-tjänstkonton och missbruk av BankID',
      cause: 'bedragare som lurar invånare att legitimera sig med BankID eller som kapar svagt skyddade konton',
      event: 'en inloggning i kommunens e-tjänster i någon annans namn',
      consequence:
        'att ansökningar görs eller ändras i fel persons namn, att utbetalningar styrs om och att uppgifter om den enskilde röjs',
    },
    en: {
      title: 'E-service account takeover and BankID misuse',
      cause: 'fraudsters tricking residents into identifying themselves with BankID or hijacking weakly protected accounts',
      event: "a login to the municipality's e-services in someone else's name",
      consequence:
        "applications being made or changed in the wrong person's name, payments being redirected and personal data being disclosed",
    },
  },
  {
    code: 'social-media-disinformation',
    origin: 'human_deliberate',
    aspects: ['R', 'T'],
    sv: {
      title: 'Desinformation och kapade konton i sociala medier',
      cause: 'svaga lösenord på kommunens konton i sociala medier eller aktörer som vill undergräva förtroendet för kommunen',
      event: 'en spridning av falska uppgifter i kommunens namn, till exempel via ett kapat konto eller en förfalskad webbsida',
      consequence: 'att invånare vilseleds, särskilt under en kris, och att förtroendet för kommunens kommunikation skadas',
    },
    en: {
      title: 'Disinformation and hijacked social media accounts',
      cause:
        "weak passwords on the municipality's social media accounts, or actors seeking to undermine trust in the municipality",
      event: "the spread of false information in the municipality's name, for example through a hijacked account or a fake website",
      consequence: "residents being misled, especially during a crisis, and trust in the municipality's communication being damaged",
    },
  },

  // Människa, oavsiktlig / Human, accidental
  {
    code: 'misdirected-email',
    origin: 'human_accidental',
    aspects: ['K'],
    sv: {
      title: 'Felskickad e-post med personuppgifter',
      cause: 'autokomplettering av adresser och tidspress i det dagliga arbetet',
      event: 'en felsändning där e-post med personuppgifter når fel mottagare',
      consequence:
        'att känsliga personuppgifter röjs för obehöriga och att en personuppgiftsincident måste anmälas till IMY',
    },
    en: {
      title: 'Misdirected e-mail with personal data',
      cause: 'address autocomplete and time pressure in daily work',
      event: 'a misdirected e-mail in which personal data reaches the wrong recipient',
      consequence:
        'sensitive personal data being disclosed to unauthorised people and a personal data breach having to be reported to IMY, the Swedish data protection authority',
    },
  },
  {
    code: 'failed-change',
    origin: 'human_accidental',
    aspects: ['R', 'T'],
    sv: {
      title: 'Misslyckad ändring eller uppdatering',
      cause: 'bristande test och ändringshantering och uppdateringar som görs utan plan för återställning',
      event: 'en misslyckad uppdatering eller konfigurationsändring i ett verksamhetssystem',
      consequence: 'att systemet blir otillgängligt eller börjar hantera uppgifter felaktigt tills ändringen har backats',
    },
    en: {
      title: 'Failed change or update',
      cause: 'inadequate testing and change management, and updates made without a rollback plan',
      event: 'a failed update or configuration change in a business system',
      consequence: 'the system becoming unavailable or processing data incorrectly until the change has been rolled back',
    },
  },
  {
    code: 'lost-stolen-device',
    origin: 'human_accidental',
    aspects: ['K', 'T'],
    sv: {
      title: 'Förlorad eller stulen enhet',
      cause: 'att bärbara datorer och mobiler tas med på resor, hem och vid hembesök',
      event: 'en förlust eller stöld av en bärbar dator, en mobiltelefon eller en surfplatta',
      consequence:
        'att information på enheten kan läsas av obehöriga om den inte är krypterad och att den anställde inte kan arbeta',
    },
    en: {
      title: 'Lost or stolen device',
      cause: 'laptops and phones being taken along on journeys, home and on home visits',
      event: 'loss or theft of a laptop, a mobile phone or a tablet',
      consequence:
        'information on the device being readable by unauthorised people if it is not encrypted, and the employee being unable to work',
    },
  },
  {
    code: 'usb-malware',
    origin: 'human_accidental',
    aspects: ['K', 'R', 'T'],
    sv: {
      title: 'Skadlig kod via USB-minne',
      cause: 'att anställda ansluter okända eller privata USB-minnen till kommunens datorer',
      event: 'en infektion med skadlig kod från ett USB-minne',
      consequence: 'att den skadliga koden sprids i nätverket och kan stjäla, ändra eller kryptera information',
    },
    en: {
      title: 'Malware via USB stick',
      cause: 'staff connecting unknown or private USB sticks to municipal computers',
      event: 'a malware infection from a USB stick',
      consequence: 'the malware spreading in the network and being able to steal, alter or encrypt information',
    },
  },
  {
    code: 'ai-cloud-sharing-leak',
    origin: 'human_accidental',
    aspects: ['K'],
    sv: {
      title: 'Läckage via AI-tjänster och molndelning',
      cause:
        'att anställda vill arbeta effektivt och använder öppna AI-tjänster eller privata molntjänster som inte är godkända',
      event: 'ett läckage där sekretessbelagd information eller personuppgifter klistras in i eller laddas upp till en extern tjänst',
      consequence:
        'att informationen lämnar kommunens kontroll, kan användas för att träna AI-modeller och inte går att återkalla',
    },
    en: {
      title: 'Data leak via AI tools and cloud sharing',
      cause: 'staff wanting to work efficiently and using public AI services or personal cloud services that are not approved',
      event: 'a leak in which confidential information or personal data is pasted into or uploaded to an external service',
      consequence:
        "the information leaving the municipality's control, possibly being used to train AI models and being impossible to recall",
    },
  },
  {
    code: 'digital-mail-wrong-recipient',
    origin: 'human_accidental',
    aspects: ['K'],
    sv: {
      title: 'Fel mottagare i digital brevlåda',
      cause: 'ett felaktigt personnummer i ärendet eller inaktuella uppgifter i verksamhetssystemet',
      event: 'en leverans av ett beslut eller brev till fel persons digitala brevlåda',
      consequence:
        'att en annan person tar del av känsliga uppgifter och att den rätta mottagaren missar ett beslut med tidsfrist för överklagande',
    },
    en: {
      title: 'Wrong recipient in digital mail',
      cause: 'an incorrect personal identity number in the case or outdated data in the business system',
      event: "delivery of a decision or letter to the wrong person's digital mailbox",
      consequence:
        'another person seeing sensitive information and the rightful recipient missing a decision with a deadline for appeal',
    },
  },
  {
    code: 'case-data-entry-error',
    origin: 'human_accidental',
    aspects: ['R'],
    sv: {
      title: 'Felregistrering i ärendehantering',
      cause: 'hög arbetsbelastning, svaga kontroller i systemet och förväxlingsbara namn eller personnummer',
      event: 'en felregistrering där uppgifter förs in i fel ärende eller med fel värde',
      consequence: 'felaktiga beslut, felaktiga utbetalningar av till exempel ekonomiskt bistånd och att enskilda drabbas',
    },
    en: {
      title: 'Data entry error in case management',
      cause: 'heavy workload, weak checks in the system and easily confused names or identity numbers',
      event: 'an entry error in which data is recorded in the wrong case or with the wrong value',
      consequence: 'wrong decisions, incorrect payments of, for example, financial assistance and harm to individuals',
    },
  },
  {
    code: 'misconfigured-cloud-storage',
    origin: 'human_accidental',
    aspects: ['K', 'R'],
    sv: {
      title: 'Felkonfigurerad molnlagring',
      cause: 'komplicerade behörighetsinställningar och att delning med ”alla som har länken” är förvalt',
      event: 'en exponering av dokument och filer som av misstag blir åtkomliga för vem som helst på internet',
      consequence: 'att känsliga handlingar indexeras av sökmotorer och sprids innan felet upptäcks',
    },
    en: {
      title: 'Misconfigured cloud storage',
      cause: 'complicated permission settings and sharing with “anyone with the link” being the default',
      event: 'exposure of documents and files that by mistake become accessible to anyone on the internet',
      consequence: 'sensitive documents being indexed by search engines and spread before the error is discovered',
    },
  },
  {
    code: 'unattended-paper-records',
    origin: 'human_accidental',
    aspects: ['K'],
    sv: {
      title: 'Obevakade utskrifter och pappershandlingar',
      cause: 'utskrifter som glöms i gemensamma skrivare och akter som lämnas framme på skrivbord eller i bilar',
      event: 'en obehörig insyn i utskrifter och pappershandlingar med känsliga uppgifter',
      consequence: 'att sekretessbelagda uppgifter om till exempel elever, brukare och anställda röjs',
    },
    en: {
      title: 'Unattended printouts and paper records',
      cause: 'printouts forgotten at shared printers and files left out on desks or in cars',
      event: 'unauthorised viewing of printouts and paper records containing sensitive information',
      consequence: 'confidential information about, for example, pupils, service users and staff being disclosed',
    },
  },

  // Teknik / Technology
  {
    code: 'power-outage',
    origin: 'technology',
    aspects: ['T'],
    sv: {
      title: 'Strömavbrott',
      cause: 'fel i elnätet och reservkraft som aldrig har provats under verklig belastning',
      event: 'ett längre strömavbrott i kommunens datorhall och verksamhetslokaler',
      consequence:
        'att IT-system, telefoni och passersystem slutar fungera och att verksamheter som vård och omsorg får arbeta utan systemstöd',
    },
    en: {
      title: 'Power outage',
      cause: 'faults in the power grid and backup power that has never been tested under real load',
      event: "a prolonged power cut in the municipality's data centre and premises",
      consequence:
        'IT systems, telephony and access control ceasing to work and services such as health and social care having to work without system support',
    },
  },
  {
    code: 'server-room-fire',
    origin: 'technology',
    aspects: ['R', 'T'],
    sv: {
      title: 'Brand i serverrum',
      cause: 'ett elfel i utrustning eller kablage och brister i brandlarm och släcksystem',
      event: 'en brand i serverrummet',
      consequence: 'att utrustning och lagrad information förstörs och att återuppbyggnaden tar veckor',
    },
    en: {
      title: 'Fire in the server room',
      cause: 'an electrical fault in equipment or cabling and shortcomings in fire alarms and fire suppression',
      event: 'a fire in the server room',
      consequence: 'equipment and stored information being destroyed and rebuilding taking weeks',
    },
  },
  {
    code: 'network-outage',
    origin: 'technology',
    aspects: ['T'],
    sv: {
      title: 'Avbrott i tele- och datakommunikation',
      cause: 'en avgrävd fiberkabel eller ett fel hos operatören och att det saknas redundanta förbindelser',
      event: 'ett avbrott i nätet mellan kommunens verksamhetsställen och mot internet',
      consequence: 'att skolor, särskilda boenden och förvaltningar inte når centrala system, telefoni och trygghetslarm',
    },
    en: {
      title: 'Telecom or network outage',
      cause: 'a fibre cable being dug up or a fault at the operator, with no redundant connections',
      event: "an outage in the network between the municipality's sites and to the internet",
      consequence: 'schools, care homes and departments being unable to reach central systems, telephony and social alarms',
    },
  },
  {
    code: 'missing-logging',
    origin: 'technology',
    aspects: ['S'],
    sv: {
      title: 'Bristande loggning',
      cause: 'att verksamhetssystem inte loggar vem som läser uppgifter eller att loggar varken sparas eller granskas',
      event: 'en händelse som inte går att utreda i efterhand',
      consequence:
        'att obehörig åtkomst inte upptäcks, att ingen kan ställas till svars och att kommunen inte kan uppfylla kraven på logguppföljning',
    },
    en: {
      title: 'Missing or inadequate logging',
      cause: 'business systems not logging who reads data, or logs being neither kept nor reviewed',
      event: 'an incident that cannot be investigated afterwards',
      consequence:
        'unauthorised access going undetected, no one being held accountable and the municipality being unable to meet requirements for log review',
    },
  },
  {
    code: 'gnss-time-disruption',
    origin: 'technology',
    aspects: ['R', 'T', 'S'],
    sv: {
      title: 'Störd satellitnavigering och tidssynkronisering',
      cause: 'störsändning eller rymdväder som påverkar satellitsignalerna, eller fel i kommunens tidsservrar',
      event: 'en störning av positionering och tidssynkronisering',
      consequence:
        'felaktiga tidsstämplar i loggar och beslut, problem med inloggning och certifikat och störningar i fordonsflottan och larmhanteringen',
    },
    en: {
      title: 'GNSS and time synchronisation disruption',
      cause: "jamming or space weather affecting satellite signals, or faults in the municipality's time servers",
      event: 'a disruption of positioning and time synchronisation',
      consequence:
        'wrong timestamps in logs and decisions, problems with logins and certificates, and disruption to vehicle fleets and alarm handling',
    },
  },
  {
    code: 'school-platform-exposure',
    origin: 'technology',
    aspects: ['K'],
    sv: {
      title: 'Exponerade elevuppgifter i skolplattform',
      cause: 'brister i skolplattformens behörighetsmodell eller i dess kopplingar till andra system',
      event: 'en exponering av elevers personuppgifter, betyg eller skyddade adresser för obehöriga',
      consequence:
        'att barns integritet kränks, att elever med skyddade personuppgifter kan utsättas för fara och att förtroendet för skolan skadas',
    },
    en: {
      title: "Pupils' data exposed in the school platform",
      cause: "flaws in the school platform's permission model or in its integrations with other systems",
      event: "exposure of pupils' personal data, grades or protected addresses to unauthorised people",
      consequence:
        "children's privacy being violated, pupils with protected personal data being put in danger and trust in the school being damaged",
    },
  },
  {
    code: 'hardware-failure',
    origin: 'technology',
    aspects: ['R', 'T'],
    sv: {
      title: 'Hårdvaruhaveri',
      cause: 'åldrande servrar och lagringssystem och att reservdelar eller serviceavtal saknas',
      event: 'ett haveri i en central server eller ett lagringssystem',
      consequence: 'att system blir otillgängliga och att data som ännu inte har säkerhetskopierats går förlorade',
    },
    en: {
      title: 'Hardware failure',
      cause: 'ageing servers and storage systems with no spare parts or service contracts',
      event: 'a failure of a central server or storage system',
      consequence: 'systems becoming unavailable and data not yet backed up being lost',
    },
  },

  // Natur / Nature
  {
    code: 'server-room-flooding',
    origin: 'nature',
    aspects: ['R', 'T'],
    sv: {
      title: 'Översvämning i serverrum',
      cause: 'skyfall, högt vattenstånd eller en läckande ledning i kombination med att serverrummet ligger i källarplan',
      event: 'en översvämning i serverrummet',
      consequence:
        'att servrar och nätverksutrustning förstörs och att information går förlorad om säkerhetskopiorna förvaras i samma rum',
    },
    en: {
      title: 'Flooding in the server room',
      cause: 'cloudbursts, high water levels or a leaking pipe, combined with the server room being in the basement',
      event: 'flooding of the server room',
      consequence:
        'servers and network equipment being destroyed and information being lost if the backups are kept in the same room',
    },
  },
  {
    code: 'heat-cooling-failure',
    origin: 'nature',
    aspects: ['T'],
    sv: {
      title: 'Värmebölja och otillräcklig kylning',
      cause: 'en långvarig värmebölja och kylaggregat som inte är dimensionerade för höga utomhustemperaturer',
      event: 'en överhettning i serverrummet',
      consequence: 'att servrar stängs av automatiskt eller skadas och att system blir otillgängliga',
    },
    en: {
      title: 'Heatwave and cooling failure',
      cause: 'a prolonged heatwave and cooling units not sized for high outdoor temperatures',
      event: 'overheating in the server room',
      consequence: 'servers shutting down automatically or being damaged and systems becoming unavailable',
    },
  },
  {
    code: 'pandemic-staff-shortage',
    origin: 'nature',
    aspects: ['T'],
    sv: {
      title: 'Personalbortfall vid pandemi',
      cause: 'en pandemi eller en svår influensasäsong',
      event: 'ett omfattande och samtidigt personalbortfall, även inom IT och informationssäkerhet',
      consequence:
        'att samhällsviktiga funktioner inte kan bemannas, att säkerhetsrutiner åsidosätts och att incidenter hanteras långsamt',
    },
    en: {
      title: 'Staff shortage during a pandemic',
      cause: 'a pandemic or a severe flu season',
      event: 'widespread simultaneous staff absence, including in IT and information security',
      consequence:
        'critical functions being impossible to staff, security routines being set aside and incidents being handled slowly',
    },
  },
  {
    code: 'storm-connectivity-outage',
    origin: 'nature',
    aspects: ['T'],
    sv: {
      title: 'Storm och snöoväder',
      cause: 'en storm eller ett kraftigt snöoväder',
      event: 'ett omfattande avbrott i el och tele när träd faller över ledningar och master slås ut',
      consequence: 'att hemtjänst, trygghetslarm och e-tjänster inte fungerar i delar av kommunen under flera dygn',
    },
    en: {
      title: 'Storm and heavy snow',
      cause: 'a storm or a heavy snowstorm',
      event: 'a widespread power and telecom outage as trees fall on lines and masts are knocked out',
      consequence: 'home care, social alarms and e-services not working in parts of the municipality for several days',
    },
  },

  // Administration / Organisational
  {
    code: 'supplier-outage',
    origin: 'organisational',
    aspects: ['T'],
    sv: {
      title: 'Avbrott hos leverantör',
      cause: 'ett stort beroende av en enda leverantör av drift eller verksamhetssystem och att reservrutiner saknas',
      event: 'ett längre driftavbrott hos leverantören',
      consequence: 'att verksamheterna inte kommer åt sina system och måste gå över till manuella rutiner',
    },
    en: {
      title: 'Supplier outage',
      cause: 'heavy dependence on a single supplier of hosting or business systems and no fallback routines',
      event: 'a prolonged outage at the supplier',
      consequence: 'services being unable to reach their systems and having to fall back on manual routines',
    },
  },
  {
    code: 'cloud-service-termination',
    origin: 'organisational',
    aspects: ['R', 'T'],
    sv: {
      title: 'Molntjänst som upphör',
      cause:
        'att leverantören lägger ned tjänsten eller ändrar villkoren, eller att ett rättsligt avgörande i stil med Schrems II gör fortsatt användning olaglig',
      event: 'ett plötsligt upphörande av en molntjänst som verksamheten är beroende av',
      consequence:
        'en forcerad flytt under tidspress, risk för att data inte kan exporteras i användbart format och avbrott i verksamheten',
    },
    en: {
      title: 'Cloud service terminated',
      cause:
        'the supplier discontinuing the service or changing its terms, or a ruling like Schrems II making continued use unlawful',
      event: 'a sudden end to a cloud service the business depends on',
      consequence:
        'a forced migration under time pressure, a risk that data cannot be exported in a usable format, and disruption to operations',
    },
  },
  {
    code: 'unpatched-systems',
    origin: 'organisational',
    aspects: ['K', 'R', 'T'],
    sv: {
      title: 'Eftersatta säkerhetsuppdateringar',
      cause: 'otydligt ansvar för säkerhetsuppdateringar och äldre system som leverantören inte längre stöder',
      event: 'en långvarig exponering av kända säkerhetshål i servrar, klienter och nätverksutrustning',
      consequence: 'att även enkla automatiserade angrepp lyckas och att skadlig kod kan sprida sig fritt',
    },
    en: {
      title: 'Unpatched systems',
      cause: 'unclear responsibility for security updates and legacy systems no longer supported by the supplier',
      event: 'long-term exposure of known security holes in servers, clients and network equipment',
      consequence: 'even simple automated attacks succeeding and malicious code being able to spread freely',
    },
  },
  {
    code: 'weak-access-control',
    origin: 'organisational',
    aspects: ['K', 'S'],
    sv: {
      title: 'Svag behörighetsstyrning och delade konton',
      cause:
        'att behörigheter delas ut generöst och att gemensamma konton används, till exempel på boenden och i skolor',
      event: 'en obehörig eller ospårbar åtkomst till information via delade eller överbehöriga konton',
      consequence:
        'att fler än nödvändigt kan läsa känsliga uppgifter och att det i efterhand inte går att avgöra vem som gjorde vad',
    },
    en: {
      title: 'Weak access control and shared accounts',
      cause: 'permissions being handed out generously and shared accounts being used, for example in care homes and schools',
      event: 'unauthorised or untraceable access to information through shared or over-privileged accounts',
      consequence:
        'more people than necessary being able to read sensitive data and it being impossible afterwards to tell who did what',
    },
  },
  {
    code: 'former-employee-accounts',
    origin: 'organisational',
    aspects: ['K', 'R', 'S'],
    sv: {
      title: 'Kvarglömda konton efter avslutad anställning',
      cause: 'att IT inte får besked från HR-processen när en anställning eller ett uppdrag upphör',
      event: 'en användning av ett konto som borde ha stängts, av den tidigare anställde eller av någon annan',
      consequence: 'att information läses eller ändras av någon som inte längre har rätt till den, utan att det upptäcks',
    },
    en: {
      title: 'Accounts of former employees left open',
      cause: 'IT not being told by the HR process when an employment or assignment ends',
      event: 'use of an account that should have been closed, by the former employee or by someone else',
      consequence: 'information being read or changed by someone no longer entitled to it, without anyone noticing',
    },
  },
  {
    code: 'key-personnel-loss',
    origin: 'organisational',
    aspects: ['T'],
    sv: {
      title: 'Bortfall av nyckelperson',
      cause: 'att kunskap om kritiska system och rutiner bara finns hos en eller ett fåtal personer och inte är dokumenterad',
      event: 'ett plötsligt bortfall av en nyckelperson genom uppsägning eller långvarig sjukdom',
      consequence:
        'att system inte kan förvaltas, felsökas eller återställas och att incidenter tar betydligt längre tid att hantera',
    },
    en: {
      title: 'Loss of key personnel',
      cause: 'knowledge of critical systems and routines being held by only one or a few people and not being documented',
      event: 'the sudden loss of a key person through resignation or long-term illness',
      consequence:
        'systems being impossible to maintain, troubleshoot or restore and incidents taking much longer to handle',
    },
  },
  {
    code: 'failed-backup-restore',
    origin: 'organisational',
    aspects: ['R', 'T'],
    sv: {
      title: 'Otillräcklig säkerhetskopiering',
      cause: 'att säkerhetskopiorna inte omfattar alla system och att återläsning aldrig övas',
      event: 'en misslyckad återställning efter ett haveri eller ett angrepp',
      consequence: 'att information går förlorad för gott och att återstarten av verksamheten drar ut på tiden',
    },
    en: {
      title: 'Insufficient backups',
      cause: 'backups not covering all systems and restores never being practised',
      event: 'a failed restore after a breakdown or an attack',
      consequence: 'information being lost for good and the restart of operations dragging on',
    },
  },
  {
    code: 'third-country-transfer',
    origin: 'organisational',
    aspects: ['K'],
    sv: {
      title: 'Överföring till tredje land',
      cause: 'att molntjänster och underbiträden har kopplingar till länder utanför EU/EES',
      event: 'en överföring av personuppgifter till tredje land utan giltig rättslig grund eller tillräckliga skyddsåtgärder',
      consequence:
        'att utländska myndigheter kan få tillgång till uppgifterna, brott mot dataskyddsförordningen och risk för sanktionsavgift',
    },
    en: {
      title: 'Transfer to a third country',
      cause: 'cloud services and sub-processors having ties to countries outside the EU/EEA',
      event: 'a transfer of personal data to a third country without a valid legal basis or adequate safeguards',
      consequence: 'foreign authorities being able to access the data, a breach of the GDPR and a risk of administrative fines',
    },
  },
  {
    code: 'procurement-without-security',
    origin: 'organisational',
    aspects: ['K', 'R', 'T', 'S'],
    sv: {
      title: 'Upphandling utan säkerhetskrav',
      cause: 'att informationssäkerhet och dataskydd inte finns med när kravspecifikationen skrivs',
      event:
        'en upphandling av ett system eller en tjänst utan krav på till exempel loggning, kryptering, säkerhetskopiering och utträde',
      consequence: 'att brister byggs in i verksamheten under hela avtalstiden och blir dyra eller omöjliga att rätta',
    },
    en: {
      title: 'Procurement without security requirements',
      cause: 'information security and data protection being left out when the requirements specification is written',
      event:
        'the procurement of a system or service without requirements on, for example, logging, encryption, backups and exit',
      consequence: 'weaknesses being built into operations for the whole contract period and being costly or impossible to fix',
    },
  },
  {
    code: 'premature-records-disposal',
    origin: 'organisational',
    aspects: ['R', 'T', 'S'],
    sv: {
      title: 'För tidig gallring av allmänna handlingar',
      cause: 'en inaktuell dokumenthanteringsplan eller automatisk radering i system som inte har stämts av mot arkivlagen',
      event: 'en gallring av allmänna handlingar som borde ha bevarats',
      consequence:
        'att handlingar inte kan lämnas ut, att enskildas rättigheter inte kan styrkas och brott mot arkivlagen',
    },
    en: {
      title: 'Official records disposed of too early',
      cause: 'an outdated records management plan or automatic deletion in systems not checked against the Archives Act',
      event: 'disposal of official records that should have been preserved',
      consequence:
        "records being impossible to release, individuals' rights being impossible to prove, and a breach of the Archives Act",
    },
  },
];

const byCode = new Map(threatCatalogue.map((threat) => [threat.code, threat]));

/** The catalogue threat with this code, if any. */
export function findThreat(code: string): Threat | undefined {
  return byCode.get(code);
}
