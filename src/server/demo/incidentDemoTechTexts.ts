import { scenario, type Scenario } from './incidentDemoScenario.js';

/**
 * The technical incidents of Exempelkommun's demo: outages (own and suppliers'), overload attacks
 * on the e-services, hijacked accounts, malicious code, fraud, snooping in records and reported
 * vulnerabilities. `{object}` is a register object with systems, `{system}` and `{supplier}` one
 * of its systems. All written for this project; suppliers and products are fictional.
 */

/** An outage at a SaaS supplier. */
export const supplierOutage = scenario({
  objects: ['{object}'], title: 'Driftstörning hos {supplier}: {system} gick inte att nå',
  description: '{system} gick inte att nå från morgonen. Leverantören {supplier} bekräftar en störning i sin driftmiljö och arbetar på en lösning. Verksamheten använder reservrutiner under tiden.',
  rsit: ['availability', 'outage'], categories: ['software_hardware_disruption', 'blocked_access'], cause: 'system_failure', aspects: ['T'],
  severity: [[1, 0.5], [2, 0.4], [3, 0.1]], channel: [['servicedesk', 0.5], ['web_form', 0.3], ['phone', 0.2]], resolveHours: [2, 30],
  tasks: ['Begär incidentrapport från {supplier}', 'Följ upp avtalad tillgänglighet med {supplier}'],
  notes: ['Leverantören meddelar att felet är isolerat till en databasserver.', 'Leverantörens statussida uppdateras varje timme.'],
  rootCause: 'Fel i leverantörens driftmiljö enligt {supplier}s incidentrapport.', lessons: 'Reservrutinerna fungerade. Avtalet saknar vite vid långa avbrott; tas upp vid nästa avtalsuppföljning.',
});

/** Outages of systems run by the municipality itself. */
export const ownOutages: Scenario[] = [
  scenario({
    objects: ['{object}'], title: '{system} otillgängligt efter uppdatering', description: 'Efter kvällens planerade uppdatering startar inte {system}. Användarna får ett felmeddelande vid inloggning.',
    rsit: ['availability', 'misconfiguration'], categories: ['software_hardware_disruption', 'handling_error'], cause: 'non_malicious_human', aspects: ['T'],
    severity: [[1, 0.4], [2, 0.5], [3, 0.1]], channel: [['servicedesk', 0.6], ['technical_alarm', 0.4]], resolveHours: [1, 10],
    notes: ['Uppdateringen är återställd och systemet fungerar igen.'], rootCause: 'Uppdateringen krävde en ändring i databasen som inte fanns med i leverantörens instruktion.',
    lessons: 'Uppdateringar testas i testmiljön före produktion, även när leverantören kallar dem små.',
  }),
  scenario({
    objects: ['{object}'], title: 'Lagringsfel gjorde {system} otillgängligt', description: 'Övervakningen larmade om fel på en disk i lagringssystemet. {system} stannade eftersom databasen inte kunde skriva.',
    rsit: ['availability', 'outage'], categories: ['software_hardware_disruption'], cause: 'system_failure', aspects: ['T', 'R'],
    severity: [[2, 0.7], [3, 0.3]], channel: [['technical_alarm', 1]], resolveHours: [2, 16], tasks: ['Kontrollera att säkerhetskopian från natten är hel'],
    rootCause: 'En disk i lagringssystemet gick sönder och ombyggnaden av lagringen drog för mycket kapacitet.', lessons: 'Lagringssystemet byts ut enligt plan; larmgränserna sänks.',
  }),
  scenario({
    objects: ['{object}'], title: 'Utgånget certifikat stoppade {system}', description: 'Användarna får varning om osäker anslutning och integrationen mot {system} har slutat fungera.',
    rsit: ['availability', 'misconfiguration'], categories: ['software_hardware_disruption', 'handling_error'], cause: 'non_malicious_human', aspects: ['T'],
    channel: [['servicedesk', 0.7], ['technical_alarm', 0.3]], resolveHours: [1, 6], tasks: ['Lägg in certifikatet i förnyelsebevakningen'],
    rootCause: 'Certifikatet förnyades inte i tid eftersom påminnelsen gick till en person som slutat.', lessons: 'Certifikatpåminnelser skickas till en funktionsbrevlåda.',
  }),
  scenario({
    unit: 'it-drift', objects: ['Nätverk och brandväggar'], title: 'Nätverksavbrott efter fiberbrott', description: 'Flera verksamheter i östra delen av kommunen har inget nätverk. Ett grävarbete har skadat fiberkabeln.',
    rsit: ['availability', 'outage'], categories: ['operating_environment_disruption', 'blocked_access'], cause: 'non_malicious_human', aspects: ['T'],
    severity: [[2, 0.6], [3, 0.4]], channel: [['technical_alarm', 0.6], ['phone', 0.4]], resolveHours: [4, 20], tasks: ['Kräv ersättning av entreprenören'],
    rootCause: 'Entreprenören grävde utan ledningsanvisning.', lessons: 'Redundant förbindelse till verksamheterna i öster utreds.',
  }),
  scenario({
    unit: 'it-drift', objects: ['Nätverk och brandväggar', 'Telefoni och växel'], title: 'Storm: verksamheter utan nät och telefoni', description: 'Stormen har orsakat strömavbrott och fallna träd över ledningar. Flera förskolor och ett boende saknar nät och fast telefoni.',
    rsit: ['availability', 'outage'], categories: ['operating_environment_disruption', 'critical_infrastructure_disruption'], cause: 'natural_event', aspects: ['T'],
    severity: [[2, 0.6], [3, 0.4]], channel: [['technical_alarm', 0.5], ['phone', 0.5]], resolveHours: [6, 40], tasks: ['Dela ut reservtelefoner till boendena'],
    rootCause: 'Strömavbrott och skadade ledningar efter storm.', lessons: 'Boendena får mobila reservtelefoner och reservkraft till nätutrustningen.',
  }),
  scenario({
    unit: 'it-drift', objects: ['Serverdrift och virtualisering'], title: 'Kylningen i serverhallen slutade fungera', description: 'Temperaturlarm i serverhallen. Ett kylaggregat har stannat och temperaturen stiger.',
    rsit: ['availability', 'outage'], categories: ['operating_environment_disruption'], cause: 'system_failure', aspects: ['T'],
    severity: [[2, 0.8], [3, 0.2]], channel: [['technical_alarm', 1]], resolveHours: [2, 12], notes: ['Mindre viktiga servrar stängdes av för att sänka värmen.'],
    rootCause: 'Kompressorn i kylaggregatet havererade.', lessons: 'Serviceavtalet för kylan ses över; larm går nu även till jourtelefonen.',
  }),
  scenario({
    unit: 'it', objects: ['Integrationsplattform'], title: 'Köer i integrationsplattformen: meddelanden fastnar', description: 'Meddelanden mellan verksamhetssystemen fastnar i kön och uppgifter kommer inte fram.',
    rsit: ['availability', 'outage'], categories: ['software_hardware_disruption', 'information_corruption'], cause: 'system_failure', aspects: ['T', 'R'],
    channel: [['technical_alarm', 0.7], ['servicedesk', 0.3]], resolveHours: [2, 24], tasks: ['Stäm av att alla meddelanden kommit fram efter omstart'],
    rootCause: 'Loggfilerna fyllde disken på integrationsservern.',
  }),
];

