import type { DemoObject } from '../registerContent.js';
import { obj, set, sys } from './build.js';

/** The kommunala bolagen: Exempelkommun Bostäder AB and Exempel Energi AB. */
export const bolagObjects: DemoObject[] = [
  obj('bostader', 'Uthyrning och hyresgäster', 'Hyreskontrakt, bostadskö, hyresaviseringar och hyresgästärenden.', true,
    [sys('Hyressystemet Bofast', 'Bofast Data AB', 'saas', 'Hyreskontrakt, hyresaviseringar och hyresgäster.'), sys('Bostadskön', 'Bofast Data AB', 'saas', 'Publik bostadskö med intresseanmälningar.')],
    [
      set('Hyresgäster och kontrakt', 'Hyresgäster, kontrakt och kontaktuppgifter.', 'personuppgifter', 'K2-R3-T2-S2', { K: 'Kontrakten visar var personer bor och kan innehålla uppgifter om betalningsförmåga.', R: 'Fel kontraktsuppgifter kan ge felaktiga uppsägningar.', T: 'Uthyrning och avflyttning hanteras dagligen.', S: 'Det ska gå att visa vem som ändrat ett kontrakt.' }, [0]),
      set('Bostadskö', 'Sökande, köpoäng och intresseanmälningar.', 'personuppgifter', 'K1-R2-T1-S2', { R: 'En ändrad köplats kan ge fel person en lägenhet.', S: 'Det måste gå att visa att lägenheter fördelats enligt kön.' }, [1]),
      set('Hyresavier och betalningar', 'Aviserade hyror, inbetalningar och påminnelser.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}, [0]),
      set('Hyresgäster med skyddade personuppgifter', 'Hyresgäster vars adress inte får röjas.', 'skyddade-personuppgifter', 'K3-R2-T1-S3', {}, [0]),
      set('Störningsärenden och avhysningar', 'Klagomål på störningar, varningar och uppsägningar.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'Ärendena kan beskriva missbruk, psykisk ohälsa och konflikter mellan grannar.' }, [0]),
    ]),
  obj('bostader', 'Felanmälan och hyresgästservice', 'Felanmälan, tvättstugebokning och information till hyresgäster.', false,
    [sys('Hyresgästportalen', 'Bofast Data AB', 'saas', 'Felanmälan, tvättstugebokning och information till hyresgäster.')],
    [
      set('Felanmälningar från hyresgäster', 'Anmälda fel i lägenheter och gemensamma utrymmen.', 'personuppgifter', 'K1-R1-T2-S1', { T: 'Akuta fel som vattenläckor måste kunna anmälas dygnet runt.' }),
      set('Underhållsplaner för bostäder', 'Planerat underhåll och renoveringar.', null, 'K0-R2-T1-S1', { K: 'Planerna är inte hemliga.', R: 'Fel planer gör att underhåll skjuts upp och skador uppstår.', T: 'Kan vänta några dagar.', S: 'Ändringar ska kunna följas.' }),
      set('Tvättstugebokningar', 'Bokade tvättider per lägenhet.', 'personuppgifter', 'K1-R1-T1-S1', {}),
    ],
    { integrations: [[0, 'Hyressystemet Bofast']] }),
  obj('bostader', 'Passage och lås i bostadsområden', 'Nyckelbrickor för portar, tvättstugor och förråd.', false,
    [sys('Låssystemet Bostäder', 'Låsbrickan AB', 'saas', 'Nyckelbrickor för portar, tvättstugor och förråd.')],
    [
      set('Nyckelbrickor och behörigheter', 'Vilka brickor som öppnar vilka dörrar.', 'personuppgifter', 'K2-R3-T3-S3', { K: 'Uppgifterna visar vem som kan ta sig in var.', R: 'Felaktiga behörigheter kan släppa in obehöriga i trapphus och förråd.', T: 'Utan systemet kommer hyresgäster inte in genom sina portar.', S: 'Det måste gå att se vem som ändrat en behörighet.' }),
      set('Passageloggar i bostadsområden', 'Loggar över öppnade portar och dörrar.', 'personuppgifter', 'K2-R2-T1-S3', { K: 'Loggarna visar när hyresgäster kommer och går.', R: 'Ändrade loggar gör utredningar opålitliga.', S: 'Loggarna används vid utredning av inbrott och skadegörelse.' }),
    ]),
  obj('bostader', 'Fastighetsautomation Bostäder', 'Styrning av värme och ventilation i bolagets bostadshus.', false,
    [sys('Undercentralerna Bostäder', 'Klövervall Fastighetsautomation AB', 'saas', 'Styrning av värme och ventilation i bolagets bostadshus.')],
    [
      set('Styrning av värme och ventilation i bostäder', 'Börvärden, kurvor och larm för undercentraler.', 'styr-och-overvakningsdata', 'K2-R3-T3-S2', { T: 'Utan styrning under ett kallt vinterdygn kan bostäder bli obeboeliga.' }),
      set('Förbrukning per lägenhet', 'Individuellt mätt värme och varmvatten.', 'personuppgifter', 'K1-R2-T1-S1', { K: 'Individuell mätning kan visa när hyresgäster är hemma.', R: 'Fel mätvärden ger fel debitering.' }),
    ],
    { integrations: [[0, 'Fjärrvärmestyrningen']] }),
  obj('bostader', 'Ekonomi och lön för Bostäder', 'Redovisning, leverantörsfakturor och lön för bostadsbolaget.', false,
    [sys('Bolagsekonomin Bostäder', 'Stenrösets Ekonomisystem AB', 'saas', 'Redovisning, leverantörsfakturor och lön för bostadsbolaget.')],
    [
      set('Bostadsbolagets bokföring', 'Verifikationer, reskontror och bokslut.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}, [0], { legalBases: ['Aktiebolagslagen'] }),
      set('Lön för bostadsbolagets anställda', 'Löner och kontonummer för bolagets anställda.', 'ekonomiska-transaktioner', 'K2-R3-T2-S3', { K: 'Lönespecifikationer och kontonummer för anställda.' }),
    ]),
  obj('energi', 'Fjärrvärme', 'Produktion och distribution av fjärrvärme till bostäder, skolor och företag.', true,
    [sys('Fjärrvärmestyrningen', 'Värmeverket Styrsystem AB', 'on_premises', 'Styrning av värmeverk, pannor och kulvertnät.', ['network', 'backup', 'electricity', 'premises']), sys('Fjärravläsning värmemätare', 'Värmeverket Styrsystem AB', 'saas', 'Automatisk avläsning av värmemätare hos kunderna.')],
    [
      set('Styrdata för värmeverk och kulvertnät', 'Styrprogram, börvärden och konfiguration för produktion och distribution.', 'styr-och-overvakningsdata', 'K3-R3-T3-S3', { K: 'Detaljer om styrningen kan användas för sabotage mot värmeförsörjningen.', T: 'Vintertid blir bostäder, skolor och boenden kalla inom ett dygn.', S: 'Varje ändring måste kunna knytas till en person, också vid fjärråtkomst.' }, [0]),
      set('Driftlarm för fjärrvärme', 'Larm från pannor, pumpar och kulvertnät.', 'styr-och-overvakningsdata', 'K2-R3-T3-S3', { S: 'Larmloggen behövs för att utreda störningar.' }, [0]),
      set('Bränsle- och utsläppsdata', 'Bränsleförbrukning och utsläpp från värmeverket.', null, 'K1-R3-T1-S2', { K: 'Uppgifterna redovisas offentligt i sammanställd form.', R: 'Felaktiga utsläppsdata ger fel rapportering till tillsynsmyndigheten.', T: 'Kan vänta några dagar.', S: 'Det måste gå att visa vem som rättat ett värde.' }, [0], { legalBases: ['Miljöbalken'] }),
      set('Mätvärden från värmemätare', 'Förbrukning per kund.', 'personuppgifter', 'K1-R3-T2-S2', { R: 'Fel mätvärden ger fel fakturor till alla kunder.', T: 'Behövs för fakturering och felsökning.', S: 'Rättelser ska kunna följas.' }, [1]),
    ]),
  obj('energi', 'Elnät och driftcentral', 'Övervakning och styrning av bolagets elnät.', true,
    [sys('Driftcentralen elnät', 'Spänningsledet AB', 'on_premises', 'Övervakning och styrning av nätstationer och fördelningsnät.', ['network', 'backup', 'electricity', 'premises'])],
    [
      set('Nätstationer och kopplingar', 'Kopplingsläge, skydd och fjärrmanövrering i nätet.', 'styr-och-overvakningsdata', 'K3-R3-T3-S3', { K: 'En samlad bild av nätets sårbara punkter kan användas för sabotage.', R: 'En felaktig koppling kan ge elolyckor eller strömavbrott för tusentals kunder.', T: 'Utan driftcentralen kan fel inte isoleras och avbrotten blir långa.', S: 'Varje koppling måste kunna knytas till en person.' }),
      set('Avbrottsrapportering', 'Avbrott, orsaker och avbrottstider som rapporteras till tillsynsmyndigheten.', null, 'K1-R3-T2-S2', { K: 'Avbrott rapporteras offentligt.', R: 'Fel rapportering kan ge sanktioner och fel ersättning till kunder.', T: 'Rapporterna har fasta datum.', S: 'Det ska gå att visa hur avbrottstiden beräknats.' }, [0], { legalBases: ['Ellagen'] }),
    ]),
  obj('energi', 'Kundsystem och fakturering Energi', 'Kunder, avtal, mätvärden och fakturering för el och fjärrvärme.', false,
    [sys('Energikundsystemet', 'Abonnentdata Norden AB', 'saas', 'Kunder, avtal, mätvärden och fakturering för el och fjärrvärme.'), sys('Mina sidor Energi', 'Abonnentdata Norden AB', 'saas', 'Kundportal med förbrukning, fakturor och avtal.')],
    [
      set('Kunder och avtal', 'Kunder, anläggningar och avtal.', 'personuppgifter', 'K1-R2-T2-S1', { R: 'Fel avtal ger fel pris.', T: 'Flyttar och nya avtal hanteras dagligen.' }, [0, 1]),
      set('Timvisa mätvärden', 'Elförbrukning per timme och kund.', 'personuppgifter', 'K2-R3-T2-S2', { K: 'Förbrukning per timme visar när en familj är hemma eller bortrest.', R: 'Fel mätvärden ger fel fakturor.', T: 'Mätvärdena ska rapporteras vidare inom fasta tider.', S: 'Rättelser ska kunna följas.' }, [0, 1]),
      set('Fakturor och betalningar för energi', 'Fakturor, inbetalningar och påminnelser.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}, [0]),
      set('Kunder med elberoende medicinsk utrustning', 'Kunder som har till exempel syrgas eller respirator i hemmet.', 'kansliga-personuppgifter', 'K3-R2-T2-S2', { K: 'Listan visar vilka kunder som har medicinsk utrustning hemma.', T: 'Vid avbrott måste dessa kunder kontaktas inom timmar.' }, [0]),
    ],
    { integrations: [[0, 'Fjärravläsning värmemätare'], [0, 'Driftcentralen elnät']] }),
  obj('energi', 'Stadsnät', 'Bolagets fibernät för hushåll, företag och kommunala verksamheter.', false,
    [sys('Stadsnätets nätövervakning', 'Fiberlänken Drift AB', 'shared_operations', 'Övervakning och konfiguration av stadsnätet.')],
    [
      set('Kundanslutningar', 'Anslutna adresser, kunder och tjänsteleverantörer.', 'personuppgifter', 'K1-R2-T3-S1', { R: 'Fel uppgifter ger felaktiga anslutningar.', T: 'Avbrott i stadsnätet slår ut internet och trygghetslarm hos anslutna hushåll.' }),
      set('Nätkonfiguration för stadsnätet', 'Konfiguration av switchar, routrar och förbindelser.', null, 'K2-R3-T3-S2', { K: 'Konfigurationen visar hur nätet kan angripas.', R: 'En felaktig konfiguration kan slå ut många anslutningar.', T: 'Utan nätet förlorar kunder och kommunala verksamheter förbindelsen.', S: 'Ändringar ska kunna knytas till en person.' }),
    ]),
  obj('energi', 'Ekonomi och lön för Energi', 'Redovisning, leverantörsfakturor och lön för energibolaget.', false,
    [sys('Bolagsekonomin Energi', 'Stenrösets Ekonomisystem AB', 'saas', 'Redovisning, leverantörsfakturor och lön för energibolaget.')],
    [
      set('Energibolagets bokföring', 'Verifikationer, reskontror och bokslut.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}, [0], { legalBases: ['Aktiebolagslagen'] }),
      set('Lön för energibolagets anställda', 'Löner och kontonummer för bolagets anställda.', 'ekonomiska-transaktioner', 'K2-R3-T2-S3', { K: 'Lönespecifikationer och kontonummer för anställda.' }),
    ]),
  obj('energi', 'Laddinfrastruktur', 'Publika laddstolpar för elbilar och betalning för laddning.', false,
    [sys('Laddnätet', 'Laddlinjen AB', 'saas', 'Styrning av laddstolpar, laddsessioner och betalning.')],
    [
      set('Laddsessioner och betalningar', 'Laddningar per kund och betalningar.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}),
      set('Laddstolpar och status', 'Laddstolpar, effekt och driftstatus.', null, 'K0-R2-T2-S1', { K: 'Uppgifterna publiceras.', R: 'Fel status visar lediga stolpar som är trasiga.', T: 'Ett avbrott i ett par dagar irriterar kunderna.', S: 'Ändringar ska kunna följas.' }),
    ]),
];
