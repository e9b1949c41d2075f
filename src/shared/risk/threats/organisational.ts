import type { Threat } from '../threatCatalogue.js';

/** Administration / Organisational. */
export const organisationalThreats: readonly Threat[] = [
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
