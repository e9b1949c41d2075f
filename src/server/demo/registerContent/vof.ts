import type { DemoObject } from '../registerContent.js';
import { obj, set, sys } from './build.js';

/** Vård- och omsorgsförvaltningen: hemtjänst, särskilt boende och kommunal hälso- och sjukvård. */
export const vofObjects: DemoObject[] = [
  obj('hemtjanst', 'Hemtjänstplanering', 'Planering av besök, körlistor, registrering av utförd tid och digitala nycklar i hemtjänsten.', true,
    [sys('Omsorgsplaneraren', 'Ruttplan Omsorg AB', 'saas', 'Planering av besök, körlistor och rutter i hemtjänsten.'), sys('Hemtjänstappen', 'Ruttplan Omsorg AB', 'saas', 'Mobilapp för personalen: besökslistor, registrering av utförd tid och larm.'), sys('Digitala nycklar', 'Låsbrickan AB', 'saas', 'Digitala lås i brukarnas bostäder som öppnas med personalens telefon.')],
    [
      set('Besöksplaner och insatser', 'Vilka brukare som ska få besök, när och med vilka insatser.', 'socialtjanstuppgifter', 'K3-R3-T3-S3', { T: 'Utan planeringen vet personalen inte vilka brukare som ska få besök; ett missat besök för insulin eller tillsyn kan bli livshotande inom timmar.' }, [0, 1]),
      set('Utförd tid och debiteringsunderlag', 'Registrerad tid per besök som underlag för avgifter och ersättning.', 'ekonomiska-transaktioner', 'K2-R3-T2-S3', { K: 'Underlaget visar vilka som får hemtjänst och hur mycket.' }, [1]),
      set('Nyckelbehörigheter till brukarnas bostäder', 'Vilka medarbetare som kan öppna vilka bostäder, och öppningsloggar.', null, 'K3-R3-T3-S3', { K: 'Den som kommer åt nyckelbehörigheterna kan ta sig in i sårbara människors hem.', R: 'En felaktig behörighet kan släppa in fel person eller stänga ute personalen.', T: 'Utan digitala nycklar kommer personalen inte in till brukarna.', S: 'Varje öppning måste kunna knytas till en person och en tidpunkt.' }, [2], { legalBases: ['SoL', 'GDPR art. 32'], personalData: true }),
      set('Personalens körlistor', 'Dagens besök per medarbetare med adresser och portkoder.', 'personuppgifter', 'K2-R2-T3-S1', { K: 'Körlistorna visar vilka äldre som bor ensamma och när personal kommer.', R: 'Fel i listan ger missade besök.', T: 'Personalen behöver listorna vid varje arbetspass.' }, [0, 1]),
    ],
    { integrations: [[0, 'Omsorgsakten Vård'], [0, 'Schemaplaneraren Timvis']] }),
  obj('vof', 'Verksamhetssystem vård och omsorg', 'Handläggning, beslut och social dokumentation inom äldreomsorgen.', true,
    [sys('Omsorgsakten Vård', 'Omsorgia System AB', 'on_premises', 'Handläggning och social dokumentation inom äldreomsorgen.')],
    [
      set('Biståndsbeslut i äldreomsorgen', 'Utredningar och beslut om hemtjänst, särskilt boende och korttidsvistelse.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', {}),
      set('Social dokumentation i utförandet', 'Genomförandeplaner och daglig dokumentation hos utförarna.', 'socialtjanstuppgifter', 'K3-R3-T3-S3', { T: 'Personalen behöver veta hur varje brukare ska få sin hjälp, särskilt när nya eller tillfälliga medarbetare arbetar.' }),
      set('Avgiftshandläggning', 'Inkomster, bostadskostnader och avgifter för omsorg.', 'ekonomiska-transaktioner', 'K2-R3-T2-S3', { K: 'Avgiftsunderlagen visar äldres inkomster och bostadskostnader.' }),
      set('Brukare med skyddade personuppgifter', 'Brukare vars adress och uppgifter inte får röjas.', 'skyddade-personuppgifter', 'K3-R2-T2-S3', { T: 'Utförarna måste veta om skyddet innan de besöker en ny brukare.' }),
    ],
    { integrations: [[0, 'Integrationsnavet']] }),
  obj('hsl', 'Journalsystem för kommunal hälso- och sjukvård', 'Patientjournal och läkemedelshantering för kommunens sjuksköterskor och rehabpersonal.', true,
    [sys('Vårdjournalen Fjällsippa', 'Fjällsippa Journal AB', 'saas', 'Patientjournal för sjuksköterskor, arbetsterapeuter och fysioterapeuter.'), sys('Läkemedelssigneringen', 'Doseringsstöd AB', 'saas', 'Digital signering av läkemedel som ges av delegerad personal.')],
    [
      set('Patientjournaler', 'Journaler för patienter i hemsjukvård och på särskilt boende.', 'patientuppgifter', 'K3-R3-T3-S3', { T: 'Sjuksköterskor på jour behöver journalen inom timmar för att bedöma patienter som försämras.' }, [0]),
      set('Läkemedelslistor och signeringar', 'Ordinerade läkemedel och signering av varje given dos.', 'patientuppgifter', 'K3-R3-T3-S3', { R: 'En felaktig läkemedelslista kan leda till fel dos eller fel läkemedel.', T: 'Läkemedel ska ges på fasta tider; utan listorna blir det snabbt fel.' }, [1]),
      set('Delegeringar', 'Vilka medarbetare som får ge läkemedel och utföra insatser på delegering.', 'personuppgifter', 'K1-R3-T2-S3', { R: 'En felaktig delegering kan göra att personal utan utbildning ger läkemedel.', T: 'Delegeringen måste kunna kontrolleras inför varje läkemedelsrunda.', S: 'Det måste gå att visa vem som delegerat vem.' }, [1], { legalBases: ['HSL'] }),
      set('Journalloggar', 'Loggar över vem som har läst och ändrat journalerna.', 'patientuppgifter', 'K3-R3-T2-S3', { S: 'Loggarna visar vem som läst varje journal och ska följas upp enligt patientdatalagen.' }, [0]),
    ],
    { integrations: [[0, 'Vårdplaneringstjänsten']] }),
  obj('hsl', 'Hjälpmedel', 'Förskrivning, beställning och uppföljning av hjälpmedel.', false,
    [sys('Hjälpmedelsregistret', 'Hjälpmedelscentralen Mellanbygd', 'shared_operations', 'Förskrivning, beställning och spårning av hjälpmedel.')],
    [
      set('Förskrivningar', 'Förskrivna hjälpmedel med bedömning och uppföljning.', 'patientuppgifter', 'K3-R3-T2-S3', {}),
      set('Hjälpmedelsartiklar och lager', 'Artiklar, lager och återlämnade hjälpmedel.', null, 'K0-R2-T2-S1', { K: 'Lager och artiklar är inte hemliga.', R: 'Fel artikel kan ge fel hjälpmedel till en patient.', T: 'Akuta hjälpmedel som sängar behövs vid utskrivning från sjukhus.', S: 'Ändringar ska kunna följas.' }),
    ]),
  obj('hsl', 'Samordnad vård- och omsorgsplanering', 'Gemensam planering med regionen vid in- och utskrivning från sjukhus.', true,
    [sys('Vårdplaneringstjänsten', 'Region Exempellän', 'shared_operations', 'Gemensam tjänst med regionen för in- och utskrivning och samordnade planer.')],
    [
      set('In- och utskrivningsmeddelanden', 'Meddelanden om patienter som skrivs in och ut från sjukhus.', 'patientuppgifter', 'K3-R3-T3-S3', { T: 'Kommunen måste kunna ta emot patienter som skrivs ut från sjukhus samma dag.' }),
      set('Samordnade individuella planer', 'Planer som region och kommun gör tillsammans med patienten.', 'patientuppgifter', 'K3-R3-T2-S3', {}),
    ]),
  obj('hemtjanst', 'Trygghetslarm', 'Trygghetslarm i hemmet och larmmottagning dygnet runt.', true,
    [sys('Larmmottagningen Trygglarm', 'Trygglarm Norden AB', 'saas', 'Mottagning av larm från trygghetslarm dygnet runt.'), sys('Trygghetslarmen i hemmen', 'Trygglarm Norden AB', 'saas', 'Larmenheter och armband i brukarnas hem.', ['supplier', 'electricity', 'internet'])],
    [
      set('Larmanrop och åtgärder', 'Inkomna larm, samtal och vilka åtgärder som gjorts.', 'kansliga-personuppgifter', 'K3-R3-T3-S3', { R: 'Ett larm som kopplas till fel brukare kan skicka hjälpen till fel adress.', T: 'Ett larm som inte når fram kan betyda att en äldre ligger skadad i timmar.', S: 'Det måste gå att visa när ett larm togs emot och vem som åtgärdade det.' }, [0, 1]),
      set('Larmkunder och nyckelinformation', 'Brukare med larm, hälsoinformation, adress och portkoder.', 'kansliga-personuppgifter', 'K3-R3-T3-S2', { R: 'Fel adress eller portkod fördröjer hjälpen.', T: 'Personalen behöver uppgifterna inom minuter när ett larm kommer.' }, [0]),
    ],
    { integrations: [[0, 'Omsorgsplaneraren']] }),
  obj('hemtjanst', 'Matdistribution', 'Beställning och leverans av matlådor till äldre i ordinärt boende.', false,
    [sys('Matbeställningen', 'Kökslogik AB', 'saas', 'Beställning och leverans av matlådor till äldre i ordinärt boende.')],
    [
      set('Beställningar och specialkost', 'Beställda portioner, allergier och specialkost.', 'kansliga-personuppgifter', 'K3-R3-T2-S2', { R: 'Fel kost kan ge allergiska reaktioner eller försämrad hälsa.', T: 'Utan beställningarna levereras ingen mat till dem som inte kan laga mat själva.' }),
      set('Leveransadresser', 'Adresser och leveransdagar.', 'personuppgifter', 'K2-R2-T2-S1', { K: 'Listan visar var äldre som behöver hjälp bor.', R: 'Fel adress gör att någon blir utan mat.', T: 'Behövs varje leveransdag.' }),
    ]),
  obj('sarskilt-boende', 'Digital tillsyn och välfärdsteknik', 'Kameratillsyn nattetid och sensorlarm på boenden och i hemmet.', false,
    [sys('Nattillsynen', 'Välfärdsteknik Ljungfors AB', 'saas', 'Kameratillsyn nattetid och sensorlarm på boenden och i hemmet.')],
    [
      set('Nattillsyn via kamera', 'Beslutade tillsyner och kameraanslutningar nattetid.', 'kansliga-personuppgifter', 'K3-R2-T3-S3', { K: 'Kamerabilder från någons sovrum är ett mycket stort integritetsintrång om de sprids.', T: 'En planerad tillsyn som inte blir av kan innebära att en person ligger skadad till morgonen.', S: 'Varje tillsyn måste kunna spåras till en person för att visa att den skett enligt beslut.' }),
      set('Sensorlarm och rörelsedata', 'Larm från sensorer vid fall, uppstigning eller när någon lämnar rummet.', 'kansliga-personuppgifter', 'K3-R2-T3-S2', { T: 'Larm vid fall eller när någon lämnar rummet måste komma fram inom minuter.' }),
    ],
    { integrations: [[0, 'Larmmottagningen Trygglarm']] }),
  obj('sarskilt-boende', 'Boendeadministration', 'Platser, kö, hyror och avgifter för särskilt boende.', false,
    [sys('Boendeportalen', 'Omsorgia System AB', 'saas', 'Platser, kö, hyror och avgifter för särskilt boende.')],
    [
      set('Hyresavtal och boendeavgifter', 'Hyresavtal, hyror och avgifter för boende.', 'ekonomiska-transaktioner', 'K2-R3-T2-S3', { K: 'Avtalen visar äldres ekonomi och var de bor.' }),
      set('Kö till särskilt boende', 'Beviljade platser i kö och erbjudanden.', 'socialtjanstuppgifter', 'K3-R3-T2-S3', {}),
    ]),
  obj('sarskilt-boende', 'Passage och nycklar på boenden', 'Passerkort och lås på kommunens särskilda boenden.', false,
    [sys('Passagesystemet boenden', 'Låsbrickan AB', 'on_premises', 'Passerkort och lås på kommunens särskilda boenden.')],
    [
      set('Passagebehörigheter på boenden', 'Vilka kort som öppnar vilka dörrar och när.', null, 'K2-R3-T3-S3', { K: 'Uppgifterna visar hur man tar sig in på boendet.', R: 'Felaktiga behörigheter kan släppa in obehöriga till sårbara personer.', T: 'Utan fungerande passage kommer personalen inte in, eller dörrar står olåsta.', S: 'Det måste gå att se vem som öppnat vilken dörr.' }, [0], { personalData: true }),
      set('Passageloggar på boenden', 'Loggar över öppnade dörrar.', 'personuppgifter', 'K2-R2-T1-S3', { K: 'Loggarna visar när personal och besökare kommit och gått.', R: 'Ändrade loggar gör utredningar opålitliga.', S: 'Loggarna används för att utreda händelser på boendet.' }),
    ]),
  obj('vof', 'Bemanning och vikarier i vård och omsorg', 'Utskick av lediga pass till timvikarier och bokning av pass.', false,
    [sys('Bemanningsappen', 'Timvis AB', 'saas', 'Utskick av lediga pass till timvikarier och bokning.')],
    [
      set('Vikariepool och kompetenser', 'Timvikarier, deras utbildning och delegeringar.', 'personuppgifter', 'K1-R2-T2-S1', { R: 'En fel kompetensuppgift kan göra att en vikarie utan delegering bokas för läkemedel.', T: 'Pass som ska tillsättas samma dag kräver att appen fungerar.' }),
      set('Passbokningar', 'Utskickade och bokade pass.', 'personuppgifter', 'K1-R2-T3-S2', { R: 'En felaktig bokning ger ett obemannat pass.', T: 'Sjukfrånvaro på morgonen måste täckas inom någon timme.', S: 'Det ska gå att se vem som bokat vilket pass.' }),
    ],
    { integrations: [[0, 'Schemaplaneraren Timvis']] }),
  obj('vof', 'Kvalitetsregister och egenkontroll', 'Rapportering till nationella kvalitetsregister och egenkontroll i vård och omsorg.', false,
    [sys('Kvalitetsrapporteringen', 'Kvalitetsnavet AB', 'saas', 'Rapportering till nationella kvalitetsregister och egenkontroll.')],
    [
      set('Registreringar i kvalitetsregister', 'Riskbedömningar för fall, trycksår och undernäring med mera.', 'patientuppgifter', 'K3-R3-T2-S3', {}),
      set('Egenkontroller och resultat', 'Sammanställda resultat från egenkontroller.', null, 'K1-R2-T1-S1', { K: 'Sammanställningarna innehåller inga uppgifter om enskilda.', R: 'Fel resultat kan dölja brister i vården.', T: 'Kan vänta några dagar.', S: 'Det ska gå att se vem som gjort en egenkontroll.' }),
    ]),
  obj('hsl', 'Avvikelser och lex Maria', 'Avvikelser och lex Maria-anmälningar i kommunens hälso- och sjukvård.', false,
    [sys('Avvikelsesystemet HSL', 'Kvalitetsnavet AB', 'saas', 'Avvikelser och lex Maria-anmälningar i kommunens hälso- och sjukvård.')],
    [
      set('Avvikelser i vården', 'Rapporterade avvikelser, till exempel läkemedelsfel och fall.', 'patientuppgifter', 'K3-R3-T2-S3', {}),
      set('Lex Maria-anmälningar', 'Utredningar och anmälningar till IVO om allvarliga vårdskador.', 'patientuppgifter', 'K3-R3-T2-S3', {}),
    ]),
];
