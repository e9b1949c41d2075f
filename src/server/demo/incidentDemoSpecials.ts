import { addStockholmMonths } from '../../shared/incident/deadlines.js';
import type { Cast } from './incidentDemoCast.js';
import { fill, fromScenario, policeReference, type Ordinary } from './incidentDemoKinds.js';
import type { Draft, IncidentDemoInput, Path } from './incidentDemoLifecycle.js';
import { ordinaryPath } from './incidentDemoPaths.js';
import { scenario } from './incidentDemoScenario.js';
import { ddos } from './incidentDemoTechTexts.js';
import { lostThings } from './incidentDemoTexts.js';
import { dayMs, hourMs, iso, minuteMs, onDay, stockholmYearOf } from './incidentDemoTime.js';

/**
 * Incidents with a fixed part in the demo: the open ones whose legal deadlines are due within
 * hours or already overdue, the supplier outage that asked for a new risk analysis, a significant
 * overload attack with its NIS2 reports, the big power cut of the first winter, and employee@'s
 * own lost phone.
 */

export interface Special {
  draft: Draft;
  path: Path;
}

/** Cybersäkerhetslagen (SFS 2025:1506) applies from this day; no NIS2 reports before it. */
export const cybersecurityActInForce = Date.parse('2026-01-15T00:00:00+01:00');

const csirtReference = (cast: Cast, at: number) => `CERT-SE ${stockholmYearOf(at)}-${String(cast.between(100, 4000)).padStart(5, '0')}`;

/** Early warning, notification and final report, each on time, as far as `limit` reaches. */
export function nis2Reports(cast: Cast, awareAt: number, limit: number, resolved: boolean): Path['reports'] {
  const earlyWarning = awareAt + cast.between(4, 16) * hourMs;
  const notification = awareAt + cast.between(30, 66) * hourMs;
  const finalReport = Date.parse(addStockholmMonths(iso(notification), 1)) - cast.between(2, 8) * dayMs;
  const report = (stage: 'early_warning' | 'notification' | 'final_report', at: number) => ({ regime: 'nis2' as const, stage, submittedAt: at <= limit ? at : null, reference: at <= limit ? csirtReference(cast, at) : null });
  return [report('early_warning', earlyWarning), report('notification', notification), ...(resolved ? [report('final_report', finalReport)] : [])].filter((entry) => entry.submittedAt !== null);
}

function fixedTimes(draft: Draft, awareAt: number, detectMinutes: number) {
  draft.awareAt = awareAt;
  draft.detectedAt = awareAt - detectMinutes * minuteMs;
  draft.occurredAt = draft.detectedAt - 10 * minuteMs;
  draft.reportedAt = draft.channel === 'web_form' ? awareAt : awareAt + 12 * minuteMs;
}

type Step = readonly [Path['steps'][number]['status'], number, string?];
const steps = (...entries: Step[]) => entries.map(([status, at, note]) => ({ status, at, ...(note ? { note } : {}) }));