/** Overload attacks on the e-services, in waves like the campaigns against Swedish municipalities. */
export const ddos = scenario({
  unit: 'kommunikation', objects: ['E-tjänsteplattform', 'Kommunens webbplats'], title: 'Överbelastningsattack mot kommunens e-tjänster',
  description: 'Kommunens webbplats och e-tjänster är mycket långsamma eller går inte att nå. Leverantören ser en kraftig ökning av trafik från många adresser utomlands.',
  rsit: ['availability', 'ddos'], categories: ['attack', 'blocked_access'], cause: 'malicious_human', aspects: ['T'],
  severity: [[2, 0.7], [3, 0.3]], channel: [['technical_alarm', 0.6], ['phone', 0.4]], resolveHours: [1, 8],
  tasks: ['Aktivera DDoS-skyddet hos leverantören', 'Informera invånarna i sociala medier'],
  notes: ['Attacken har tagits på sig av en prorysk hacktivistgrupp som angripit flera kommuner i dag.', 'Trafiken filtreras nu hos leverantören och webbplatsen svarar igen.'],
  rootCause: 'Överbelastningsattack (DDoS) från ett botnät, del av en kampanj mot svenska kommuner.', lessons: 'DDoS-skyddet är nu alltid påslaget i stället för att aktiveras vid behov.',
});

