import type { DemoObject } from '../registerContent.js';
import { obj, set, sys } from './build.js';

/** Tekniska förvaltningen: fastigheter, vatten och avlopp, gata och park. */
export const tkfObjects: DemoObject[] = [
  obj('fastighet', 'Fastighetsautomation och ventilation', 'Styrning av ventilation, värme och kyla i kommunens skolor, boenden och kontor.', true,
    [sys('Fastighetsstyrningen Klövervall', 'Klövervall Fastighetsautomation AB', 'on_premises', 'Central styrning av ventilation, värme och kyla i kommunens fastigheter.'), sys('Fjärråtkomst för styrentreprenör', 'Klövervall Fastighetsautomation AB', 'saas', 'Leverantörens fjärråtkomst för service av undercentraler.')],
    [
      set('Styrvärden för ventilation och värme', 'Börvärden, tidsscheman och konfiguration av undercentraler.', 'styr-och-overvakningsdata', 'K2-R3-T3-S2', { T: 'Utan styrning stannar ventilationen; skolor och boenden kan behöva stänga inom ett dygn.' }, [0, 1]),
      set('Driftlarm från fastigheter', 'Larm om läckor, temperatur, brand i fläktrum och stopp.', 'styr-och-overvakningsdata', 'K2-R3-T3-S2', { T: 'Larm om vattenläckor, brand i fläktrum och temperatur måste nå jourhavande inom timmar.' }, [0]),
      set('Energimätdata', 'Förbrukning av el, värme och vatten per byggnad.', null, 'K0-R2-T1-S1', { K: 'Energistatistik per byggnad är inte känslig.', R: 'Fel mätvärden ger fel energiuppföljning.', T: 'Kan vänta några dagar.', S: 'Det ska gå att se vem som rättat ett mätvärde.' }, [0]),
    ],
    { integrations: [[0, 'Felanmälan Förvalta']] }),
  obj('fastighet', 'Fastighetsförvaltning och underhåll', 'Byggnader, ytor, underhållsplaner, felanmälan och internhyror.', false,
    [sys('Fastighetssystemet Förvalta', 'Byggnadsdata Förvalta AB', 'saas', 'Byggnader, ytor, hyresavtal med verksamheterna och underhållsplaner.'), sys('Felanmälan Förvalta', 'Byggnadsdata Förvalta AB', 'saas', 'Felanmälan från verksamheterna och arbetsordrar till fastighetsskötare.')],
    [
      set('Byggnader, ytor och underhållsplaner', 'Byggnadsregister, ytor och planerat underhåll.', null, 'K1-R2-T1-S1', { K: 'Internt material utan känsliga uppgifter.', R: 'Felaktiga planer gör att underhåll skjuts upp och skador uppstår.', T: 'Kan vänta några dagar.', S: 'Ändringar ska kunna följas.' }, [0]),
      set('Felanmälningar och arbetsordrar', 'Anmälda fel och arbetsordrar till fastighetsskötare.', 'personuppgifter', 'K1-R1-T2-S1', { T: 'Akuta fel som vattenläckor måste kunna anmälas och fördelas samma dag.' }, [1]),
      set('Ritningsarkiv för kommunens byggnader', 'Ritningar över kommunens skolor, boenden och anläggningar.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'Ritningar över skolor, boenden och tekniska anläggningar kan underlätta inbrott och sabotage.' }, [0], { legalBases: ['OSL 18 kap. 8 §'], personalData: false }),
      set('Internhyror', 'Hyror som verksamheterna betalar för sina lokaler.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}, [0]),
    ]),
  obj('fastighet', 'Passer- och larmsystem i kommunens lokaler', 'Passerkort, elektroniska lås och inbrottslarm i kommunens lokaler.', true,
    [sys('Passersystemet kommunlokaler', 'Låsbrickan AB', 'on_premises', 'Passerkort och elektroniska lås i kommunens lokaler.'), sys('Inbrottslarmen', 'Väktarlinjen AB', 'saas', 'Inbrotts- och överfallslarm med utryckning.')],
    [
      set('Behörigheter till lokaler', 'Vilka kort som öppnar vilka dörrar och när.', null, 'K2-R3-T3-S3', { K: 'Uppgifterna visar vem som kan ta sig in var.', R: 'En felaktig behörighet kan släppa in obehöriga i skolor och serverrum.', T: 'Utan passersystemet kommer personal inte in, eller dörrar måste lämnas olåsta.', S: 'Det måste gå att se vem som gett en behörighet.' }, [0], { personalData: true }),
      set('Passerloggar', 'Loggar över öppnade dörrar och passerkort.', 'personuppgifter', 'K2-R2-T1-S3', { K: 'Loggarna visar när anställda kommer och går.', R: 'Ändrade loggar gör utredningar opålitliga.', S: 'Loggarna används för att utreda inbrott och stölder.' }, [0]),
      set('Larmkoder och larmplaner', 'Koder, larmområden och instruktioner för utryckning.', null, 'K3-R3-T2-S2', { K: 'Med larmkoder och planer kan en inbrottstjuv eller sabotör ta sig in utan att larmet går.', R: 'En felaktig larmplan kan skicka väktare fel.', T: 'Larmplanerna behövs vid varje larm.', S: 'Ändringar ska kunna följas.' }, [1]),
    ]),
  obj('va', 'VA-styrning och driftövervakning', 'Övervakning och styrning av vattenverk, reningsverk och pumpstationer.', true,
    [sys('Driftövervakningen VA', 'Strömsnäs Styrteknik AB', 'on_premises', 'Övervakning och styrning av vattenverk, reningsverk och pumpstationer.', ['network', 'backup', 'electricity', 'premises']), sys('Fjärrstyrningen pumpstationer', 'Strömsnäs Styrteknik AB', 'on_premises', 'Styrutrustning i pumpstationer, ansluten via eget nät.', ['electricity', 'premises', 'supplier'])],
    [
      set('Styrning av vattenverk och reningsverk', 'Styrprogram, börvärden och kemikaliedosering.', 'styr-och-overvakningsdata', 'K3-R3-T3-S3', { K: 'Detaljer om styrsystemen kan användas för att förgifta dricksvatten eller släppa ut avloppsvatten.', R: 'Manipulerad dosering av kemikalier kan ge otjänligt dricksvatten för hela tätorten.', T: 'Vattenverket kan bara köras manuellt några timmar innan bemanningen inte räcker.', S: 'Varje ändring av en styrning måste kunna knytas till en person, också vid fjärråtkomst.' }, [0, 1]),
      set('Larm och händelseloggar VA', 'Larm från anläggningarna och logg över operatörernas åtgärder.', 'styr-och-overvakningsdata', 'K2-R3-T3-S3', { S: 'Händelseloggarna behövs för att utreda driftstörningar och utsläpp.' }, [0]),
      set('Processdata och driftrapporter', 'Flöden, nivåer och rapporter till tillsynsmyndigheten.', 'styr-och-overvakningsdata', 'K2-R3-T3-S2', { R: 'Felaktiga processdata kan ge felaktig rapportering till tillsynsmyndigheten och dölja utsläpp.' }, [0]),
    ]),
  obj('va', 'VA-abonnenter och debitering', 'Abonnenter, mätare och fakturering av avgifter för vatten och avlopp.', false,
    [sys('VA-kundsystemet', 'Abonnentdata Norden AB', 'saas', 'Abonnenter, mätarbyten, mätarställningar och fakturering av VA-avgifter.')],
    [
      set('Abonnentregister', 'Fastighetsägare och abonnenter med kontaktuppgifter.', 'personuppgifter', 'K1-R2-T2-S1', { R: 'Fel abonnent ger fakturor och avbrottsmeddelanden till fel person.', T: 'Vid avbrott måste abonnenterna kunna nås samma dag.' }),
      set('Mätarställningar och fakturering', 'Avläsningar och fakturerade avgifter.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}),
      set('Abonnenter med särskilda behov vid avbrott', 'Hushåll med dialys i hemmet eller annan vård som kräver vatten.', 'kansliga-personuppgifter', 'K3-R2-T2-S2', { K: 'Listan visar vilka som har dialys i hemmet eller annan vård som kräver vatten.', T: 'Vid ett vattenavbrott måste dessa hushåll kontaktas inom timmar.' }),
    ],
    { integrations: [[0, 'Ekonomisystemet Stenröset']] }),
  obj('va', 'VA-ledningsnät', 'Ledningar, ventiler, brunnar och underhåll av vatten- och avloppsnätet.', false,
    [sys('Ledningsnätsdatabasen', 'Ekbackens Geodata AB', 'on_premises', 'Ledningar, ventiler, brunnar och underhållshistorik för VA-nätet.')],
    [
      set('Ledningar och ventiler', 'Ledningsnätet med ventiler, brunnar och dimensioner.', 'geodata', 'K2-R3-T2-S2', { K: 'Ventiler och ledningslägen kan användas för att planera sabotage mot vattenförsörjningen.', R: 'Fel läge på en ventil fördröjer avstängning vid ett ledningsbrott.', T: 'Behövs vid akuta ledningsbrott.', S: 'Ändringar ska kunna följas.' }),
      set('Underhållshistorik och driftstörningar', 'Spolningar, reparationer och tidigare läckor.', null, 'K1-R2-T1-S1', { K: 'Internt material utan känsliga uppgifter.', R: 'Fel historik ger fel prioritering av förnyelse.', T: 'Kan vänta några dagar.', S: 'Ändringar ska kunna följas.' }),
    ],
    { integrations: [[0, 'Kartplattformen']] }),
  obj('va', 'Dricksvattenkontroll', 'Provtagning och analys av dricksvatten enligt kontrollprogrammet.', false,
    [sys('Laboratoriedata VA', 'Provrör Analys AB', 'saas', 'Provsvar från dricksvattenkontroll och processprover.')],
    [
      set('Provsvar för dricksvatten', 'Mikrobiologiska och kemiska analyser av dricksvattnet.', null, 'K1-R3-T2-S2', { K: 'Provsvar publiceras i sammanfattning men detaljer är interna.', R: 'Ett felaktigt provsvar kan göra att förorenat vatten levereras utan kokningsråd.', T: 'Avvikande prover måste hanteras samma dag.', S: 'Det ska gå att visa vem som godkänt ett provsvar.' }, [0], { legalBases: ['Livsmedelslagen'] }),
      set('Kontrollprogram', 'Provpunkter, frekvenser och parametrar.', 'offentliga-handlingar', 'K0-R2-T1-S1', { R: 'Ett felaktigt program gör att föreskrivna prover inte tas.' }, [0], { legalBases: ['Livsmedelslagen'], personalData: false }),
    ]),
  obj('gata-park', 'Parkering', 'Tillstånd för boende- och besöksparkering och parkeringsövervakning.', false,
    [sys('Besöksparkeringen', 'P-Lätt Parkering AB', 'saas', 'Digitala tillstånd för besöksparkering och boendeparkering.'), sys('Parkeringsövervakningen', 'Kontrollavgift Norr AB', 'saas', 'Registrering av felparkeringar och kontrollavgifter.')],
    [
      set('Parkeringstillstånd för boende och besökare', 'Registreringsnummer, tider och tillstånd.', 'personuppgifter', 'K1-R2-T2-S1', { R: 'Ett felaktigt tillstånd kan ge felaktiga avgifter.', T: 'Utan tjänsten kan besökare inte parkera lagligt.' }, [0]),
      set('Kontrollavgifter', 'Utfärdade avgifter, bilder och betalningar.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}, [1]),
      set('Parkeringstillstånd för rörelsehindrade', 'Ansökningar med läkarintyg och beslut.', 'kansliga-personuppgifter', 'K3-R2-T1-S2', { K: 'Ansökningarna innehåller läkarintyg om sökandens hälsa.' }, [0], { legalBases: ['Trafikförordningen'] }),
    ]),
  obj('gata-park', 'Gatubelysning', 'Styrning, felanmälan och underhåll av gatubelysningen.', false,
    [sys('Belysningsstyrningen', 'Ljuslinjen AB', 'on_premises', 'Styrning och felrapportering för gatubelysning.')],
    [
      set('Styrning av gatubelysning', 'Tändtider, dimring och grupper av armaturer.', null, 'K1-R2-T2-S1', { K: 'Styrningen är inte hemlig i sig.', R: 'Felaktiga tider ger släckt belysning när det är mörkt.', T: 'Ett avbrott på ett par dagar ger mörka gator och otrygghet.', S: 'Ändringar ska kunna följas.' }),
      set('Belysningspunkter och felanmälningar', 'Stolpar, armaturer och anmälda fel.', 'geodata', 'K0-R2-T1-S1', {}),
    ]),
  obj('gata-park', 'Vinterväghållning', 'Snöröjning och halkbekämpning på kommunens gator och cykelvägar.', false,
    [sys('Vintervägloggen', 'Snöplogen Digital AB', 'saas', 'Utryckningar, GPS-spår och rapporter från entreprenörer för snöröjning och halkbekämpning.')],
    [
      set('Utförda insatser och GPS-spår', 'Vilka fordon som röjt var och när.', 'personuppgifter', 'K1-R2-T2-S2', { R: 'Felaktiga rapporter ger fel ersättning till entreprenörer.', T: 'Vid snöfall måste insatserna kunna styras inom timmar.', S: 'Loggarna används vid skadeståndskrav efter halkolyckor.' }),
      set('Prioriterade gator och ruttplaner', 'Prioritetsordning och rutter för snöröjning.', null, 'K0-R2-T2-S1', { K: 'Ruttplanerna publiceras.', R: 'Fel prioritet kan göra att vägar till vårdboenden röjs sist.', T: 'Behövs vid varje snöfall.', S: 'Ändringar ska kunna följas.' }),
    ]),
  obj('gata-park', 'Grävtillstånd och trafikanordningar', 'Tillstånd för grävning i allmän mark och trafikanordningsplaner.', false,
    [sys('Grävtillståndsportalen', 'Ekbackens Geodata AB', 'saas', 'Ansökningar om grävtillstånd och trafikanordningsplaner.')],
    [
      set('Ansökningar om grävtillstånd', 'Ansökningar och beslut om grävning i allmän mark.', 'offentliga-handlingar', 'K0-R2-T1-S1', { R: 'Fel tillstånd kan ge grävskador och trafikstörningar.' }),
      set('Trafikanordningsplaner', 'Planer för avstängningar och skyltning vid arbeten.', 'offentliga-handlingar', 'K0-R2-T2-S1', { R: 'En felaktig plan kan ge farliga trafiksituationer.', T: 'Akuta ledningsarbeten kräver att en plan kan godkännas samma dag.' }),
    ],
    { integrations: [[0, 'Kartplattformen']] }),
  obj('tkf', 'Fordon och bilpool', 'Kommunens fordon, poolbilar och körjournaler.', false,
    [sys('Bilpoolen', 'Fordonslogg AB', 'saas', 'Bokning av poolbilar och elektroniska körjournaler.')],
    [
      set('Körjournaler', 'Resor med poolbilar och tjänstebilar.', 'personuppgifter', 'K1-R2-T1-S2', { R: 'Felaktiga körjournaler ger fel förmånsbeskattning.', S: 'Det ska gå att visa vem som körde bilen vid en trafikförseelse.' }),
      set('Fordon och service', 'Fordon, besiktningar och service.', null, 'K0-R1-T1-S0', { K: 'Uppgifterna är inte känsliga.', R: 'Fel servicedatum kan ge körförbud.', T: 'Kan vänta några dagar.' }),
    ]),
  obj('tkf', 'Avfall och återvinning', 'Abonnemang, hämtning och avgifter för hushållsavfall.', false,
    [sys('Avfallsregistret', 'Sopkärlet System AB', 'saas', 'Abonnemang, hämtning och avgifter för hushållsavfall.')],
    [
      set('Avfallsabonnenter', 'Abonnemang per fastighet med kontaktuppgifter.', 'personuppgifter', 'K1-R2-T2-S1', { R: 'Fel abonnemang ger utebliven hämtning eller fel avgift.', T: 'Förändringar behöver göras inför veckans hämtning.' }),
      set('Hämtningsrutter', 'Rutter, hämtdagar och adresser för sophämtning.', null, 'K1-R2-T2-S1', { K: 'Rutterna innehåller adresser men inga känsliga uppgifter.', R: 'Fel rutt ger missad hämtning.', T: 'Chaufförerna behöver rutterna varje arbetsdag.', S: 'Ändringar ska kunna följas.' }, [0], { personalData: true }),
      set('Avgifter för avfall', 'Fakturerade avfallsavgifter.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}),
    ]),
  obj('gata-park', 'Lekplatser och parkskötsel', 'Besiktning av lekplatser och skötsel av parker och grönytor.', false,
    [sys('Parkförvaltaren', 'Grönyta Data AB', 'saas', 'Lekplatser, besiktningar och skötselplaner för parker.')],
    [
      set('Lekplatser och besiktningar', 'Lekredskap, besiktningsprotokoll och åtgärder.', null, 'K0-R3-T1-S2', { K: 'Uppgifterna är inte hemliga.', R: 'Ett missat fel i en besiktning kan leda till att barn skadas.', T: 'Kan vänta några dagar.', S: 'Det måste gå att visa vem som besiktigade och när.' }),
      set('Skötselplaner', 'Planer för gräsklippning, plantering och städning.', null, 'K0-R1-T1-S0', { K: 'Planerna är inte hemliga.', R: 'Fel plan ger sämre skötsel.', T: 'Kan vänta några dagar.' }),
    ]),
];
