import type { DemoObject } from '../registerContent.js';
import { obj, set, sys } from './build.js';

/** Kultur- och fritidsförvaltningen: bibliotek, fritid och kulturskola. */
export const kffObjects: DemoObject[] = [
  obj('bibliotek', 'Bibliotekssystem', 'Katalog, utlån, reservationer och låntagare på folkbiblioteken och skolbiblioteken.', false,
    [sys('Bibliotekssystemet Lindåsen', 'Lindåsen Bibliotekssystem AB', 'saas', 'Katalog, utlån, reservationer och låntagare.'), sys('Självbetjäningsautomaterna', 'Lindåsen Bibliotekssystem AB', 'on_premises', 'Automater för utlån och återlämning på biblioteken.', ['network', 'electricity', 'premises', 'supplier'])],
    [
      set('Låntagarregister', 'Låntagare med kontaktuppgifter och lånekort.', 'personuppgifter', 'K2-R2-T2-S1', { K: 'Uppgifter om vem som är låntagare omfattas av sekretess hos folkbiblioteken.', R: 'Fel låntagare kan få krav för andras lån.', T: 'Utan registret kan biblioteken inte låna ut.' }, [0, 1], { legalBases: ['OSL 40 kap. 3 §'] }),
      set('Lånehistorik och reservationer', 'Vad varje låntagare har lånat och reserverat.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'Vad en person lånar kan avslöja hälsa, politisk uppfattning eller tro.' }, [0], { legalBases: ['OSL 40 kap. 3 §'] }),
      set('Katalog och bestånd', 'Bibliotekens medier och var de finns.', 'offentliga-handlingar', 'K0-R2-T2-S1', { R: 'Fel i katalogen gör att medier inte går att hitta.', T: 'Katalogen är bibliotekens viktigaste söktjänst för besökarna.' }, [0], { personalData: false }),
    ]),
  obj('bibliotek', 'Publika datorer och e-medier', 'Bibliotekens publika datorer och utlån av e-böcker och ljudböcker.', false,
    [sys('Publikdatorerna', 'Publikdator Norden AB', 'on_premises', 'Bokning och inloggning på bibliotekens publika datorer.'), sys('E-medieportalen', 'Läsfönstret AB', 'saas', 'Utlån av e-böcker och ljudböcker.')],
    [
      set('Bokningar och sessioner på publika datorer', 'Vem som bokat och använt en publik dator och när.', 'personuppgifter', 'K1-R1-T1-S2', { S: 'Vid missbruk av en publik dator måste det gå att se vem som var inloggad.' }, [0]),
      set('E-lån', 'Lånade e-böcker och ljudböcker per låntagare.', 'sekretess-osl', 'K2-R2-T1-S2', { K: 'Vad en person lånar kan avslöja känsliga intressen.' }, [1], { legalBases: ['OSL 40 kap. 3 §'] }),
    ],
    { integrations: [[1, 'Bibliotekssystemet Lindåsen']] }),
  obj('fritid', 'Lokal- och anläggningsbokning', 'Bokning av idrottshallar, planer och samlingslokaler.', false,
    [sys('Bokningsportalen Fritid', 'Bokningsbryggan AB', 'saas', 'Bokning av idrottshallar, planer och samlingslokaler.')],
    [
      set('Bokningar', 'Bokade tider för föreningar, skolor och privatpersoner.', 'personuppgifter', 'K1-R2-T2-S1', { R: 'Dubbelbokningar ger konflikter mellan föreningar.', T: 'Föreningar och skolor bokar och ändrar tider dagligen.' }),
      set('Fakturering av lokalhyror', 'Fakturor för bokade lokaler och anläggningar.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}),
    ],
    { integrations: [[0, 'Ekonomisystemet Stenröset']] }),
  obj('fritid', 'Föreningsstöd', 'Föreningsregister, bidrag och aktivitetsstöd till föreningar.', false,
    [sys('Föreningsregistret', 'Bokningsbryggan AB', 'saas', 'Föreningar, kontaktpersoner, bidragsansökningar och utbetalningar.')],
    [
      set('Föreningar och kontaktpersoner', 'Registrerade föreningar och deras kontaktpersoner.', 'personuppgifter', 'K1-R2-T1-S1', { R: 'Fel kontaktuppgifter gör att bidrag och information inte når fram.' }),
      set('Bidragsansökningar och utbetalningar', 'Ansökningar, beslut och utbetalningar av föreningsbidrag.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', { R: 'Felaktiga uppgifter kan ge bidrag till fel förening eller bidrag på falska grunder.' }),
      set('Deltagarlistor för aktivitetsstöd', 'Deltagare i föreningarnas aktiviteter som underlag för stöd.', 'personuppgifter', 'K1-R3-T1-S2', { R: 'Uppblåsta deltagarlistor kan ge felaktiga bidrag.', S: 'Det ska gå att se vem som rapporterat listorna.' }),
    ]),
  obj('kff', 'Kulturskolan', 'Anmälan, kö, undervisning och avgifter i kulturskolan.', false,
    [sys('Kulturskoleadministrationen', 'Kvarnbäcken System AB', 'saas', 'Anmälan, kö, elever, lärare och avgifter i kulturskolan.')],
    [
      set('Elever, köer och avgifter', 'Elever, köplatser, grupper och avgifter.', 'personuppgifter', 'K1-R2-T1-S1', { R: 'Fel uppgifter ger fel avgifter och missade platser.' }),
      set('Elever med skyddade personuppgifter i kulturskolan', 'Elever vars uppgifter inte får lämnas ut eller visas vid konserter.', 'skyddade-personuppgifter', 'K3-R2-T1-S3', {}),
    ]),
  obj('fritid', 'Badhus och entré', 'Kassa, entrékort och medlemskap på badhuset.', false,
    [sys('Entrésystemet badhuset', 'Kassaflöde Betal AB', 'on_premises', 'Kassa, entrékort och medlemskap på badhuset.')],
    [
      set('Entrékort och medlemskap', 'Kort, medlemskap och besök.', 'personuppgifter', 'K1-R2-T2-S1', { R: 'Felaktiga kort ger tvister med besökare.', T: 'Utan systemet kan badhuset inte släppa in besökare.' }),
      set('Kassatransaktioner', 'Försäljning av entréer och kurser.', 'ekonomiska-transaktioner', 'K1-R3-T2-S3', {}),
    ]),
  obj('kff', 'Konstsamling och kulturarv', 'Kommunens konstsamling och lokalhistoriska bildarkiv.', false,
    [sys('Konstregistret', 'Samlingsdata AB', 'saas', 'Kommunens konstsamling med placering och värdering.')],
    [
      set('Konstverk och placeringar', 'Konstverk, var de är placerade och vad de är värda.', null, 'K1-R2-T1-S1', { K: 'Uppgifter om var värdefulla verk finns och vad de är värda kan underlätta stöld.', R: 'Fel placering gör att verk inte går att hitta vid inventering.', T: 'Kan vänta några dagar.', S: 'Förflyttningar ska kunna följas.' }),
      set('Lokalhistoriska bilder', 'Digitaliserade fotografier och vykort.', 'offentliga-handlingar', 'K0-R2-T1-S1', { R: 'Fel beskrivning gör bilderna missvisande som källa.' }),
    ]),
  obj('fritid', 'Fritidsgårdar och ungdomsverksamhet', 'Medlemskort, aktiviteter och närvaro på fritidsgårdarna.', false,
    [sys('Ungdomsappen', 'Ungdomslänken AB', 'saas', 'Medlemskort, aktiviteter och närvaro på fritidsgårdarna.')],
    [
      set('Besökare och medlemskort', 'Unga besökare med kontaktuppgifter till vårdnadshavare.', 'personuppgifter', 'K2-R1-T1-S1', { K: 'Uppgifterna rör barn och unga och kan visa var de brukar vara.' }),
      set('Aktiviteter och närvaro', 'Aktiviteter, anmälningar och närvaro.', 'personuppgifter', 'K1-R1-T1-S1', {}),
    ]),
];
