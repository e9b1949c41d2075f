import { scenario, type Scenario } from './incidentDemoScenario.js';

/**
 * The everyday incidents of Exempelkommun's demo, reported by staff: phishing, e-mail to the
 * wrong recipient, things lost or left behind, and reports that turn out not to be incidents.
 * All written for this project; every person and case in them is made up.
 */

/** A phishing campaign: each wave reuses one lure, reported by many people within days. */
export interface PhishingLure {
  subject: string;
  sender: string;
  bait: string;
}

export const phishingLures: PhishingLure[] = [
  { subject: 'Ditt lösenord upphör i dag', sender: '"IT-support Exempelkommun" <it-support@exempelkommun-se.com>', bait: 'en länk till en inloggningssida som ser ut som kommunens' },
  { subject: 'Ny lönespecifikation tillgänglig', sender: '"Lönekontoret" <lon@lonespec-portal.net>', bait: 'en länk för att "logga in och se lönespecifikationen"' },
  { subject: 'Ditt paket kunde inte levereras', sender: '"PostNord" <info@postnord-avisering.com>', bait: 'en länk där man ska betala en tullavgift på 29 kronor' },
  { subject: 'Ett dokument har delats med dig', sender: '"OneDrive" <no-reply@sharepoint-docs.online>', bait: 'en knapp "Öppna dokument" som leder till en falsk Microsoft-inloggning' },
  { subject: 'Du har en skatteåterbäring att hämta', sender: '"Skatteverket" <aterbaring@skatteverket-se.info>', bait: 'en länk där man ska identifiera sig med kortuppgifter' },
  { subject: 'Bekräfta dina uppgifter för semesterersättning', sender: '"HR-avdelningen" <hr@exempe1kommun.se>', bait: 'ett formulär som frågar efter personnummer och bankkonto' },
  { subject: 'Signera avtalet med BankID', sender: '"Avtalsportalen" <sign@e-avtal-sign.com>', bait: 'en QR-kod som ska skannas med BankID-appen' },
  { subject: 'Faktura 40871 förfallen – påminnelse', sender: '"Kontorsmaterial Norden AB" <faktura@kontorsnorden-betalning.com>', bait: 'en bifogad fil "Faktura_40871.html" som öppnar en inloggningssida' },
];

export const phishingReportTitles = ['Misstänkt nätfiske: "{subject}"', 'Konstigt mejl: "{subject}"', 'Nätfiskemejl?', 'Mejl som ser falskt ut', 'Misstänkt mejl från {sender}'];

export const phishingDescriptions = [
  'Jag fick ett mejl med ämnet "{subject}" från {sender}. Det innehöll {bait}. Jag har inte klickat på något och har flyttat mejlet till skräpposten.',
  'Fick precis ett mejl, "{subject}". Avsändaren {sender} ser konstig ut och mejlet har {bait}. Flera kollegor har fått samma.',
  'Hej! Ett mejl med ämnet "{subject}" kom till min jobbmejl. Det har {bait}. Jag tror det är nätfiske. Jag har inte svarat.',
  'Mejlet "{subject}" från {sender} kom till hela arbetslaget i morse. Det innehåller {bait}. Ingen av oss har klickat, vad ska vi göra med det?',
];

/** Someone clicked and typed their password: the account must be secured. */
export const phishingClickedDescription =
  'Jag fick ett mejl med ämnet "{subject}" och klickade på länken. Jag skrev in mitt användarnamn och lösenord innan jag förstod att det var fel. Vad ska jag göra nu?';

