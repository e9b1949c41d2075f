import type { Threat } from '../threatCatalogue.js';

/** Teknik / Technology. */
export const technologyThreats: readonly Threat[] = [
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

];