export function specialIncidents(cast: Cast, input: IncidentDemoInput): Special[] {
  const { now } = input;
  const limit = now - 30 * minuteMs;
  const { manager } = cast;
  const specials: Special[] = [];

  // An overload attack going on now: the early warning is due within hours.
  const attack = fromScenario('open_deadline', ddos, now, cast);
  const attackAware = now - 20 * hourMs;
  Object.assign(attack.draft, {
    title: 'Pågående överbelastningsattack: e-tjänsterna går inte att nå', channel: 'technical_alarm', reporter: cast.drift[0], severity: 3, escalationLevel: 3, assignee: manager,
    significant: { criteria: ['a'], explanation: 'a) Invånarna har inte kunnat använda kommunens e-tjänster, bland annat ansökan om ekonomiskt bistånd och felanmälan, sedan i går kväll.' },
  });
  fixedTimes(attack.draft, attackAware, 12);
  specials.push({
    draft: attack.draft,
    path: {
      triageAt: attackAware + 35 * minuteMs, steps: steps(['triaged', attackAware + 35 * minuteMs], ['in_progress', attackAware + 50 * minuteMs]), escalations: [],
      notes: [{ at: attackAware + 2 * hourMs, note: 'Leverantörens DDoS-skydd är aktiverat men attacken har bytt mönster två gånger.', actor: cast.drift[0]! }],
      tasks: [{ title: 'Skicka tidig varning till CSIRT', owner: manager, at: attackAware + hourMs, due: attackAware + 24 * hourMs, doneAt: null }], reports: [],
    },
  });

  // An intrusion into the e-service platform with personal data: the notifications are due today.
  const intrusionAware = now - 58 * hourMs;
  const intrusion = fromScenario('open_deadline', scenario({
    unit: 'kommunikation', objects: ['E-tjänsteplattform'], title: 'Intrång i e-tjänsteplattformen: ansökningar åtkomliga för obehöriga',
    description: 'En invånare hörde av sig om att hon kunde se andras ansökningar om bostadsanpassningsbidrag genom att ändra ett nummer i webbadressen. Leverantören bekräftar att felet utnyttjats från flera adresser.',
    rsit: ['intrusions', 'application_compromise'], categories: ['attack', 'information_loss_or_leak'], cause: 'malicious_human', aspects: ['K'], personalData: { people: [1900, 1900], records: [2300, 2300] },
    crime: true, channel: [['phone', 1]], resolveHours: [100, 100], rootCause: 'Behörighetskontrollen i e-tjänsten saknades för bilagor.',
  }), intrusionAware, cast);
  Object.assign(intrusion.draft, {
    severity: 3, escalationLevel: 3, assignee: manager,
    significant: { criteria: ['a', 'b'], explanation: 'a) E-tjänsterna för bostadsanpassning är avstängda. b) Uppgifter om hälsa och funktionsnedsättning för omkring 1 900 personer kan ha lästs av obehöriga.' },
  });
  fixedTimes(intrusion.draft, intrusionAware, 25);
  specials.push({
    draft: intrusion.draft,
    path: {
      triageAt: intrusionAware + 40 * minuteMs, steps: steps(['triaged', intrusionAware + 40 * minuteMs], ['in_progress', intrusionAware + hourMs]), escalations: [],
      notes: [{ at: intrusionAware + 5 * hourMs, note: 'Funktionen för bilagor är avstängd. Leverantören går igenom åtkomstloggarna för de senaste sex månaderna.', actor: manager }],
      tasks: [
        { title: 'Stäng av bilagefunktionen i e-tjänsten', owner: cast.pick(cast.itTeam), at: intrusionAware + hourMs, due: intrusionAware + 4 * hourMs, doneAt: intrusionAware + 3 * hourMs },
        { title: 'Skriv anmälan till IMY', owner: manager, at: intrusionAware + 2 * hourMs, due: intrusionAware + 70 * hourMs, doneAt: null },
        { title: 'Skriv incidentanmälan till CSIRT', owner: manager, at: intrusionAware + 2 * hourMs, due: intrusionAware + 70 * hourMs, doneAt: null },
      ],
      reports: [{ regime: 'nis2', stage: 'early_warning', submittedAt: intrusionAware + 19 * hourMs, reference: csirtReference(cast, intrusionAware) }],
    },
  });
  intrusion.draft.policeReportRef = policeReference(cast, intrusionAware);

  // Payment notices to the wrong people: the IMY notification is overdue.
  const noticesAware = now - 80 * hourMs;
  const notices = fromScenario('open_deadline', scenario({
    unit: 'ifo', objects: ['Automatiserad handläggning av ekonomiskt bistånd'], title: 'Utbetalningsbesked för försörjningsstöd skickade till fel mottagare',
    description: 'Flera mottagare av försörjningsstöd har ringt om att de fått någon annans utbetalningsbesked i den digitala brevlådan.',
    rsit: ['information_content_security', 'data_leak'], categories: ['information_loss_or_leak', 'software_hardware_disruption'], cause: 'system_failure', aspects: ['K'],
    personalData: { people: [37, 37], records: [37, 37] }, channel: [['phone', 1]], resolveHours: [100, 100], rootCause: 'Fel i utskicksfilen.',
  }), noticesAware, cast);
  Object.assign(notices.draft, { severity: 2, escalationLevel: 2, assignee: manager });
  fixedTimes(notices.draft, noticesAware, 90);
  specials.push({
    draft: notices.draft,
    path: {
      triageAt: noticesAware + 3 * hourMs, steps: steps(['triaged', noticesAware + 3 * hourMs]), escalations: [],
      notes: [{ at: noticesAware + 26 * hourMs, note: 'Väntar på besked från leverantören om hur många besked som gick till fel mottagare.', actor: manager }],
      tasks: [{ title: 'Begär lista över felaktiga utskick från leverantören', owner: cast.chefOf('ifo'), at: noticesAware + 3 * hourMs, due: noticesAware + 48 * hourMs, doneAt: null }], reports: [],
    },
  });

  specials.push(supplierMajor(cast, input), powerCut(cast, input), significantAttack(cast, input), employeePhone(cast, input));
  return specials.filter((special) => special.draft.reportedAt <= limit);
}

