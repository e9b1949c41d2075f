import type { Threat } from '../threatCatalogue.js';

/** Människa, avsiktlig / Human, deliberate. */
export const humanDeliberateThreats: readonly Threat[] = [
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

];
