import { addStockholmMonths } from '../../shared/incident/deadlines.js';
import type { Cast } from './incidentDemoCast.js';
import { policeReference } from './incidentDemoKinds.js';
import type { Draft, Path } from './incidentDemoLifecycle.js';
import { dayMs, hourMs, iso, onDay, saturdayBefore, stockholmYearOf } from './incidentDemoTime.js';

/**
 * The demo's one major incident: ransomware in the municipality's own server environment about
 * five months ago, on a weekend night. Escalated to crisis management, significant under
 * cybersäkerhetslagen and a personal-data breach: every legal report was made (early warning,
 * notification, an intermediate report the CSIRT asked for, a progress report while restoring
 * went on, the final report after the end) and IMY was notified on time.
 */

export const majorIncidentTitle = 'Ransomware: servrar och filytor krypterade';
const objectNames = ['Serverdrift och virtualisering', 'Identitets- och behörighetshantering', 'Ärende- och dokumenthantering', 'Verksamhetssystem vård och omsorg'];
const systemNames = ['Virtualiseringsplattformen', 'Katalogtjänsten', 'Diariet Hagmark', 'Omsorgsakten Vård'];

export function majorIncident(cast: Cast): { draft: Draft; path: Path } {
  const { manager, ciso, itChief, director } = cast;
  // The Saturday night about five months back.
  const night = saturdayBefore(cast.now - 150 * dayMs);
  const occurredAt = onDay(night, 2, 7);
  const detectedAt = onDay(night, 3, 41);
  const awareAt = onDay(night, 4, 30);
  const reportedAt = onDay(night, 4, 52);
  const at = (days: number, hours = 0) => awareAt + days * dayMs + hours * hourMs;
  const objects = objectNames.map((name) => cast.object(name)).filter((object) => object !== undefined);
  const systems = objects.flatMap((object) => object.systems).filter((system) => systemNames.includes(system.name));
  const [onCall, restorer] = cast.drift;
  const comms = cast.chefOf('kommunikation');
  const dataProtection = cast.pick(cast.staffOf('kansli').filter((person) => !person.chef));
  const vofChef = cast.chefOf('vof');
  const year = stockholmYearOf(awareAt);

  const draft: Draft = {
    kind: 'major', title: majorIncidentTitle,
    description:
      'Säkerhetsövervakningen larmade 03:41 om att ett stort antal filer döptes om på filservern. Flera servrar i virtualiseringsmiljön svarar inte och i katalogerna ligger en textfil med krav på lösensumma. ' +
      'Jouren har kopplat bort kommunens internetförbindelser och stängt av fjärråtkomsten.',
    channel: 'technical_alarm', reporter: onCall!, orgUnitId: cast.unitId('it-drift'), occurredAt, detectedAt, awareAt, reportedAt,
    severity: 4, escalationLevel: 4, rsit: ['malicious_code', 'ransomware'], categories: ['attack', 'blocked_access'], cause: 'malicious_human', aspects: ['K', 'R', 'T'],
    objectIds: objects.map((object) => object.id), systemIds: systems.map((system) => system.id),
    personalData: { people: 6_400, records: 41_000 }, personalDataReported: false, gdprWaivedReason: null,
    significant: {
      criteria: ['a', 'b'],
      explanation:
        'a) Egendriftade verksamhetssystem, bland annat ärendehanteringen och äldreomsorgens verksamhetssystem, var otillgängliga i upp till fem veckor och verksamheterna arbetade med reservrutiner. ' +
        'b) Angriparen förde ut filer med personuppgifter om omkring 6 400 personer, bland dem brukare inom äldreomsorgen, vilket kan orsaka dem betydande skada.',
    },
    crimeSuspected: true, policeReportRef: policeReference(cast, awareAt), assignee: manager,
    rootCause:
      'Angriparen loggade in via fjärråtkomsten (VPN) nio dagar före krypteringen med ett konto för en leverantörs servicetekniker. Kontot saknade tvåfaktorsautentisering och lösenordet hade läckt vid ett intrång hos leverantören. ' +
      'Via en oskyddad administrativ resurs tog angriparen över ett domänadministratörskonto, förde ut filer från filservern och startade krypteringen natten till lördag.',
    lessons:
      'Säkerhetskopiorna i det frånkopplade valvet klarade sig och gjorde återställningen möjlig. Leverantörskonton hade för breda rättigheter och ingen tvåfaktorsautentisering. ' +
      'Krisledningen fungerade men reservrutinerna för äldreomsorgen var inte övade. Riskanalyserna för de drabbade objekten och deras beroende av den egna serverdriften görs om.',
  };

  const noteBy = (days: number, hours: number, note: string, actor = manager) => ({ at: at(days, hours), note, actor });
  // Tasks of the first night are written down an hour after awareness, once the incident is triaged.
  const task = (title: string, owner: typeof manager, start: number, dueDays: number, doneDays: number | null) => ({ title, owner, at: start === 0 ? at(0, 1) : at(start), due: at(start + dueDays), doneAt: doneDays === null ? null : at(doneDays) });
  const notificationAt = at(2, 12);
  const progressDue = Date.parse(addStockholmMonths(iso(notificationAt), 1));
  const resolvedAt = at(44, 6);
  const csirt = (n: number) => `CERT-SE ${year}-${String(n).padStart(5, '0')}`;
  const path: Path = {
    triageAt: at(0, 0.8),
    steps: [
      { status: 'triaged', at: at(0, 0.8) },
      { status: 'escalated', at: at(0, 3), note: 'Kommundirektören har aktiverat krisledningen. Lägesbild varje dag 08:00 och 15:00.' },
      { status: 'in_progress', at: at(12, 5), note: 'Krisledningen avvecklas; återställningen fortsätter i linjen under IT-chefens ledning.' },
      { status: 'resolved', at: resolvedAt, note: 'Sista systemet, äldreomsorgens verksamhetssystem, är återläst och kontrollerat.' },
      { status: 'root_cause_found', at: at(66, 4) },
      { status: 'closed', at: at(95, 5) },
    ],
    escalations: [],
    notes: [
      noteBy(0, 0.7, 'Polisanmälan är gjord.'),
      noteBy(0, 1.2, 'Domänkontrollanterna och virtualiseringsplattformen är krypterade. E-post och filytor i molnet fungerar.'),
      noteBy(0, 2.5, 'IT-chefen och kommundirektören informerade. Förvaltningscheferna kallas till möte 07:30.', itChief),
      noteBy(0, 5, 'Avtalad incidentresponsleverantör på plats. Inga kontakter tas med angriparen och ingen lösensumma betalas.', ciso),
      noteBy(0, 9, 'Vård- och omsorgsförvaltningen arbetar med utskrivna listor; hemtjänstens planering i molnet fungerar.'),
      noteBy(1, 3, 'Loggarna visar att filer från filservern förts ut före krypteringen. Personuppgiftsincident: dataskyddsombudet är informerat.'),
      noteBy(1, 8, 'Kommunen har informerat på webbplatsen och i sociala medier om att vissa e-tjänster och handläggning är försenade.', comms),
      noteBy(3, 4, 'Katalogtjänsten är återuppbyggd från säkerhetskopia. Alla lösenord byts; anställda hämtar nya vid IT-support.', itChief),
      noteBy(5, 2, 'CERT-SE begär en delrapport om angriparens tillvägagångssätt senast nästa vecka.'),
      noteBy(9, 6, 'Ärendehanteringen och diariet är i drift igen.', restorer!),
      noteBy(20, 3, 'Brev har skickats till de personer vars uppgifter förts ut, med råd om bedrägeriförsök.', dataProtection),
      noteBy(33, 4, 'Återläsningen av äldreomsorgens verksamhetssystem har tagit längre tid än väntat; lägesrapport lämnad till CSIRT.'),
      noteBy(66, 5, 'Den kriminaltekniska rapporten är klar: intrånget gick via ett leverantörskonto utan tvåfaktorsautentisering.', ciso),
    ],
    tasks: [
      task('Koppla bort internet och isolera drabbade nätsegment', onCall!, 0, 0, 0.05),
      task('Sammankalla krisledningen', director, 0, 0, 0.1),
      task('Bygg upp katalogtjänsten igen och byt alla lösenord', itChief, 0, 3, 3.2),
      task('Inför tvåfaktorsautentisering för all fjärråtkomst', itChief, 1, 10, 8),
      task('Återläs servrar från säkerhetskopior i prioritetsordning', restorer!, 0, 30, 44),
      task('Kommunicera med invånare, personal och media', comms, 0, 2, 1.5),
      task('Informera de personer vars uppgifter förts ut', dataProtection, 2, 21, 20),
      task('Kriminalteknisk analys med incidentresponsleverantören', ciso, 1, 45, 66),
      task('Ta fram underlag till slutrapporten till CSIRT', manager, 45, 25, 68),
    ],
    reports: [
      { regime: 'nis2', stage: 'early_warning', submittedAt: at(0, 6), reference: csirt(cast.between(400, 900)) },
      { regime: 'gdpr', stage: 'notification', submittedAt: at(2, 7), reference: `IMY-${year}-${cast.between(10000, 19999)}` },
      { regime: 'nis2', stage: 'notification', submittedAt: notificationAt, reference: csirt(cast.between(900, 1200)) },
      { regime: 'nis2', stage: 'intermediate_report', requestedAt: at(5, 2), requestedDueAt: onDay(at(11), 16), submittedAt: at(9, 5), reference: csirt(cast.between(1200, 1500)) },
      { regime: 'nis2', stage: 'progress_report', submittedAt: progressDue - 2 * dayMs, reference: csirt(cast.between(1500, 1900)) },
      { regime: 'nis2', stage: 'final_report', submittedAt: resolvedAt + 26 * dayMs, reference: csirt(cast.between(1900, 2400)) },
    ],
    lessonActions: [
      { at: at(95, 4), objectId: cast.object('Identitets- och behörighetshantering')!.id, title: 'Nätfiskeresistent tvåfaktorsautentisering för alla administratörs- och leverantörskonton', owner: itChief, due: at(95 + 120), status: 'on_track' },
      { at: at(95, 4), objectId: cast.object('Serverdrift och virtualisering')!.id, title: 'Oföränderliga säkerhetskopior och återläsningstest varje månad', owner: restorer!, due: at(95 + 90), status: 'not_started' },
      { at: at(95, 4), objectId: cast.object('Verksamhetssystem vård och omsorg')!.id, title: 'Öva reservrutinerna för äldreomsorgen vid längre avbrott', owner: vofChef, due: at(95 + 150), status: 'not_started' },
    ],
  };
  return { draft, path };
}