/** A supplier's total outage, severity 4: setting it asked for a new risk analysis of the object (the risk demo's `major_incident`). */
function supplierMajor(cast: Cast, input: IncidentDemoInput): Special {
  const limit = input.now - 30 * minuteMs;
  const object = input.objects.find((candidate) => candidate.id === input.majorReview?.objectId) ?? cast.object('Trygghetslarm')!;
  const triageAt = input.majorReview?.requestedAt ?? input.now - 20 * dayMs;
  const aware = triageAt - 35 * minuteMs;
  const system = object.systems.find((candidate) => candidate.hosting === 'saas') ?? object.systems[0]!;
  const values = { object: object.name, system: system.name, supplier: system.supplier };
  const outage = fromScenario('supplier_major', scenario({
    objects: [object.name], unit: object.unitKey, title: fill('Totalavbrott i {system}', values),
    description: fill('{system} fungerar inte alls. Leverantören {supplier} har ett totalavbrott i sin plattform. Verksamheten har gått över till reservrutinerna.', values),
    rsit: ['availability', 'outage'], categories: ['software_hardware_disruption', 'blocked_access'], cause: 'system_failure', aspects: ['T'], channel: [['phone', 1]], resolveHours: [4, 4],
    rootCause: fill('Ett fel vid leverantörens byte av nätverksutrustning slog ut både ordinarie och reservdriftplats hos {supplier}.', values),
    lessons: fill('Reservrutinen fungerade men krävde mer personal än planerat. Avtalet med {supplier} ska kräva geografiskt åtskild reservdrift.', values),
  }), aware, cast);
  Object.assign(outage.draft, {
    systemIds: [system.id], severity: 4, escalationLevel: 3, assignee: cast.manager,
    significant: { criteria: ['a'], explanation: fill('a) {system} var helt otillgängligt i nästan fyra timmar för en samhällsviktig verksamhet som bygger på det dygnet runt.', values) },
  });
  fixedTimes(outage.draft, aware, 20);
  const resolved = aware + 4 * hourMs;
  const reports = nis2Reports(cast, aware, limit, true);
  const finalAt = reports.find((report) => report.stage === 'final_report')?.submittedAt ?? null;
  const investigated = aware + 9 * dayMs;
  return {
    draft: outage.draft,
    path: {
      triageAt, escalations: [], reports,
      steps: steps(['triaged', triageAt], ['in_progress', triageAt + 5 * minuteMs], ['resolved', resolved], ...(investigated <= limit ? [['root_cause_found', investigated] as const] : []), ...(finalAt !== null ? [['closed', finalAt + dayMs] as const] : [])).filter((step) => step.at <= limit),
      notes: [
        { at: triageAt + 10 * minuteMs, note: fill('Riskanalysen för {object} är markerad för omprövning efter incidenten.', values), actor: cast.manager },
        { at: aware + 2 * hourMs, note: fill('{supplier} räknar med att vara i drift igen inom två timmar. Extra personal är inkallad.', values), actor: cast.manager },
      ],
      tasks: [{ title: fill('Begär incidentrapport från {supplier}', values), owner: cast.manager, at: triageAt + 15 * minuteMs, due: aware + 7 * dayMs, doneAt: Math.min(aware + 6 * dayMs, limit) }],
    },
  };
}

