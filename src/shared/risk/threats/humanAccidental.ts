import type { Threat } from '../threatCatalogue.js';

/** Människa, oavsiktlig / Human, accidental. */
export const humanAccidentalThreats: readonly Threat[] = [
  {
    code: 'misdirected-email',
    origin: 'human_accidental',
    aspects: ['K'],
    sv: {
      title: 'Felskickad e-post med personuppgifter',
      cause: 'autokomplettering av adresser och tidspress i det dagliga arbetet',
      event: 'en felsändning där e-post med personuppgifter når fel mottagare',
      consequence:
        'att känsliga personuppgifter röjs för obehöriga och att en personuppgiftsincident måste anmälas till IMY',
    },
    en: {
      title: 'Misdirected e-mail with personal data',
      cause: 'address autocomplete and time pressure in daily work',
      event: 'a misdirected e-mail in which personal data reaches the wrong recipient',
      consequence:
        'sensitive personal data being disclosed to unauthorised people and a personal data breach having to be reported to IMY, the Swedish data protection authority',
    },
  },
  {
    code: 'failed-change',
    origin: 'human_accidental',
    aspects: ['R', 'T'],
    sv: {
      title: 'Misslyckad ändring eller uppdatering',
      cause: 'bristande test och ändringshantering och uppdateringar som görs utan plan för återställning',
      event: 'en misslyckad uppdatering eller konfigurationsändring i ett verksamhetssystem',
      consequence: 'att systemet blir otillgängligt eller börjar hantera uppgifter felaktigt tills ändringen har backats',
    },
    en: {
      title: 'Failed change or update',
      cause: 'inadequate testing and change management, and updates made without a rollback plan',
      event: 'a failed update or configuration change in a business system',
      consequence: 'the system becoming unavailable or processing data incorrectly until the change has been rolled back',
    },
  },
  {
    code: 'lost-stolen-device',
    origin: 'human_accidental',
    aspects: ['K', 'T'],
    sv: {
      title: 'Förlorad eller stulen enhet',
      cause: 'att bärbara datorer och mobiler tas med på resor, hem och vid hembesök',
      event: 'en förlust eller stöld av en bärbar dator, en mobiltelefon eller en surfplatta',
      consequence:
        'att information på enheten kan läsas av obehöriga om den inte är krypterad och att den anställde inte kan arbeta',
    },
    en: {
      title: 'Lost or stolen device',
      cause: 'laptops and phones being taken along on journeys, home and on home visits',
      event: 'loss or theft of a laptop, a mobile phone or a tablet',
      consequence:
        'information on the device being readable by unauthorised people if it is not encrypted, and the employee being unable to work',
    },
  },
  {
    code: 'usb-malware',
    origin: 'human_accidental',
    aspects: ['K', 'R', 'T'],
    sv: {
      title: 'Skadlig kod via USB-minne',
      cause: 'att anställda ansluter okända eller privata USB-minnen till kommunens datorer',
      event: 'en infektion med skadlig kod från ett USB-minne',
      consequence: 'att den skadliga koden sprids i nätverket och kan stjäla, ändra eller kryptera information',
    },
    en: {
      title: 'Malware via USB stick',
      cause: 'staff connecting unknown or private USB sticks to municipal computers',
      event: 'a malware infection from a USB stick',
      consequence: 'the malware spreading in the network and being able to steal, alter or encrypt information',
    },
  },
  {
    code: 'ai-cloud-sharing-leak',
    origin: 'human_accidental',
    aspects: ['K'],
    sv: {
      title: 'Läckage via AI-tjänster och molndelning',
      cause:
        'att anställda vill arbeta effektivt och använder öppna AI-tjänster eller privata molntjänster som inte är godkända',
      event: 'ett läckage där sekretessbelagd information eller personuppgifter klistras in i eller laddas upp till en extern tjänst',
      consequence:
        'att informationen lämnar kommunens kontroll, kan användas för att träna AI-modeller och inte går att återkalla',
    },
    en: {
      title: 'Data leak via AI tools and cloud sharing',
      cause: 'staff wanting to work efficiently and using public AI services or personal cloud services that are not approved',
      event: 'a leak in which confidential information or personal data is pasted into or uploaded to an external service',
      consequence:
        "the information leaving the municipality's control, possibly being used to train AI models and being impossible to recall",
    },
  },
  {
    code: 'digital-mail-wrong-recipient',
    origin: 'human_accidental',
    aspects: ['K'],
    sv: {
      title: 'Fel mottagare i digital brevlåda',
      cause: 'ett felaktigt personnummer i ärendet eller inaktuella uppgifter i verksamhetssystemet',
      event: 'en leverans av ett beslut eller brev till fel persons digitala brevlåda',
      consequence:
        'att en annan person tar del av känsliga uppgifter och att den rätta mottagaren missar ett beslut med tidsfrist för överklagande',
    },
    en: {
      title: 'Wrong recipient in digital mail',
      cause: 'an incorrect personal identity number in the case or outdated data in the business system',
      event: "delivery of a decision or letter to the wrong person's digital mailbox",
      consequence:
        'another person seeing sensitive information and the rightful recipient missing a decision with a deadline for appeal',
    },
  },
  {
    code: 'case-data-entry-error',
    origin: 'human_accidental',
    aspects: ['R'],
    sv: {
      title: 'Felregistrering i ärendehantering',
      cause: 'hög arbetsbelastning, svaga kontroller i systemet och förväxlingsbara namn eller personnummer',
      event: 'en felregistrering där uppgifter förs in i fel ärende eller med fel värde',
      consequence: 'felaktiga beslut, felaktiga utbetalningar av till exempel ekonomiskt bistånd och att enskilda drabbas',
    },
    en: {
      title: 'Data entry error in case management',
      cause: 'heavy workload, weak checks in the system and easily confused names or identity numbers',
      event: 'an entry error in which data is recorded in the wrong case or with the wrong value',
      consequence: 'wrong decisions, incorrect payments of, for example, financial assistance and harm to individuals',
    },
  },
  {
    code: 'misconfigured-cloud-storage',
    origin: 'human_accidental',
    aspects: ['K', 'R'],
    sv: {
      title: 'Felkonfigurerad molnlagring',
      cause: 'komplicerade behörighetsinställningar och att delning med ”alla som har länken” är förvalt',
      event: 'en exponering av dokument och filer som av misstag blir åtkomliga för vem som helst på internet',
      consequence: 'att känsliga handlingar indexeras av sökmotorer och sprids innan felet upptäcks',
    },
    en: {
      title: 'Misconfigured cloud storage',
      cause: 'complicated permission settings and sharing with “anyone with the link” being the default',
      event: 'exposure of documents and files that by mistake become accessible to anyone on the internet',
      consequence: 'sensitive documents being indexed by search engines and spread before the error is discovered',
    },
  },
  {
    code: 'unattended-paper-records',
    origin: 'human_accidental',
    aspects: ['K'],
    sv: {
      title: 'Obevakade utskrifter och pappershandlingar',
      cause: 'utskrifter som glöms i gemensamma skrivare och akter som lämnas framme på skrivbord eller i bilar',
      event: 'en obehörig insyn i utskrifter och pappershandlingar med känsliga uppgifter',
      consequence: 'att sekretessbelagda uppgifter om till exempel elever, brukare och anställda röjs',
    },
    en: {
      title: 'Unattended printouts and paper records',
      cause: 'printouts forgotten at shared printers and files left out on desks or in cars',
      event: 'unauthorised viewing of printouts and paper records containing sensitive information',
      consequence: 'confidential information about, for example, pupils, service users and staff being disclosed',
    },
  },

];