export const otherTechnical: Array<Scenario & { count: number }> = [
  {
    count: 9, ...scenario({
      objects: ['E-post och samarbetsverktyg'], title: 'Kapat e-postkonto skickade nätfiske till kontakter', description: 'Flera externa kontakter har hört av sig om ett konstigt mejl med en länk som kommit från min jobbadress. Jag har inte skickat det.',
      rsit: ['intrusions', 'unprivileged_account_compromise'], categories: ['attack'], cause: 'malicious_human', aspects: ['K', 'R'], severity: [[2, 0.7], [3, 0.3]],
      resolveHours: [2, 48], tasks: ['Byt lösenord och logga ut alla sessioner', 'Granska inloggningsloggen och regler för vidarebefordran'],
      notes: ['Angriparen hade lagt in en regel som flyttade svar till en dold mapp.', 'Mottagarna av mejlet har fått en varning.'],
      rootCause: 'Användaren hade lämnat ut sitt lösenord på en falsk inloggningssida och kontot saknade MFA.', lessons: 'MFA krävs nu för alla konton, även för personal som bara använder webbmejlen.',
    }),
  },
  {
    count: 8, ...scenario({
      objects: ['Klienthantering och certifikat'], title: 'Skadlig kod upptäckt på klientdator', description: 'Antivirusprogrammet larmade och satte en fil i karantän på en dator. Användaren hade öppnat en bilaga i ett mejl.',
      rsit: ['malicious_code', 'infected_system'], categories: ['attack'], cause: 'malicious_human', aspects: ['K', 'R', 'T'], channel: [['technical_alarm', 0.8], ['servicedesk', 0.2]],
      resolveHours: [2, 48], tasks: ['Ominstallera datorn', 'Sök efter samma fil på övriga klienter'],
      rootCause: 'Skadlig bilaga i ett mejl som kom förbi filtret.', lessons: 'Makron i dokument från internet blockeras nu för alla.',
    }),
  },
  {
    count: 5, ...scenario({
      objects: ['{records}'], title: 'Obehörig läsning i journal upptäckt vid loggkontroll', description: 'Vid den regelbundna loggkontrollen upptäcktes att en medarbetare läst journalen för en person som medarbetaren inte har någon vårdrelation till.',
      rsit: ['information_content_security', 'unauthorised_information_access'], categories: ['information_loss_or_leak'], cause: 'malicious_human', aspects: ['K'], severity: [[2, 0.6], [3, 0.4]],
      personalData: { people: [1, 2], records: [1, 8] }, channel: [['web_form', 1]], resolveHours: [48, 240], tasks: ['Samtal med medarbetaren och HR', 'Informera den registrerade'],
      rootCause: 'Medarbetaren läste av nyfikenhet; behörigheten var bredare än arbetet krävde.', lessons: 'Behörigheterna begränsas till den egna enheten; loggkontroll görs varje månad.',
    }),
  },
  {
    count: 6, ...scenario({
      unit: 'ekonomi', objects: ['Ekonomisystem'], title: 'Falsk begäran om ändrat bankgiro för leverantör', description: 'Vi fick ett mejl som såg ut att komma från en av våra leverantörer om att deras bankgiro har ändrats. Vid kontroll per telefon visste leverantören inget om det.',
      rsit: ['fraud', 'masquerade'], categories: ['attack'], cause: 'malicious_human', aspects: ['R'], severity: [[1, 0.5], [2, 0.4], [3, 0.1]], crime: true,
      resolveHours: [4, 72], tasks: ['Polisanmäl bedrägeriförsöket', 'Kontrollera utbetalningar till leverantören senaste månaden'],
      rootCause: 'Bedragare utgav sig för att vara leverantören från en liknande domän.', lessons: 'Ändrade betalningsuppgifter bekräftas alltid per telefon mot ett känt nummer.',
    }),
  },
  {
    count: 6, ...scenario({
      objects: ['{object}'], title: 'Allvarlig sårbarhet i {system}', description: 'Leverantören {supplier} har publicerat en säkerhetsuppdatering för en allvarlig sårbarhet i {system} som utnyttjas aktivt.',
      rsit: ['vulnerable', 'vulnerable_system'], categories: ['product_vulnerability'], cause: 'unknown', aspects: ['K', 'R', 'T'], severity: [[2, 0.6], [3, 0.4]], channel: [['servicedesk', 0.5], ['web_form', 0.5]],
      resolveHours: [6, 96], tasks: ['Installera säkerhetsuppdateringen', 'Sök i loggarna efter tecken på utnyttjande'],
      rootCause: 'Sårbarhet i leverantörens produkt.', lessons: 'Kritiska säkerhetsuppdateringar installeras inom 48 timmar enligt patchrutinen.',
    }),
  },
  {
    count: 4, ...scenario({
      unit: 'it-drift', objects: ['Identitets- och behörighetshantering'], title: 'Stort antal misslyckade inloggningar mot webbmejlen', description: 'Säkerhetsövervakningen larmar om tusentals misslyckade inloggningsförsök mot många konton från ett fåtal adresser.',
      rsit: ['intrusion_attempts', 'login_attempts'], categories: ['attack'], cause: 'malicious_human', aspects: ['K'], channel: [['technical_alarm', 1]],
      resolveHours: [1, 12], notes: ['Adresserna är blockerade i brandväggen; inga lyckade inloggningar.'],
      rootCause: 'Lösenordsattack (password spraying) mot kommunens konton.',
    }),
  },
];