export const phishingNotes = [
  'Avsändardomänen är spärrad i e-postfiltret och mejlet är rensat ur alla brevlådor.',
  'Samma kampanj som flera andra rapporter i dag; hanteras samlat.',
  'Länken är anmäld som bedräglig till leverantören av webbfiltret och blockeras nu.',
  'Tack för rapporten! Mejlet är borttaget från alla brevlådor.',
];
export const phishingClickedNotes = [
  'Lösenordet är bytt, alla inloggningar är utloggade och kontot har fått MFA med nummermatchning.',
  'Inloggningsloggen visar ingen inloggning från främmande adresser efter klicket.',
];
export const phishingRootCause = 'Riktad nätfiskekampanj mot kommunens anställda. Mejlen kom förbi filtret eftersom avsändardomänen var nyregistrerad och saknade rykte.';
export const phishingLessons = 'Rapporterna kom snabbt in från många förvaltningar, vilket gjorde att kampanjen kunde stoppas tidigt. Påminn om "Rapportera nätfiske"-knappen i nästa nyhetsbrev.';

/** E-mail (and post) to the wrong recipient, with personal data: the everyday GDPR breach. */
export const misdirectedMail: Scenario[] = [
  scenario({
    unit: 'ifo', objects: ['Verksamhetssystem IFO'], title: 'Utredning skickad till fel e-postadress',
    description: 'En utredning enligt socialtjänstlagen skickades till en privatperson med nästan samma namn som handläggaren på en samverkande myndighet. Mottagaren hörde av sig och säger att mejlet är raderat.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[2, 0.6], [3, 0.4]], personalData: { people: [1, 4], records: [1, 6] }, resolveHours: [24, 120],
    tasks: ['Be mottagaren radera mejlet och bekräfta det skriftligt', 'Informera vårdnadshavarna om vad som hänt'],
    rootCause: 'Autokomplettering i e-postprogrammet valde fel mottagare och mejlet skickades okrypterat.', lessons: 'Sekretessbelagda uppgifter ska skickas med säker e-post; autokomplettering stängs av för handläggare inom IFO.',
  }),
  scenario({
    unit: 'hr', objects: ['Lön och personaladministration'], title: 'Lönelista skickad till fel sändlista',
    description: 'En fil med löner, personnummer och frånvaro för en avdelning skickades till sändlistan för alla chefer i förvaltningen i stället för till lönekontoret.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[2, 1]], personalData: { people: [25, 70], records: [25, 70] }, resolveHours: [6, 72],
    tasks: ['Återkalla och radera mejlet ur alla brevlådor', 'Informera de anställda som finns i filen'],
    rootCause: 'Sändlistan hade ett namn som liknar lönekontorets funktionsbrevlåda.', lessons: 'Sändlistor för chefer får ett tydligare namn och filer med löner skickas bara via lönesystemet.',
  }),
  scenario({
    unit: 'skola-norr', objects: ['Elevregister och elevadministration'], title: 'Klasslista med skyddad identitet skickad till vårdnadshavare',
    description: 'En klasslista med namn och adresser skickades till alla vårdnadshavare i klassen. En elev i listan har skyddade personuppgifter.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[3, 1]], personalData: { people: [24, 30], records: [24, 30] }, resolveHours: [4, 48],
    tasks: ['Kontakta familjen med skyddade personuppgifter', 'Be vårdnadshavarna radera listan'],
    rootCause: 'Listan togs ut från elevregistret utan filtret för skyddade personuppgifter.', lessons: 'Utdrag för utskick görs bara med mallen som utesluter elever med skyddade personuppgifter.',
  }),
  scenario({
    unit: 'hemtjanst', objects: ['Hemtjänstplanering'], title: 'Körlista vidarebefordrad till privat e-post',
    description: 'En medarbetare vidarebefordrade dagens körlista med namn, adresser och portkoder till sin privata e-post för att kunna läsa den i telefonen.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[2, 1]], personalData: { people: [8, 25], records: [8, 25] }, resolveHours: [24, 96],
    tasks: ['Säkerställ att mejlet är raderat i den privata brevlådan', 'Gå igenom rutinen för körlistor på APT'],
    rootCause: 'Hemtjänstappen var långsam på morgonen och medarbetaren ville ha listan tillgänglig.', lessons: 'Automatisk vidarebefordran till externa adresser spärras; körlistan nås bara i appen.',
  }),
  scenario({
    unit: 'bygglov', objects: ['Bygglov och byggtillsyn'], title: 'Grannhörande skickat med sökandes personnummer',
    description: 'Vid grannhörande skickades ansökan ut med sökandens personnummer och telefonnummer synliga till alla grannar.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[1, 0.5], [2, 0.5]], personalData: { people: [1, 2], records: [6, 15], waivedReason: 'Endast personnummer och telefonnummer till en sökande; uppgifterna är allmänna handlingar och risken för de registrerade bedöms som låg.' }, resolveHours: [24, 96],
    tasks: ['Maskera personnummer i mallen för grannhörande'],
    rootCause: 'Mallen för grannhörande hämtade hela ansökan i stället för den maskerade versionen.',
  }),
  scenario({
    unit: 'hsl', objects: ['Journalsystem för kommunal hälso- och sjukvård'], title: 'Läkemedelslista skickad till fel vårdgivare',
    description: 'En aktuell läkemedelslista för en patient skickades med fax till fel vårdcentral. Vårdcentralen har meddelat att den är förstörd.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[2, 1]], personalData: { people: [1, 1], records: [1, 2] }, resolveHours: [4, 48],
    tasks: ['Be vårdcentralen bekräfta att listan är förstörd', 'Utred om faxen kan ersättas av säker digital överföring'],
    rootCause: 'Fel kortnummer valdes på faxen; numren till två vårdcentraler ligger bredvid varandra.', lessons: 'Faxen avvecklas för patientuppgifter; läkemedelslistor skickas via den nationella tjänsten.',
  }),
  scenario({
    unit: 'ekonomi', objects: ['Ekonomisystem'], title: 'Kundreskontra med personnummer skickad till extern konsult',
    description: 'En export av kundreskontran med namn, personnummer och skulder skickades till en konsult som bara skulle ha en sammanställning utan personuppgifter.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[2, 1]], personalData: { people: [150, 420], records: [150, 420] }, resolveHours: [24, 120],
    tasks: ['Begär skriftlig bekräftelse på radering från konsultföretaget', 'Kontrollera att personuppgiftsbiträdesavtalet omfattar uppdraget'],
    rootCause: 'Fel rapport valdes i ekonomisystemet; rapporterna har nästan samma namn.',
  }),
  scenario({
    unit: 'funktionsstod', objects: ['Verksamhetssystem LSS och funktionsstöd'], title: 'Beslut om insats skickat till fel ombud',
    description: 'Ett beslut om insats enligt LSS skickades till ett ombud som företräder en annan brukare.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[2, 0.7], [3, 0.3]], personalData: { people: [1, 1], records: [1, 3] }, resolveHours: [24, 120],
    tasks: ['Hämta tillbaka beslutet från ombudet', 'Informera brukaren och dennes företrädare'],
    rootCause: 'Adressuppgifterna för ombudet var felaktigt kopplade i verksamhetssystemet.',
  }),
  scenario({
    unit: 'forskola', objects: ['Barnomsorgsadministration'], title: 'Placeringslista skickad till fel förskola',
    description: 'En lista över barn som ska börja till hösten, med namn, personnummer och vårdnadshavares kontaktuppgifter, skickades till fel förskola.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[1, 0.4], [2, 0.6]], personalData: { people: [15, 45], records: [15, 45], waivedReason: 'Mottagaren är kommunens egen förskola med tystnadsplikt, listan raderades samma dag och risken för de registrerade bedöms som låg.' }, resolveHours: [4, 48],
    rootCause: 'Två förskolor har nästan samma namn i e-postens adressbok.',
  }),
  scenario({
    unit: 'gymnasium', objects: ['Elevregister och elevadministration'], title: 'Betyg i kalkylblad skickade till fel klass',
    description: 'En lärare skickade ett kalkylblad med alla elevers betyg i kursen till hela klassen i stället för till kollegan som skulle rätta.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[2, 1]], personalData: { people: [22, 32], records: [22, 32] }, resolveHours: [24, 96],
    tasks: ['Radera mejlet ur elevernas brevlådor', 'Informera eleverna och vårdnadshavarna'],
    rootCause: 'Klassens sändlista och kollegans namn låg bredvid varandra i adressfältet.',
  }),
  scenario({
    unit: 'sarskilt-boende', objects: ['Boendeadministration'], title: 'Avgiftsbeslut skickat till fel anhörig',
    description: 'Ett avgiftsbeslut med uppgifter om inkomst och pension för en boende skickades till anhöriga till en annan boende.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[2, 1]], personalData: { people: [1, 1], records: [1, 2] }, resolveHours: [24, 96],
    rootCause: 'Kuverten förväxlades vid manuellt utskick.', lessons: 'Avgiftsbeslut skickas digitalt till den som har fullmakt; manuella utskick kontrolleras av två personer.',
  }),
  scenario({
    unit: 'kansli', objects: ['Ärende- och dokumenthantering'], title: 'Sekretessmarkerad bilaga publicerad med nämndhandlingarna',
    description: 'En bilaga med uppgifter om en enskild i ett ärende om bistånd publicerades med kallelsen på webbplatsen. Den låg ute i ungefär tre timmar.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[2, 0.5], [3, 0.5]], personalData: { people: [1, 3], records: [1, 3] }, resolveHours: [2, 24],
    tasks: ['Avpublicera bilagan och be sökmotorer ta bort cachade kopior'],
    rootCause: 'Bilagan saknade sekretessmarkering i ärendesystemet och följde därför med vid publiceringen.', lessons: 'Publicering av kallelser kontrolleras mot sekretessmarkeringen innan de läggs ut.',
  }),
  scenario({
    unit: 'bostader', objects: ['Uthyrning och hyresgäster'], title: 'Påminnelse om obetald hyra skickad till fel hyresgäst',
    description: 'En påminnelse om obetald hyra med skuldbelopp skickades via e-post till en annan hyresgäst i samma trappuppgång.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[1, 0.5], [2, 0.5]], personalData: { people: [1, 1], records: [1, 1] }, resolveHours: [24, 96],
    rootCause: 'Fel e-postadress var registrerad på hyreskontraktet.',
  }),
  scenario({
    unit: 'hr', objects: ['Rehabilitering och arbetsmiljö'], title: 'Läkarintyg skickat till fel chef',
    description: 'Ett läkarintyg med diagnos skickades till en chef på en annan enhet med samma förnamn som medarbetarens chef.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    severity: [[2, 1]], personalData: { people: [1, 1], records: [1, 1] }, resolveHours: [24, 72],
    rootCause: 'Autokomplettering i e-postprogrammet valde fel mottagare.',
  }),
];

