import type { DemoObject } from '../registerContent.js';
import { obj, set, sys } from './build.js';

/** Samhällsbyggnadsförvaltningen (bygglov, plan) and Miljöförvaltningen. */
export const sbfObjects: DemoObject[] = [
  obj('bygglov', 'Bygglov och byggtillsyn', 'Ärenden om bygglov, anmälan, tillsyn och byggsanktionsavgifter.', false,
    [sys('Byggärenden Hagmark', 'Hagmark Ärendesystem AB', 'on_premises', 'Ärenden om bygglov, anmälan, tillsyn och avgifter.'), sys('Ritningsgranskaren', 'Ekbackens Geodata AB', 'saas', 'Digital granskning av ritningar och situationsplaner.')],
    [
      set('Bygglovsärenden och beslut', 'Ansökningar, remisser och beslut om bygglov och anmälan.', 'offentliga-handlingar', 'K1-R3-T2-S2', { K: 'Ärendena är i huvudsak offentliga men innehåller sökandes personuppgifter.', R: 'Ett felaktigt beslut kan ge byggnader som måste rivas och skadestånd.', T: 'Lagstadgade handläggningstider gör att ett flerdagarsavbrott ger reducerade avgifter.', S: 'Det måste gå att visa vem som fattat och ändrat ett beslut.' }, [0], { legalBases: ['PBL'] }),
      set('Ritningar och konstruktionshandlingar', 'Ritningar, konstruktions- och brandskyddshandlingar.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'Ritningar över till exempel skolor, vårdboenden och tekniska anläggningar kan underlätta brott eller sabotage.' }, [0, 1], { legalBases: ['OSL 18 kap. 8 §', 'PBL'] }),
      set('Tillsyn och byggsanktionsavgifter', 'Tillsynsärenden, förelägganden och sanktionsavgifter.', 'offentliga-handlingar', 'K1-R3-T1-S2', { K: 'Tillsynsärenden är offentliga men rör enskilda fastighetsägare.', R: 'Felaktiga sanktionsavgifter kan ge återbetalning och skadestånd.', S: 'Det ska gå att visa vem som beslutat en avgift.' }, [0], { legalBases: ['PBL'] }),
      set('Avgifter för bygglov', 'Debiterade avgifter och reduceringar.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}, [0]),
    ],
    { integrations: [[0, 'E-tjänsteportalen'], [0, 'Kartplattformen']] }),
  obj('plan', 'Detaljplanering', 'Framtagande av detaljplaner, plankartor och planbeskrivningar.', false,
    [sys('Planverktyget', 'Ekbackens Geodata AB', 'saas', 'Framtagande av detaljplaner, plankartor och planbeskrivningar.')],
    [
      set('Detaljplaner och planbeskrivningar', 'Planförslag och antagna detaljplaner.', 'offentliga-handlingar', 'K0-R3-T1-S2', { R: 'Fel i en antagen plan kan ge felaktiga bygglov i decennier.', S: 'Det måste gå att visa vilken version som antogs.' }, [0], { legalBases: ['PBL'] }),
      set('Samrådsyttranden', 'Yttranden från sakägare och allmänhet i samråd och granskning.', 'personuppgifter', 'K1-R2-T1-S1', { R: 'Ett felaktigt återgivet yttrande kan göra planen möjlig att överklaga.' }, [0], { legalBases: ['PBL'] }),
    ],
    { integrations: [[0, 'Kartplattformen']] }),
  obj('plan', 'GIS och kartplattform', 'Kommunens geografiska informationssystem med baskarta, teman och publik webbkarta.', true,
    [sys('Kartplattformen', 'Ekbackens Geodata AB', 'on_premises', 'Kommunens geografiska informationssystem med baskarta och teman.'), sys('Webbkartan', 'Ekbackens Geodata AB', 'saas', 'Publik webbkarta för invånare och företag.')],
    [
      set('Baskarta och primärkarta', 'Byggnader, vägar, höjder och fastighetsgränser.', 'geodata', 'K0-R2-T2-S1', { T: 'Kartan används dagligen av räddningstjänst, bygglov och VA; ett längre avbrott stoppar handläggningen.' }, [0, 1]),
      set('Ledningskartor', 'Lägen för vatten-, avlopps- och dagvattenledningar.', 'geodata', 'K2-R3-T2-S2', { K: 'Detaljerade kartor över vatten- och avloppsledningar kan användas för att planera sabotage.', R: 'Fel läge på en ledning kan ge grävskador och avbrott för många abonnenter.', T: 'Behövs vid akuta ledningsbrott.', S: 'Ändringar i ledningskartan måste kunna följas.' }, [0]),
      set('Adressregister', 'Belägenhetsadresser och lägenhetsnummer.', 'geodata', 'K0-R3-T2-S1', { R: 'Fel adress kan göra att räddningstjänst och ambulans åker fel.', T: 'Nya adresser måste kunna sättas utan dröjsmål.' }, [0, 1]),
      set('Samhällsviktiga anläggningar i kartan', 'Kartlager med vattenverk, pumpstationer och andra samhällsviktiga anläggningar.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'Ett samlat kartlager över samhällsviktiga anläggningar underlättar sabotage.' }, [0], { legalBases: ['OSL 18 kap. 13 §'], personalData: false }),
      set('Flygbilder och laserdata', 'Ortofoton och höjddata över kommunen.', 'geodata', 'K0-R2-T1-S1', {}, [0, 1]),
    ],
    { raise: ['K3-R3-T2-S2', 'Aggregering: ledningsnät, adresser och samhällsviktiga anläggningar i samma plattform ger tillsammans en bild av kommunens sårbarheter som är känsligare än varje lager för sig. Uppgifter som kan röra Sveriges säkerhet lämnas till säkerhetsskyddschefen och finns inte här.'] }),
  obj('plan', 'Lantmäteri och fastighetsbildning', 'Den kommunala lantmäterimyndighetens förrättningar och fastighetsuppgifter.', false,
    [sys('Förrättningsstödet', 'Ekbackens Geodata AB', 'saas', 'Handläggning av lantmäteriförrättningar.')],
    [
      set('Lantmäteriförrättningar', 'Förrättningar om avstyckning, fastighetsreglering och servitut.', 'offentliga-handlingar', 'K1-R3-T1-S2', { K: 'Förrättningarna är offentliga men rör enskilda fastighetsägare.', R: 'Fel i en förrättning kan ge felaktiga fastighetsgränser och tvister.', S: 'Det måste gå att visa vem som beslutat en förrättning.' }, [0], { legalBases: ['Fastighetsbildningslagen'] }),
      set('Fastighetsuppgifter och ägare', 'Fastigheter, ägare och rättigheter.', 'geodata', 'K1-R3-T2-S1', { K: 'Ägaruppgifter är offentliga men samlade kan de användas för riktade bedrägerier.', R: 'En felaktig ägaruppgift kan göra att beslut skickas till fel person.', T: 'Uppgifterna används dagligen i bygglov och planering.' }, [0], { personalData: true }),
    ]),
  obj('sbf', 'Bostadsanpassningsbidrag', 'Bidrag till anpassning av bostäder för personer med funktionsnedsättning.', false,
    [sys('Bostadsanpassningen', 'Hagmark Ärendesystem AB', 'saas', 'Ansökningar, intyg, beslut och utbetalningar av bostadsanpassningsbidrag.')],
    [
      set('Ansökningar med intyg', 'Ansökningar med läkar- och arbetsterapeutintyg.', 'kansliga-personuppgifter', 'K3-R2-T1-S2', { K: 'Intygen beskriver sökandes sjukdomar och funktionsnedsättningar.' }, [0], { legalBases: ['Lag om bostadsanpassningsbidrag'] }),
      set('Beslut och utbetalningar', 'Beslut om bidrag och utbetalningar till sökande och entreprenörer.', 'ekonomiska-transaktioner', 'K2-R3-T2-S3', { K: 'Besluten avslöjar att den sökande har en funktionsnedsättning.' }),
    ]),
  obj('sbf', 'Mark och exploatering', 'Kommunens markinnehav, markanvisningar, arrenden och exploateringsavtal.', false,
    [sys('Exploateringsregistret', 'Ekbackens Geodata AB', 'saas', 'Markinnehav, markanvisningar, arrenden och exploateringsavtal.')],
    [
      set('Markanvisningar och förhandlingar', 'Förhandlingar med byggherrar och exploatörer.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'Förhandlingsuppgifter som sprids kan ge kommunen sämre villkor i affärer om mark.' }, [0], { legalBases: ['OSL 19 kap.'] }),
      set('Arrenden och nyttjanderätter', 'Arrendeavtal, arrendatorer och avgifter.', 'personuppgifter', 'K1-R2-T1-S1', { R: 'Fel avgifter eller tider kan ge tvister med arrendatorer.' }),
      set('Kommunens markinnehav', 'Fastigheter och markområden som kommunen äger.', 'geodata', 'K0-R2-T1-S1', {}),
    ]),
  obj('sbf', 'Energi- och klimatrådgivning', 'Opartisk rådgivning om energi och klimat till invånare och företag.', false,
    [sys('Rådgivningsloggen', 'Klimatlotsen AB', 'saas', 'Ärenden och kontakter i energi- och klimatrådgivningen.')],
    [set('Rådgivningskontakter', 'Frågor och kontaktuppgifter från dem som söker råd.', 'personuppgifter', 'K1-R1-T1-S1', {})]),
  obj('mf', 'Miljö- och hälsoskyddstillsyn', 'Tillsyn, prövning, klagomål och avgifter inom miljö- och hälsoskydd.', false,
    [sys('Miljöärenden Kvarnbäcken', 'Kvarnbäcken System AB', 'saas', 'Tillsyn, prövning, klagomål och avgifter inom miljö- och hälsoskydd.'), sys('Inspektionsappen', 'Kvarnbäcken System AB', 'saas', 'Mobil dokumentation vid inspektioner.')],
    [
      set('Tillsynsärenden och inspektioner', 'Inspektioner, förelägganden och beslut.', 'offentliga-handlingar', 'K1-R3-T1-S2', { K: 'Ärendena är offentliga men rör namngivna verksamhetsutövare.', R: 'Felaktiga inspektionsprotokoll kan ge felaktiga förelägganden och skadestånd.', S: 'Det måste gå att visa vem som gjort en inspektion.' }, [0, 1], { legalBases: ['Miljöbalken'] }),
      set('Klagomål från allmänheten', 'Klagomål på buller, lukt, fukt och annat från grannar och hyresgäster.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'Den som klagar på en granne eller ett företag kan utsättas för repressalier om namnet röjs.' }, [0], { legalBases: ['Miljöbalken'] }),
      set('Tillsynsavgifter', 'Fakturerade avgifter för tillsyn och prövning.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}, [0]),
    ]),
  obj('mf', 'Livsmedelskontroll', 'Registrering och kontroll av livsmedelsanläggningar.', false,
    [sys('Livsmedelsregistret', 'Kvarnbäcken System AB', 'saas', 'Registrerade livsmedelsanläggningar, kontroller och provtagning.')],
    [
      set('Kontrollrapporter', 'Rapporter från kontroller av restauranger, butiker och storkök.', 'offentliga-handlingar', 'K0-R3-T1-S2', { R: 'Fel i en kontrollrapport kan stänga en verksamhet på felaktiga grunder eller dölja en hälsofara.', S: 'Det ska gå att visa vem som gjort kontrollen.' }, [0], { legalBases: ['Livsmedelslagen'] }),
      set('Registrerade livsmedelsanläggningar', 'Anläggningar, verksamhetsutövare och riskklassning.', 'offentliga-handlingar', 'K0-R2-T1-S1', { R: 'Fel riskklass ger fel kontrollfrekvens.' }, [0], { legalBases: ['Livsmedelslagen'] }),
      set('Utbrott och matförgiftningar', 'Anmälda misstänkta matförgiftningar och smittspårning.', 'kansliga-personuppgifter', 'K3-R3-T2-S2', { R: 'Felaktiga uppgifter kan göra att källan till ett utbrott inte hittas.', T: 'Vid ett utbrott måste uppgifterna användas inom timmar.' }, [0], { legalBases: ['Livsmedelslagen', 'Smittskyddslagen'] }),
    ]),
  obj('mf', 'Enskilda avlopp och brunnar', 'Tillstånd och inventering av enskilda avlopp och brunnar.', false,
    [sys('Avloppsinventeringen', 'Ekbackens Geodata AB', 'saas', 'Inventering och tillstånd för enskilda avlopp och brunnar.')],
    [
      set('Avloppsanläggningar och tillstånd', 'Enskilda avlopp, deras skick och tillstånd.', 'geodata', 'K1-R2-T1-S1', { K: 'Uppgifterna är offentliga men innehåller fastighetsägares personuppgifter.' }, [0], { legalBases: ['Miljöbalken'], personalData: true }),
      set('Vattenprov från enskilda brunnar', 'Provsvar från brunnar som kommunen tagit del av.', null, 'K1-R3-T1-S1', { K: 'Provsvar kopplade till en fastighet är inte hemliga men inte heller publika.', R: 'Ett felaktigt provsvar kan göra att förorenat vatten dricks.', T: 'Kan vänta några dagar.', S: 'Det ska gå att se vem som registrerat ett provsvar.' }, [0], { legalBases: ['Miljöbalken'], personalData: true }),
    ]),
  obj('mf', 'Miljöövervakning och mätdata', 'Mätningar av luftkvalitet, buller och vattenkvalitet i sjöar och vattendrag.', false,
    [sys('Mätdataportalen', 'Provrör Analys AB', 'saas', 'Mätningar av luftkvalitet, buller och vattenkvalitet.')],
    [
      set('Luftkvalitet och buller', 'Mätvärden från mätstationer och beräkningar.', null, 'K0-R3-T1-S1', { K: 'Mätvärdena publiceras.', R: 'Felaktiga mätvärden kan göra att överskridna miljökvalitetsnormer inte upptäcks.', T: 'Kan vänta några dagar.', S: 'Det ska gå att se vem som rättat ett mätvärde.' }, [0], { legalBases: ['Miljöbalken'] }),
      set('Recipientkontroll', 'Provtagning i sjöar och vattendrag nedströms reningsverk och industrier.', null, 'K0-R3-T1-S2', { K: 'Resultaten är offentliga.', R: 'Felaktiga värden kan dölja ett utsläpp från reningsverket.', T: 'Kan vänta några dagar.', S: 'Kontrollprogrammet kräver att ändringar kan följas.' }, [0], { legalBases: ['Miljöbalken'] }),
    ],
    { integrations: [[0, 'Driftövervakningen VA']] }),
  obj('mf', 'Förorenade områden och kemikalietillsyn', 'Förorenade områden och tillsyn av verksamheter som hanterar kemikalier.', false,
    [sys('Områdesregistret', 'Ekbackens Geodata AB', 'saas', 'Förorenade områden och tillsyn av verksamheter med kemikalier.')],
    [
      set('Förorenade områden', 'Inventerade och utredda förorenade områden.', 'geodata', 'K1-R3-T1-S2', { K: 'Uppgifter om föroreningar kan påverka fastighetsvärden innan de är utredda.', R: 'Fel klassning av ett område kan leda till byggande på förorenad mark.', S: 'Ändringar ska kunna följas.' }, [0], { legalBases: ['Miljöbalken'] }),
      set('Cisterner och kemikalieförråd', 'Var större mängder farliga kemikalier och bränslen förvaras.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'En samlad bild av var farliga kemikalier förvaras kan utnyttjas för sabotage.' }, [0], { legalBases: ['Miljöbalken'], personalData: false }),
    ]),
];
