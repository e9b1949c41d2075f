/**
 * How the demo's owners describe meeting a requirement ("hur"), per area of the requirements
 * catalogue: what is in place when met, what is missing when partly met, the plan when not met.
 * Written for Värn; fictional but typical of a Swedish municipality.
 */
export interface AssessmentTexts {
  met: string[];
  partly: string[];
  notMet: string[];
}

export const assessmentTexts: Record<string, AssessmentTexts> = {
  governance: {
    met: [
      'Förvaltningsplanen anger informationsägare, objektägare och systemförvaltare. Den gicks igenom på förvaltningsgruppens möte i våras.',
      'Ansvaret är beslutat i förvaltningens delegationsordning och står i förvaltningsplanen, som uppdateras vid varje årsplanering.',
    ],
    partly: ['Förvaltningsplanen finns men är inte uppdaterad efter omorganisationen. En ny version tas fram till nästa förvaltningsgruppsmöte.'],
    notMet: ['Ingen förvaltningsplan är fastställd. Objektägaren tar fram en med kommunledningsförvaltningens mall.'],
  },
  access: {
    met: [
      'Behörigheter beställs i IT:s e-tjänst och godkänns av chef. Konton stängs automatiskt via kopplingen till lönesystemet när någon slutar.',
      'Inloggning sker med personligt konto och SITHS-kort eller e-legitimation. Gemensamma konton är borttagna.',
    ],
    partly: ['Alla har personliga konton, men behörigheterna har inte stämts av mot arbetsuppgifterna sedan förra året. Genomgång planeras med enhetscheferna.'],
    notMet: ['Flerfaktorsinloggning saknas för åtkomst utanför kommunens nät. Leverantören har lovat stöd i nästa version.'],
  },
  training: {
    met: ['Alla användare har gått kommunens webbutbildning. Närvaron följs upp på arbetsplatsträffarna varje halvår.'],
    partly: ['Ungefär tre av fyra användare har gått grundutbildningen. Cheferna har fått en lista över dem som återstår.'],
    notMet: ['Nyanställda sedan i höstas har inte gått utbildningen. Den schemaläggs till nästa introduktionsdag.'],
  },
  backup: {
    met: [
      'IT-drift säkerhetskopierar varje natt med 30 dagars historik. Återläsning testades senast i mars och tog under två timmar.',
      'Leverantören säkerhetskopierar enligt avtalet och rapporterar varje månad. En kopia sparas utanför leverantörens miljö.',
    ],
    partly: ['Säkerhetskopiering sker, men återläsning har inte testats på över ett år. Test är bokat med IT-drift.'],
    notMet: ['Bilagor som lagras lokalt på en filyta säkerhetskopieras inte. Lösning utreds med IT-drift.'],
  },
  incident: {
    met: ['Användarna anmäler incidenter till servicedesk. Rutinen finns på intranätet och gicks igenom på arbetsplatsträffen.'],
    partly: ['Rutinen finns men är inte känd bland vikarierna. Den läggs in i introduktionen.'],
    notMet: ['Avtalet kräver inte att leverantören rapporterar incidenter till kommunen inom viss tid. Tas upp vid avtalsuppföljningen.'],
  },
  development: {
    met: [
      'Ändringar testas i testmiljön och godkänns av förvaltningsgruppen innan de går i produktion.',
      'Uppdateringar kommer i kvartalsvisa releaser; säkerhetsrättningar installeras inom en vecka.',
    ],
    partly: ['Testmiljö finns men används inte för alla ändringar. Rutinen skärps i förvaltningsplanen.'],
    notMet: ['Systemet kör en version som leverantören snart slutar stödja. Uppgraderingen finns med i budgetäskandet för nästa år.'],
  },
  supplier: {
    met: [
      'Personuppgiftsbiträdesavtal finns och följs upp varje år. Leverantören redovisar sina underbiträden.',
      'Avtalet ställer krav på säkerhet, incidentrapportering och lagring inom EU/EES. Uppföljning sker vid det årliga avtalsmötet.',
    ],
    partly: ['Personuppgiftsbiträdesavtalet är gammalt och saknar krav på underbiträden. Ett nytt avtal förhandlas.'],
    notMet: ['Det är inte utrett var leverantörens support har åtkomst ifrån. Kommunjuristen gör en bedömning av överföring till tredje land.'],
  },
  logging: {
    met: [
      'Systemet loggar läsning och ändring per användare. Loggarna sparas i 18 månader och kontrolleras stickprovsvis varje månad.',
      'Loggar skickas till kommunens centrala logglösning och granskas vid misstanke om obehörig åtkomst.',
    ],
    partly: ['Loggning finns men följs bara upp vid misstanke. Systematisk logguppföljning införs under året.'],
    notMet: ['Systemet loggar bara ändringar, inte läsning. Leverantören har fått en beställning på loggfunktionen.'],
  },
  privacy: {
    met: ['Behandlingen finns i registerförteckningen och konsekvensbedömningen är gjord tillsammans med dataskyddsombudet.'],
    partly: ['Konsekvensbedömningen är påbörjad men inte klar. Dataskyddsombudet stöttar.'],
    notMet: ['Gallring enligt informationshanteringsplanen görs inte. En gallringsrutin tas fram med arkivet.'],
  },
  continuity: {
    met: [
      'Det finns en reservrutin på papper som övades senast i höstas. Blanketter finns på varje enhet.',
      'Kontinuitetsplanen anger vem som beslutar om reservrutin och hur uppgifterna efterregistreras.',
    ],
    partly: ['Reservrutin finns men är inte övad. Övning planeras med kommunens beredskapssamordnare.'],
    notMet: ['Ingen kontinuitetsplan finns ännu. Först görs en konsekvensanalys av hur länge verksamheten klarar ett avbrott.'],
  },
  integrity: {
    met: ['Indata kontrolleras mot folkbokföringen och obligatoriska fält. Ändringar loggas med tidigare värde.'],
    partly: ['Inlästa filer kontrolleras manuellt. Automatisk avstämning är beställd.'],
    notMet: ['Ingenting kontrollerar att överförda filer är kompletta. En kontroll byggs i integrationsnavet.'],
  },
  physical: {
    met: ['Servrarna står i kommunens datahall med passerkontroll, larm och reservkraft.'],
    partly: ['Skrivaren för utskrifter med känsliga uppgifter står i korridoren. Den flyttas till ett låst rum.'],
    notMet: ['Arkivskåpet med pappersakter är inte brandklassat. Ett nytt är beställt.'],
  },
  crypto: {
    met: [
      'All trafik går krypterad och databasen är krypterad hos leverantören.',
      'Känsliga uppgifter skickas med säker e-post, och bärbara datorer har krypterad disk.',
    ],
    partly: ['En äldre filyta saknar kryptering. Innehållet flyttas till den nya lagringen.'],
    notMet: ['Filer till leverantören skickas okrypterat med FTP. Byte till SFTP är beställt.'],
  },
  personnel: {
    met: ['Personal med åtkomst till de känsligaste uppgifterna har skrivit under sekretessförbindelse och haft säkerhetssamtal.'],
    partly: ['Fast anställda har skrivit under sekretessförbindelse, men inte alla vikarier.'],
    notMet: ['Det finns ingen rutin för kontroll vid anställning. HR tar fram en.'],
  },
  network: {
    met: ['Systemet ligger i ett eget nätsegment och nås bara från kommunens nät eller via VPN.'],
    partly: ['Servrarna är segmenterade, men inte klienterna i verksamheten.'],
    notMet: ['Styrsystemet ligger i samma nät som kontorsdatorerna. Segmentering planeras med IT-drift.'],
  },
};

export const fallbackTexts: AssessmentTexts = {
  met: ['Kravet är uppfyllt och beskrivs i förvaltningsplanen.'],
  partly: ['Delvis på plats; det som återstår finns i förvaltningens handlingsplan.'],
  notMet: ['Inte påbörjat. Åtgärden planeras in i nästa års verksamhetsplan.'],
};

export const notApplicableTexts = [
  'Gäller inte här: systemet har ingen sådan funktion, och hanteringen sker i ett annat objekt.',
  'Ej tillämpligt: tjänsten hanterar inga uppgifter av det slaget.',
];

/** Requirement areas where IT-drift, not the business, usually does the work. */
export const technicalAreas = new Set(['backup', 'network', 'crypto', 'logging', 'physical', 'development']);