/** Things lost, stolen or left behind, IT or not. */
export const lostThings: Scenario[] = [
  scenario({
    title: 'Borttappat USB-minne med arbetsmaterial', description: 'Jag har tappat bort ett USB-minne som jag hade med mig till ett möte. På minnet fanns anteckningar och några dokument med namn på brukare.',
    objects: ['Klienthantering och certifikat'], rsit: ['information_content_security', 'data_loss'], categories: ['information_loss_or_leak'], cause: 'non_malicious_human', aspects: ['K', 'T'],
    personalData: { people: [3, 20], records: [3, 30] }, resolveHours: [24, 120], tasks: ['Gå igenom vilka uppgifter som fanns på minnet'],
    rootCause: 'Arbetsmaterial fördes över på ett okrypterat USB-minne.', lessons: 'USB-minnen för arbetsmaterial ska vara krypterade; okrypterade minnen spärras i datorerna.',
  }),
  scenario({
    title: 'Utskrifter med personuppgifter kvarglömda i skrivaren', description: 'Hittade en bunt utskrifter i skrivaren på våningsplanet med uppgifter om enskilda i flera ärenden. Ingen hämtade dem på hela dagen.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'handling_error'], cause: 'non_malicious_human', aspects: ['K'],
    personalData: { people: [2, 12], records: [2, 12], waivedReason: 'Skrivaren står i ett utrymme dit bara personal har tillträde och utskrifterna hittades av en kollega med tystnadsplikt. Risken för de registrerade bedöms som låg.' },
    severity: [[1, 1]], resolveHours: [2, 24], rootCause: 'Utskriften startades från fel skrivare och glömdes kvar.', lessons: 'Säker utskrift med passerkort införs på alla skrivare i kommunhuset.',
  }),
  scenario({
    title: 'Tjänstetelefon glömd på bussen', description: 'Jag glömde min tjänstetelefon på bussen på väg hem. Jag har ringt bussbolaget men den har inte lämnats in. Telefonen har skärmlås.',
    objects: ['Klienthantering och certifikat'], rsit: ['information_content_security', 'data_loss'], categories: ['information_loss_or_leak'], cause: 'non_malicious_human', aspects: ['K', 'T'],
    personalData: { people: [5, 40], records: [5, 40], waivedReason: 'Telefonen var krypterad med skärmlås och fjärrraderades samma kväll. Risken för de registrerade bedöms som låg.' },
    severity: [[1, 0.8], [2, 0.2]], resolveHours: [2, 24], tasks: ['Spärra och fjärradera telefonen', 'Beställ ny telefon'],
    rootCause: 'Telefonen glömdes kvar på bussen.',
  }),
  scenario({
    title: 'Bärbar dator stulen ur bil', description: 'Min bärbara jobbdator stals ur bilen när den stod parkerad vid ett hembesök. En ruta var krossad. Jag har polisanmält stölden.',
    objects: ['Klienthantering och certifikat'], rsit: ['information_content_security', 'data_loss'], categories: ['information_loss_or_leak', 'attack'], cause: 'malicious_human', aspects: ['K', 'T'],
    personalData: { people: [10, 60], records: [10, 60], waivedReason: 'Datorn var krypterad med BitLocker och kontot spärrades inom en timme. Risken för de registrerade bedöms som låg.' },
    crime: true, severity: [[2, 1]], resolveHours: [4, 48], tasks: ['Spärra datorn och kontot', 'Lämna polisanmälan till försäkringshandläggaren'],
    rootCause: 'Datorn lämnades synlig i bilen.', lessons: 'Påminn om att utrustning aldrig ska lämnas i bilen.',
  }),
  scenario({
    unit: 'hemtjanst', title: 'Nyckelknippa till brukares bostäder borttappad', description: 'En nyckelknippa med nycklar till fyra brukares bostäder saknas efter kvällspasset. Knippan är inte märkt med adresser.',
    objects: ['Hemtjänstplanering'], rsit: ['other', 'uncategorised'], categories: ['other_sudden_event'], cause: 'non_malicious_human', aspects: ['K', 'T'],
    severity: [[2, 1]], resolveHours: [4, 72], tasks: ['Byt lås hos de berörda brukarna', 'Informera brukarna'],
    rootCause: 'Nycklar hanteras fortfarande fysiskt hos brukare som inte har digitala lås.', lessons: 'Fler brukare får digitala lås; nyckelkvittens införs vid varje pass.',
  }),
  scenario({
    title: 'Pärm med uppgifter kvarglömd på tåget', description: 'Jag glömde en pärm med mötesanteckningar på tåget hem från en utbildning. I pärmen fanns anteckningar om enskilda elever.',
    rsit: ['information_content_security', 'data_loss'], categories: ['information_loss_or_leak'], cause: 'non_malicious_human', aspects: ['K'],
    personalData: { people: [3, 10], records: [3, 10] }, resolveHours: [24, 120], tasks: ['Kontakta tågbolagets hittegods'],
    rootCause: 'Anteckningar om enskilda fördes på papper utanför arbetsplatsen.',
  }),
  scenario({
    title: 'Passerkort borttappat', description: 'Jag har tappat mitt passerkort någonstans mellan parkeringen och entrén.',
    rsit: ['other', 'uncategorised'], categories: ['other_sudden_event'], cause: 'non_malicious_human', aspects: ['K'], severity: [[1, 1]], resolveHours: [1, 8],
    notes: ['Kortet är spärrat i passersystemet och ett nytt är beställt.'], rootCause: 'Passerkortet tappades bort.',
  }),
  scenario({
    unit: 'forskola', title: 'Inbrott på förskola: surfplattor stulna', description: 'Det har varit inbrott på förskolan under natten. Tre surfplattor som används för dokumentation saknas.',
    objects: ['Förskolans dokumentation och närvaro'], rsit: ['intrusions', 'burglary'], categories: ['attack', 'information_loss_or_leak'], cause: 'malicious_human', aspects: ['K', 'T'],
    crime: true, severity: [[2, 1]], resolveHours: [8, 72], tasks: ['Spärra och fjärradera surfplattorna', 'Polisanmäl inbrottet'],
    rootCause: 'Inbrott genom ett fönster på baksidan.', lessons: 'Surfplattorna förvaras i låst skåp efter stängning.',
  }),
  scenario({
    unit: 'kansli', title: 'Vattenläcka i närarkivet', description: 'En vattenledning har läckt i källaren och flera arkivkartonger med personalakter och ärenden har blivit blöta.',
    objects: ['E-arkiv'], rsit: ['other', 'uncategorised'], categories: ['other_sudden_event', 'information_loss_or_leak'], cause: 'system_failure', aspects: ['R', 'T'],
    severity: [[2, 1]], resolveHours: [24, 240], tasks: ['Låt konservator torka och bedöma handlingarna', 'Flytta arkivet till lokal utan vattenledningar'],
    rootCause: 'En gammal vattenledning i taket sprack.', lessons: 'Arkivlokalen flyttas och vattenlarm installeras.',
  }),
];

