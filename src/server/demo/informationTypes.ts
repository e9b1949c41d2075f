import type { Profile } from '../../shared/classification/profile.js';

/**
 * Exempelkommun's organisation-wide information types (DOMAIN §3-4): common kinds of information classified
 * once for the whole municipality and reused as the starting point for each information set. A unit may
 * raise a type's levels for its own set; lowering needs approval. No type reaches level 4 (national
 * security is handled by the säkerhetsskyddschef, outside Värn).
 */
export interface DemoInformationType {
  key: string;
  name: { sv: string; en: string };
  description: { sv: string; en: string };
  profile: Profile;
  legalBases: string[];
  personalData: boolean;
  specialCategories: boolean;
  /** Swedish reason text per aspect. */
  reasons: Partial<Record<'K' | 'R' | 'T' | 'S', string>>;
}

export const demoInformationTypes: DemoInformationType[] = [
  {
    key: 'personuppgifter',
    name: { sv: 'Personuppgifter', en: 'Personal data' },
    description: {
      sv: 'Vanliga uppgifter om namngivna personer, som namn, adress, telefonnummer och e-post, utan känsliga eller skyddade uppgifter.',
      en: 'Ordinary details about named people, such as name, address, phone number and e-mail, with no sensitive or protected details.',
    },
    profile: { K: 1, R: 1, T: 1, S: 1 },
    legalBases: ['GDPR art. 6'],
    personalData: true,
    specialCategories: false,
    reasons: {
      K: 'Spridning kan ge obehag och leda till oönskade kontakter, men sällan mer än måttlig skada.',
      R: 'Fel adress eller telefonnummer ger merarbete och felskickade brev.',
      T: 'Uppgifterna går oftast att få fram på annat sätt under ett avbrott.',
      S: 'Kommunen måste kunna visa hur uppgifterna har behandlats när någon begär registerutdrag.',
    },
  },
  {
    key: 'kansliga-personuppgifter',
    name: { sv: 'Känsliga personuppgifter', en: 'Sensitive personal data' },
    description: {
      sv: 'Uppgifter om hälsa, etniskt ursprung, religion, sexualliv, fackmedlemskap med mera, som dataskyddsförordningen skyddar särskilt.',
      en: 'Details of health, ethnic origin, religion, sex life, trade-union membership and the like, which the GDPR protects specially.',
    },
    profile: { K: 3, R: 2, T: 1, S: 2 },
    legalBases: ['GDPR art. 9', 'OSL 21 kap.'],
    personalData: true,
    specialCategories: true,
    reasons: {
      K: 'Röjande kan kränka den enskilde allvarligt, leda till diskriminering och ge sanktionsavgift.',
      R: 'Felaktiga uppgifter om hälsa kan leda till felaktiga beslut om den enskilde.',
      T: 'Uppgifterna behövs sällan inom timmar; ett kortare avbrott ger begränsad skada.',
      S: 'Kommunen måste kunna visa vem som tagit del av uppgifterna om den enskilde klagar.',
    },
  },
  {
    key: 'skyddade-personuppgifter',
    name: { sv: 'Skyddade personuppgifter', en: 'Protected personal data' },
    description: {
      sv: 'Uppgifter om personer med sekretessmarkering, skyddad folkbokföring eller fingerade personuppgifter, till exempel deras adress och var barnen går i skola.',
      en: 'Details of people with a secrecy marking, protected registration or assumed identity, such as their address and where their children go to school.',
    },
    profile: { K: 3, R: 2, T: 1, S: 3 },
    legalBases: ['OSL 21 kap. 3 §', 'Folkbokföringslagen'],
    personalData: true,
    specialCategories: false,
    reasons: {
      K: 'Om adressen eller skolan röjs kan personen hittas av den hen skyddas mot, med fara för liv och hälsa.',
      R: 'Fel skyddsmarkering kan göra att uppgifterna lämnas ut av misstag.',
      T: 'Ett kortare avbrott ger begränsad skada så länge uppgifterna inte lämnas ut.',
      S: 'Varje åtkomst måste kunna spåras för att ett röjande ska kunna utredas.',
    },
  },
  {
    key: 'offentliga-handlingar',
    name: { sv: 'Offentliga handlingar', en: 'Public documents' },
    description: {
      sv: 'Allmänna handlingar utan sekretess, som protokoll, beslut, avtal och publicerad information. Kan innehålla namn.',
      en: 'Official documents without secrecy, such as minutes, decisions, contracts and published information. May contain names.',
    },
    profile: { K: 0, R: 1, T: 1, S: 1 },
    legalBases: ['TF 2 kap.', 'Arkivlagen'],
    personalData: true,
    specialCategories: false,
    reasons: {
      K: 'Handlingarna är offentliga och får lämnas ut till vem som helst.',
      R: 'Felaktiga handlingar ger merarbete och kan behöva rättas offentligt.',
      T: 'Allmänheten har rätt att få ta del av handlingarna skyndsamt, men ett kort avbrott ger liten skada.',
      S: 'Det ska gå att se vem som har upprättat eller ändrat en handling.',
    },
  },
  {
    key: 'sekretess-osl',
    name: { sv: 'Sekretessbelagda uppgifter enligt OSL', en: 'Information under secrecy (OSL)' },
    description: {
      sv: 'Uppgifter som omfattas av sekretess enligt offentlighets- och sekretesslagen men inte är känsliga personuppgifter, till exempel affärsuppgifter i upphandlingar eller säkerhetsuppgifter.',
      en: 'Information under secrecy according to the Public Access to Information and Secrecy Act that is not sensitive personal data, such as business details in procurements or security details.',
    },
    profile: { K: 2, R: 2, T: 1, S: 2 },
    legalBases: ['OSL'],
    personalData: true,
    specialCategories: false,
    reasons: {
      K: 'Röjande är ett brott mot tystnadsplikten och kan skada enskilda, företag eller kommunen betydligt.',
      R: 'Felaktiga uppgifter kan ge felaktiga beslut och skadeståndskrav.',
      T: 'Uppgifterna behövs sällan inom timmar.',
      S: 'Kommunen måste kunna visa vem som tagit del av uppgifterna vid misstanke om brott mot tystnadsplikten.',
    },
  },
  {
    key: 'ekonomiska-transaktioner',
    name: { sv: 'Ekonomiska transaktioner', en: 'Financial transactions' },
    description: {
      sv: 'Fakturor, utbetalningar, betalfiler, verifikationer och bokföring, inklusive bankkonton för leverantörer och enskilda.',
      en: 'Invoices, payments, payment files, vouchers and ledgers, including bank accounts of suppliers and individuals.',
    },
    profile: { K: 1, R: 3, T: 2, S: 3 },
    legalBases: ['Kommunallagen', 'LKBR', 'Bokföringslagen'],
    personalData: true,
    specialCategories: false,
    reasons: {
      K: 'Uppgifterna är till stor del offentliga, men bankuppgifter kan utnyttjas för bedrägerier.',
      R: 'Ett manipulerat bankkonto eller belopp kan ge förluster på miljonbelopp, som vid fakturabedrägerier.',
      T: 'Löner och leverantörer ska betalas i tid; några dagars avbrott ger förseningsavgifter och merarbete.',
      S: 'Bokföringen ska kunna följas från verifikation till betalning, och attester ska kunna knytas till en person.',
    },
  },
  {
    key: 'personalakter',
    name: { sv: 'Personalakter', en: 'Personnel files' },
    description: {
      sv: 'Uppgifter om anställda: anställningsavtal, lön, befattning, utvecklingssamtal och ärenden om anställningen. Uppgifter om hälsa och rehabilitering hör till typen känsliga personuppgifter.',
      en: 'Details of employees: contracts, pay, position, appraisals and employment matters. Health and rehabilitation details belong to the sensitive personal data type.',
    },
    profile: { K: 2, R: 2, T: 1, S: 2 },
    legalBases: ['GDPR art. 6', 'OSL 39 kap.', 'Arkivlagen'],
    personalData: true,
    specialCategories: false,
    reasons: {
      K: 'Spridning kan kränka den anställde och skada förtroendet för kommunen som arbetsgivare.',
      R: 'Fel i anställningsuppgifter kan ge fel lön, pension eller intyg.',
      T: 'Uppgifterna behövs sällan inom timmar.',
      S: 'Arbetsgivaren måste kunna visa vem som har ändrat uppgifter vid en tvist.',
    },
  },
  {
    key: 'elevuppgifter',
    name: { sv: 'Elevuppgifter', en: 'Pupil records' },
    description: {
      sv: 'Uppgifter om barn och elever i förskola och skola: placering, närvaro, omdömen, betyg och kontakter med vårdnadshavare. Elevhälsans journaler ingår inte.',
      en: 'Details of children and pupils in preschool and school: placement, attendance, assessments, grades and contact with guardians. Pupil health records are not included.',
    },
    profile: { K: 2, R: 2, T: 2, S: 2 },
    legalBases: ['Skollagen', 'OSL 23 kap.', 'GDPR art. 6'],
    personalData: true,
    specialCategories: false,
    reasons: {
      K: 'Uppgifter om barn kan skada barnet och familjen om de sprids, till exempel om frånvaro och stödbehov.',
      R: 'Fel betyg eller frånvaro kan påverka elevens framtid och leda till överklaganden.',
      T: 'Skolan behöver närvaro och kontaktuppgifter under skoldagen; ett dygns avbrott ger betydande störning.',
      S: 'Det måste gå att visa vem som satte eller ändrade ett betyg.',
    },
  },
  {
    key: 'patientuppgifter',
    name: { sv: 'Patientuppgifter', en: 'Patient data' },
    description: {
      sv: 'Journaluppgifter i kommunens hälso- och sjukvård och elevhälsans medicinska insats: diagnoser, behandlingar, läkemedel och vårdplaner.',
      en: 'Record entries in the municipality’s health care and the medical part of pupil health: diagnoses, treatments, medicines and care plans.',
    },
    profile: { K: 3, R: 3, T: 2, S: 3 },
    legalBases: ['HSL', 'PDL', 'OSL 25 kap.', 'GDPR art. 9'],
    personalData: true,
    specialCategories: true,
    reasons: {
      K: 'Röjande är ett allvarligt intrång i den personliga integriteten och ett brott mot sekretessen.',
      R: 'En felaktig läkemedelsuppgift eller förväxlad patient kan ge allvarlig skada på liv och hälsa.',
      T: 'Vården behöver journalen för att behandla säkert; efter ett dygn utan den ökar risken för felbehandling.',
      S: 'Patientdatalagen kräver att all åtkomst loggas och följs upp.',
    },
  },
  {
    key: 'socialtjanstuppgifter',
    name: { sv: 'Uppgifter i socialtjänstens personakter', en: 'Social-services case files' },
    description: {
      sv: 'Utredningar, beslut och dokumentation om enskilda inom socialtjänsten och LSS, till exempel barnavård, missbruk, ekonomiskt bistånd och äldreomsorg.',
      en: 'Investigations, decisions and records about individuals in social services and disability support, such as child welfare, addiction, financial aid and elderly care.',
    },
    profile: { K: 3, R: 3, T: 2, S: 3 },
    legalBases: ['SoL', 'LSS', 'OSL 26 kap.', 'GDPR art. 9'],
    personalData: true,
    specialCategories: true,
    reasons: {
      K: 'Uppgifterna rör människor i utsatta lägen; röjande kan ge allvarlig skada, till exempel för barn i en skyddsutredning.',
      R: 'Felaktiga uppgifter kan leda till felaktiga beslut om bistånd eller omhändertagande.',
      T: 'Handläggare behöver akterna för att fatta beslut och agera vid akuta ärenden inom ett dygn.',
      S: 'Den enskilde har rätt att få veta vem som läst hens akt; åtkomsten ska loggas och följas upp.',
    },
  },
  {
    key: 'geodata',
    name: { sv: 'Geografisk information (geodata)', en: 'Geographic information (geodata)' },
    description: {
      sv: 'Kartor, fastighetsgränser, adresser, ledningsnät och flygbilder som kommunen tar fram och förvaltar.',
      en: 'Maps, property boundaries, addresses, utility networks and aerial images that the municipality produces and maintains.',
    },
    profile: { K: 0, R: 2, T: 1, S: 1 },
    legalBases: ['PBL', 'Lag om geografisk miljöinformation'],
    personalData: false,
    specialCategories: false,
    reasons: {
      K: 'Kartor och adresser är i huvudsak offentliga och publiceras.',
      R: 'Fel i kartan kan ge felaktiga bygglov, planer och grävskador som kostar mycket att rätta.',
      T: 'Kartan behövs i handläggning men ett kort avbrott går att hantera.',
      S: 'Det ska gå att se vem som har uppdaterat kartan och när.',
    },
  },
  {
    key: 'styr-och-overvakningsdata',
    name: { sv: 'Styr- och övervakningsdata', en: 'Control and monitoring data' },
    description: {
      sv: 'Styrvärden, larm, mätvärden och konfiguration för fastighetsautomation, vatten och avlopp, värme och annan teknisk drift.',
      en: 'Set points, alarms, readings and configuration for building automation, water and sewage, heating and other technical operations.',
    },
    profile: { K: 2, R: 3, T: 3, S: 2 },
    legalBases: ['Cybersäkerhetslagen', 'Vattentjänstlagen', 'Livsmedelslagen'],
    personalData: false,
    specialCategories: false,
    reasons: {
      K: 'Detaljer om styrsystem och sårbarheter kan utnyttjas för sabotage.',
      R: 'Manipulerade styrvärden kan ge orent dricksvatten, utsläpp eller stoppad ventilation.',
      T: 'Utan styrning och larm under några timmar kan vatten, värme och ventilation slås ut för många människor.',
      S: 'Det måste gå att se vem som har ändrat en styrning, lokalt eller på distans.',
    },
  },
  {
    key: 'inloggningsuppgifter',
    name: { sv: 'Inloggningsuppgifter och behörigheter', en: 'Credentials and permissions' },
    description: {
      sv: 'Användarkonton, lösenord, certifikat, nycklar och behörighetsgrupper som ger åtkomst till kommunens system.',
      en: 'User accounts, passwords, certificates, keys and permission groups that give access to the municipality’s systems.',
    },
    profile: { K: 3, R: 3, T: 2, S: 3 },
    legalBases: ['GDPR art. 32', 'Cybersäkerhetslagen'],
    personalData: true,
    specialCategories: false,
    reasons: {
      K: 'Den som kommer över lösenord eller nycklar kan nå kommunens mest skyddsvärda information.',
      R: 'En manipulerad behörighet kan ge en angripare full åtkomst utan att det märks.',
      T: 'Utan inloggning kan ingen arbeta i systemen; efter några timmar drabbas hela kommunen.',
      S: 'Varje behörighetsändring måste kunna knytas till en person och ett beslut.',
    },
  },
  {
    key: 'allman-kommunikation',
    name: { sv: 'E-post och allmän kommunikation', en: 'E-mail and general communication' },
    description: {
      sv: 'E-post, kalendrar, chatt och telefonsamtal i det dagliga arbetet. Känsliga uppgifter ska inte skickas här men förekommer.',
      en: 'E-mail, calendars, chat and phone calls in daily work. Sensitive details should not be sent here but do occur.',
    },
    profile: { K: 1, R: 1, T: 2, S: 1 },
    legalBases: ['Arkivlagen', 'Förvaltningslagen', 'OSL'],
    personalData: true,
    specialCategories: false,
    reasons: {
      K: 'Det mesta är internt; enstaka meddelanden med känsligt innehåll kan skada om de sprids.',
      R: 'Ett förfalskat meddelande kan leda till felaktiga åtgärder, men brukar upptäckas.',
      T: 'Utan e-post och kalender ett dygn stannar samordning och kontakter med invånare och leverantörer.',
      S: 'Det ska gå att se vem som skickat ett meddelande i kommunens namn.',
    },
  },
];