/** The first winter's power cut in the server hall, before cybersäkerhetslagen applied. */
function powerCut(cast: Cast, input: IncidentDemoInput): Special {
  const at = onDay(input.now - 668 * dayMs, 6, 40);
  const cut = fromScenario('outage', scenario({
    unit: 'it-drift', objects: ['Serverdrift och virtualisering', 'Nätverk och brandväggar'], title: 'Strömavbrott i serverhallen: alla egendriftade system nere',
    description: 'Strömmen i kommunhuset gick 06:40 och reservkraften startade inte. Alla egendriftade system och nätet till verksamheterna är nere.',
    rsit: ['availability', 'outage'], categories: ['operating_environment_disruption', 'blocked_access'], cause: 'system_failure', aspects: ['T'], channel: [['technical_alarm', 1]],
    resolveHours: [7, 7], tasks: ['Kontrollera att alla system startat och att inga data gått förlorade', 'Beställ service och provkörning av reservkraften'],
    rootCause: 'Reservkraftaggregatet startade inte eftersom startbatteriet var urladdat; det hade inte provkörts på över ett år.',
    lessons: 'Reservkraften provkörs varje månad med last och larmar vid fel. Serverhallen får en UPS som räcker tills reservkraften tagit över.',
  }), at, cast);
  Object.assign(cut.draft, { severity: 4, escalationLevel: 3, assignee: cast.itChief });
  return { draft: cut.draft, path: ordinaryPath(cut, cast) };
}

/** The largest of the spring's overload attacks, significant under the new law, every NIS2 report made. */
function significantAttack(cast: Cast, input: IncidentDemoInput): Special {
  const at = Math.max(onDay(input.now - 255 * dayMs, 9, 15), cybersecurityActInForce + 30 * dayMs);
  const attack = fromScenario('ddos', ddos, at, cast);
  Object.assign(attack.draft, {
    title: 'Överbelastningsattack: e-tjänsterna nere i två dygn', severity: 3, escalationLevel: 3, assignee: cast.manager,
    significant: { criteria: ['a'], explanation: 'a) Kommunens e-tjänster och webbplats var otillgängliga eller mycket långsamma i två dygn.' },
  });
  const ordinary: Ordinary = { ...attack, resolveHours: [46, 50] };
  const path = ordinaryPath(ordinary, cast);
  path.reports.push(...nis2Reports(cast, attack.draft.awareAt, input.now - 30 * minuteMs, path.steps.some((step) => step.status === 'resolved')));
  return { draft: attack.draft, path };
}

/** employee@'s phone left on the bus: her own report, handled and closed. */
function employeePhone(cast: Cast, input: IncidentDemoInput): Special {
  const phone = fromScenario('lost', lostThings.find((thing) => thing.title.startsWith('Tjänstetelefon'))!, onDay(input.now - 40 * dayMs, 7, 50), cast);
  Object.assign(phone.draft, { reporter: cast.employee, orgUnitId: cast.unitId(cast.employee.unitKey), channel: 'web_form', reportedAt: phone.draft.awareAt });
  phone.tasks = phone.tasks.map((task) => ({ ...task, owner: cast.pick(cast.support) }));
  return { draft: phone.draft, path: ordinaryPath(phone, cast) };
}