/** Reports the incident manager rejects: not an incident. */
export const notIncidents: Array<{ title: string; description: string; reason: string }> = [
  { title: 'Misstänkt mejl om lönespecifikation', description: 'Fick ett mejl om att min lönespecifikation finns att hämta. Är det nätfiske?', reason: 'Utskicket kom från kommunens lönesystem och var äkta. Inte en incident.' },
  { title: 'Datorn är väldigt långsam', description: 'Min dator har varit jättelångsam hela veckan, kan det vara virus?', reason: 'Ingen skadlig kod hittades; datorn behövde uppdateras. Hänvisad till IT-support, inte en incident.' },
  { title: 'Glömt lösenordet till skolplattformen', description: 'Jag kommer inte in i skolplattformen, har glömt lösenordet.', reason: 'Inte en incident. Hänvisad till IT-supportens lösenordsåterställning.' },
  { title: 'Enkät från HR ser misstänkt ut', description: 'Vi fick en länk till en enkät om arbetsmiljö. Länken går till en okänd webbplats.', reason: 'Medarbetarenkäten skickas av kommunens avtalade leverantör. Inte en incident.' },
  { title: 'Skrivaren på plan 3 skriver ut konstiga tecken', description: 'Skrivaren skriver bara ut rader med konstiga tecken.', reason: 'Fel drivrutin efter byte av skrivare. Ärendet flyttat till IT-support, inte en incident.' },
  { title: 'Sms om paket till min privata telefon', description: 'Jag fick ett sms om ett paket till min privata mobil. Ser ut som bedrägeri.', reason: 'Gäller den privata telefonen och inte kommunens information. Rådet är att radera sms:et. Inte en incident.' },
  { title: 'Kan inte logga in i Teams', description: 'Teams säger att mitt konto är spärrat.', reason: 'Kontot var låst efter för många felaktiga inloggningsförsök av användaren själv. Inte en incident.' },
  { title: 'Okänd person i korridoren', description: 'En person utan namnbricka gick runt i korridoren på förmiddagen.', reason: 'Personen var en inhyrd hantverkare med uppdrag från fastighetsavdelningen. Inte en incident.' },
];
