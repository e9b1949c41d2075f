import type { DemoObject } from '../registerContent.js';
import { obj, set, sys } from './build.js';

/** Socialförvaltningen: individ- och familjeomsorg och funktionsstöd. */
export const sofObjects: DemoObject[] = [
  obj('ifo', 'Verksamhetssystem IFO', 'Utredningar, beslut, journalföring och utbetalningar inom individ- och familjeomsorgen.', true,
    [sys('Socialakten Omsorgia', 'Omsorgia System AB', 'on_premises', 'Utredningar, beslut, journalföring och utbetalningar inom individ- och familjeomsorgen.'), sys('Mobil socialakt', 'Omsorgia System AB', 'saas', 'Mobil åtkomst för handläggare vid hembesök och jour.')],
    [
      set('Personakter barn och unga', 'Utredningar, beslut och journalanteckningar om barn och unga.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', { K: 'Akterna rör barn i utsatta situationer; röjande kan sätta barnet i fara.' }, [0, 1]),
      set('Personakter vuxna och missbruk', 'Utredningar och insatser för vuxna, bland annat vid missbruk och våld i nära relation.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', {}, [0]),
      set('Ekonomiskt bistånd', 'Ansökningar, beräkningar och beslut om försörjningsstöd.', 'socialtjanstuppgifter', 'K3-R3-T3-S3', { T: 'Nödprövningar och utbetalningar måste kunna göras samma dag; annars kan personer stå utan mat eller boende.' }, [0]),
      set('Orosanmälningar', 'Anmälningar om barn som kan fara illa och skyddsbedömningar.', 'socialtjanstuppgifter', 'K3-R3-T3-S3', { R: 'En borttappad eller ändrad anmälan kan göra att ett barn inte får skydd.', T: 'En anmälan om ett barn som far illa ska skyddsbedömas samma dag.' }, [0, 1]),
      set('Klienter med skyddade personuppgifter', 'Klienter vars adress och uppgifter inte får röjas, även inte för andra parter i ärendet.', 'skyddade-personuppgifter', 'K3-R3-T2-S3', { R: 'Fel skyddsmarkering kan göra att adressen skickas till fel part i ett ärende.', T: 'Handläggaren måste kunna se skyddet innan något skickas ut.' }, [0]),
      set('Utbetalningsfiler för bistånd', 'Filer med utbetalningar av ekonomiskt bistånd till banken.', 'ekonomiska-transaktioner', 'K2-R3-T2-S3', { K: 'Filerna visar vilka som får ekonomiskt bistånd.' }, [0]),
    ],
    { integrations: [[0, 'Ekonomisystemet Stenröset'], [0, 'Integrationsnavet']] }),
  obj('ifo', 'Automatiserad handläggning av ekonomiskt bistånd', 'Programrobot som hämtar uppgifter från andra myndigheter och förbereder beslut om försörjningsstöd.', false,
    [sys('Biståndsroboten', 'Automatik Kommun AB', 'shared_operations', 'Programrobot som hämtar uppgifter från andra myndigheter och förbereder beslut.')],
    [
      set('Automatiskt inhämtade uppgifter', 'Uppgifter om inkomster och ersättningar som hämtas från andra myndigheter.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', { R: 'Felaktigt inhämtade uppgifter kan ge fel beslut för många personer på en gång.', S: 'Det måste gå att visa vilka uppgifter roboten hämtat, varifrån och för vilket ärende.' }),
      set('Beslutsunderlag från roboten', 'Förberedda beräkningar och förslag till beslut.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', {}),
    ],
    { integrations: [[0, 'Socialakten Omsorgia']] }),
  obj('ifo', 'Familjerätt', 'Utredningar om vårdnad, boende och umgänge, faderskap och adoption.', false,
    [sys('Familjerättsakten', 'Omsorgia System AB', 'saas', 'Utredningar om vårdnad, boende och umgänge, faderskap och adoption.')],
    [
      set('Utredningar om vårdnad, boende och umgänge', 'Utredningar och samarbetssamtal på uppdrag av domstol.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', { K: 'Uppgifterna kan användas i en konflikt mellan föräldrar och skada barnet.' }, [0], { legalBases: ['Föräldrabalken'] }),
      set('Faderskap, föräldraskap och adoption', 'Utredningar om faderskap, föräldraskap och adoption.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', {}, [0], { legalBases: ['Föräldrabalken'] }),
    ]),
  obj('ifo', 'Placeringar i familjehem och HVB', 'Familjehem, jourhem, placeringar på HVB och avtal med utförare.', false,
    [sys('Placeringsregistret', 'Placera Omsorgsdata AB', 'saas', 'Familjehem, jourhem, HVB-placeringar och avtal.')],
    [
      set('Familjehem och jourhem', 'Utredda familjehem och jourhem med kontaktuppgifter.', 'sekretess-osl', 'K3-R2-T2-S2', { K: 'Ett röjt familjehem kan göra att ett placerat barn hittas av den det skyddas från.', T: 'Vid akuta placeringar måste lediga jourhem kunna hittas inom timmar.' }, [0], { legalBases: ['SoL', 'OSL 26 kap.'] }),
      set('Placerade barn och unga', 'Vilka barn som är placerade var och uppföljning av placeringen.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', {}),
      set('Placeringsavtal och kostnader', 'Avtal med familjehem och HVB och kostnaderna för dem.', 'ekonomiska-transaktioner', 'K2-R3-T2-S3', { K: 'Avtalen visar vilka barn som är placerade var.' }),
    ]),
  obj('ifo', 'Socialjour', 'Socialtjänstens jour kvällar, nätter och helger.', true,
    [sys('Jourloggen', 'Omsorgia System AB', 'saas', 'Dokumentation av ärenden under jourtid.')],
    [set('Jourärenden', 'Akuta ärenden som hanteras under jourtid.', 'socialtjanstuppgifter', 'K3-R3-T3-S3', { T: 'Jouren hanterar akuta ärenden nattetid där ett barn eller en vuxen kan behöva skydd inom timmar.' })],
    { integrations: [[0, 'Socialakten Omsorgia']] }),
  obj('ifo', 'Budget- och skuldrådgivning', 'Rådgivning till hushåll med ekonomiska problem och skulder.', false,
    [sys('Rådgivningsstödet', 'Ekonomikompassen AB', 'saas', 'Dokumentation av budget- och skuldrådgivning.')],
    [
      set('Rådgivningsärenden', 'Anteckningar från rådgivningen och ansökningar om skuldsanering.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'Uppgifter om skulder och ekonomiska problem kan skada personen om de sprids.' }, [0], { legalBases: ['Skuldsaneringslagen'] }),
      set('Budgetkalkyler', 'Hushållens inkomster, utgifter och skulder.', 'personuppgifter', 'K2-R2-T1-S1', { K: 'Kalkylerna visar hushållets ekonomi i detalj.', R: 'Fel kalkyl kan ge fel råd om betalningsförmåga.' }),
    ]),
  obj('funktionsstod', 'Verksamhetssystem LSS och funktionsstöd', 'Handläggning och dokumentation av insatser för personer med funktionsnedsättning.', true,
    [sys('Stödakten Omsorgia', 'Omsorgia System AB', 'on_premises', 'Handläggning och dokumentation av insatser enligt LSS och SoL för personer med funktionsnedsättning.')],
    [
      set('Personakter LSS', 'Utredningar och beslut om insatser enligt LSS.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', {}),
      set('Genomförandeplaner och daglig dokumentation', 'Planer för stödet och dokumentation från gruppbostäder och boendestöd.', 'socialtjanstuppgifter', 'K3-R3-T3-S3', { T: 'Personalen på gruppbostäderna behöver planerna för att ge rätt stöd varje dag, till exempel vid epilepsi.' }),
      set('Beslut om personlig assistans', 'Beslut om assistans och underlag till Försäkringskassan.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', {}),
    ],
    { integrations: [[0, 'Integrationsnavet']] }),
  obj('funktionsstod', 'Personlig assistans', 'Scheman och tidrapporter för kommunens personliga assistenter.', false,
    [sys('Assistanstiden', 'Timvis AB', 'saas', 'Tidrapportering och schema för personliga assistenter.')],
    [
      set('Assistanstimmar och tidrapporter', 'Utförda timmar per brukare som underlag för ersättning.', 'ekonomiska-transaktioner', 'K2-R3-T2-S3', { K: 'Rapporterna visar vilken hjälp en person behöver och när.', R: 'Fel tid kan ge återkrav från Försäkringskassan.' }),
      set('Assistansscheman', 'Vilka assistenter som arbetar hos vilken brukare och när.', 'personuppgifter', 'K2-R2-T3-S1', { K: 'Schemat visar när en person med funktionsnedsättning är ensam hemma.', R: 'Fel schema kan ge luckor i assistansen.', T: 'Utan schema kan en person bli utan assistans redan samma dag.' }),
    ]),
  obj('funktionsstod', 'Daglig verksamhet', 'Deltagare, närvaro och habiliteringsersättning i daglig verksamhet.', false,
    [sys('Deltagarregistret', 'Omsorgia System AB', 'saas', 'Deltagare, närvaro och habiliteringsersättning i daglig verksamhet.')],
    [
      set('Deltagare och närvaro', 'Deltagare i daglig verksamhet och deras närvaro.', 'kansliga-personuppgifter', 'K3-R2-T1-S2', { K: 'Att någon deltar i daglig verksamhet visar att personen har en funktionsnedsättning.' }, [0], { legalBases: ['LSS'] }),
      set('Habiliteringsersättning', 'Beräkning och utbetalning av habiliteringsersättning.', 'ekonomiska-transaktioner', 'K2-R3-T2-S3', { K: 'Utbetalningarna visar vilka som deltar i verksamheten.' }),
    ]),
  obj('sof', 'Färdtjänst och riksfärdtjänst', 'Tillstånd till färdtjänst och bokning av resor.', false,
    [sys('Färdtjänsthandläggningen', 'Resetjänst Mellanbygd', 'shared_operations', 'Tillstånd för färdtjänst och beställning av resor.')],
    [
      set('Tillstånd och läkarintyg', 'Ansökningar, läkarintyg och beslut om färdtjänst.', 'kansliga-personuppgifter', 'K3-R2-T1-S2', {}, [0], { legalBases: ['Lag om färdtjänst'] }),
      set('Resebokningar', 'Bokade resor med adresser och tider.', 'personuppgifter', 'K2-R2-T2-S1', { K: 'Resorna visar var personen bor och vart den åker, till exempel till dialys.', R: 'Fel tid eller adress kan göra att någon missar en behandling.', T: 'En stoppad bokning kan göra att någon missar en behandling.' }),
    ]),
  obj('sof', 'Kvalitet och avvikelser i socialtjänsten', 'Avvikelser, lex Sarah-rapporter, klagomål och egenkontroll.', false,
    [sys('Avvikelsesystemet Kvalitetsnavet', 'Kvalitetsnavet AB', 'saas', 'Avvikelser, lex Sarah-rapporter, klagomål och egenkontroll.')],
    [
      set('Lex Sarah-rapporter och utredningar', 'Rapporter om missförhållanden och utredningar av dem.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', {}),
      set('Klagomål och synpunkter', 'Klagomål från brukare och anhöriga.', 'personuppgifter', 'K2-R2-T1-S1', { K: 'Klagomål beskriver ofta den enskildes situation och insatser.', R: 'Ett felaktigt återgivet klagomål kan ge fel åtgärd.' }),
    ]),
  obj('sof', 'Serveringstillstånd och tobakstillsyn', 'Tillstånd för servering av alkohol och tillsyn av försäljning av tobak.', false,
    [sys('Tillståndsregistret', 'Kvarnbäcken System AB', 'saas', 'Ansökningar om serveringstillstånd, tillsyn och restaurangrapporter.')],
    [
      set('Tillståndsärenden och vandelsprövning', 'Ansökningar och prövning av sökandes lämplighet.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'Vandelsprövningen innehåller uppgifter om brott och skulder hos sökande.' }, [0], { legalBases: ['Alkohollagen', 'GDPR art. 10'] }),
      set('Tillsynsrapporter', 'Protokoll från tillsynsbesök.', 'offentliga-handlingar', 'K0-R2-T1-S1', { R: 'En felaktig rapport kan ge ett felaktigt ingripande mot en näringsidkare.' }, [0], { legalBases: ['Alkohollagen'] }),
    ]),
  obj('sof', 'Mottagande av nyanlända', 'Bosättning och etablering av nyanlända som anvisats till kommunen.', false,
    [sys('Etableringsstödet', 'Placera Omsorgsdata AB', 'saas', 'Anvisningar, boenden och etableringsinsatser för nyanlända.')],
    [
      set('Nyanlända och anvisningar', 'Anvisade personer, familjer och deras behov.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'Uppgifter om flyktingars identitet och ursprung kan utsätta dem eller anhöriga för fara.' }, [0], { legalBases: ['Bosättningslagen'] }),
      set('Boenden för nyanlända', 'Lägenheter och vilka som bor var.', 'personuppgifter', 'K2-R2-T2-S1', { K: 'Visar var nyanlända familjer bor.', R: 'Fel uppgift kan ge dubbelbokade lägenheter.', T: 'Behövs när en familj anländer med kort varsel.' }),
    ]),
];
