import type { ReportChannel } from '../../shared/incident/taxonomy.js';
import type { Cast } from './incidentDemoCast.js';
import type { DemoKind, Draft, IncidentDemoObject } from './incidentDemoLifecycle.js';
import type { Scenario } from './incidentDemoScenario.js';
import { phishingClickedDescription, phishingClickedNotes, phishingDescriptions, phishingLessons, phishingNotes, phishingReportTitles, phishingRootCause, type PhishingLure } from './incidentDemoTexts.js';
import { dayMs, hourMs, minuteMs, nextWorking, stockholmYearOf } from './incidentDemoTime.js';
import type { DemoPerson } from './registerOwners.js';

/**
 * Turns a scenario (or a phishing lure) and the moment it happened into a draft incident with
 * its reporter, times, classification and handling hints, for the ordinary path to play out.
 */

export type GdprPlan = 'on_time' | 'late' | 'waived';

export interface Ordinary {
  draft: Draft;
  resolveHours: [number, number];
  tasks: Array<{ title: string; owner: DemoPerson | null }>;
  notes: Array<{ note: string; actor: DemoPerson }>;
  rejectReason: string | null;
  gdprPlan: GdprPlan | null;
  /** Alarms and attacks are triaged within the hour; everything else in office hours. */
  urgent: boolean;
  /** A phishing wave's index, so a report in it can be employee@'s. */
  wave?: number;
  /** How many steps of the flow it has taken by now (0: not yet triaged); absent: as time allows. */
  waits?: number;
}

/** How the times of an event relate: a mail that arrives, something found later, noticed at once, an alarm, a log review. */
export type Timing = 'mail' | 'later' | 'soon' | 'alarm' | 'log';

const journalObjects = ['Journalsystem för kommunal hälso- och sjukvård', 'Verksamhetssystem IFO', 'Verksamhetssystem vård och omsorg', 'Elevhälsans journaler'];
const technical = new Set<DemoKind>(['outage', 'ddos', 'malware', 'vulnerability', 'login_attempts', 'account']);
const defaultChannels: Array<[ReportChannel, number]> = [['web_form', 0.86], ['phone', 0.09], ['servicedesk', 0.05]];

export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

/** `{object}`: a register object with a system of the wanted kind; `{records}`: one holding case or health records. */
function resolveObjects(scenario: Scenario, flavour: 'saas' | 'own' | 'any', cast: Cast) {
  let templated: { object: IncidentDemoObject; system: IncidentDemoObject['systems'][number] } | null = null;
  const objects: IncidentDemoObject[] = [];
  for (const name of scenario.objects ?? []) {
    if (name === '{object}') {
      const fits = (hosting: string) => (flavour === 'any' ? true : flavour === 'saas' ? hosting === 'saas' : hosting === 'on_premises' || hosting === 'shared_operations');
      const candidates = cast.objects.filter((object) => object.systems.some((system) => fits(system.hosting)));
      const weighted = candidates.flatMap((object) => (object.critical ? [object, object, object] : [object]));
      const object = cast.pick(weighted);
      templated = { object, system: cast.pick(object.systems.filter((system) => fits(system.hosting))) };
      objects.push(object);
    } else if (name === '{records}') {
      const object = cast.object(cast.pick(journalObjects));
      if (object) objects.push(object);
    } else {
      const object = cast.object(name);
      if (object) objects.push(object);
    }
  }
  return { objects, templated };
}

/** The times of one event around `at`: occurred ≤ detected ≤ aware ≤ reported. */
export function timesOf(timing: Timing, at: number, channel: ReportChannel, cast: Cast) {
  const minutes = (low: number, high: number) => cast.between(low, high) * minuteMs;
  let occurredAt = at;
  let detectedAt = at;
  if (timing === 'mail') detectedAt = at + minutes(2, 120);
  if (timing === 'later') occurredAt = at - minutes(30, 40 * 60);
  if (timing === 'alarm') detectedAt = at + minutes(1, 15);
  if (timing === 'soon') occurredAt = at - minutes(5, 90);
  if (timing === 'log') occurredAt = at - cast.between(7, 60) * dayMs;
  const awareAt = timing === 'alarm' || timing === 'soon' ? detectedAt + minutes(5, 40) : timing === 'mail' ? detectedAt + minutes(0, 20) : nextWorking(detectedAt + minutes(10, 240), cast.random);
  // A report on a weekend evening is not read before Monday, but never after `now`.
  const latest = Math.max(detectedAt, Math.min(awareAt, cast.now - hourMs));
  const reportedAt = channel === 'web_form' ? latest : latest + minutes(5, 30);
  return { occurredAt: Math.min(occurredAt, detectedAt), detectedAt, awareAt: latest, reportedAt };
}

export const policeReference = (cast: Cast, at: number) => `5000-K${cast.between(1_000_000, 9_999_999)}-${String(stockholmYearOf(at)).slice(2)}`;

/** An ordinary incident of `kind` from its scenario, happening at `at`. */
export function fromScenario(kind: DemoKind, scenario: Scenario, at: number, cast: Cast, flavour: 'saas' | 'own' | 'any' = 'any'): Ordinary {
  const { objects, templated } = resolveObjects(scenario, flavour, cast);
  const channel = cast.weighted(scenario.channel ?? defaultChannels);
  const unitKey = scenario.unit ?? (templated ? templated.object.unitKey : objects[0] && kind === 'snooping' ? objects[0].unitKey : null);
  const reporter = channel === 'technical_alarm' ? cast.pick(cast.drift) : cast.pick(unitKey ? cast.staffOf(unitKey) : cast.staff);
  const orgUnitKey = unitKey ?? reporter.unitKey;
  const values = { system: templated?.system.name ?? '', supplier: templated?.system.supplier ?? '', object: templated?.object.name ?? '' };
  const timing: Timing = kind === 'snooping' ? 'log' : channel === 'technical_alarm' || kind === 'ddos' ? 'alarm' : kind === 'outage' ? 'soon' : 'later';
  const times = timesOf(timing, at, channel, cast);
  const severity = cast.weighted(scenario.severity);
  const assignee = technical.has(kind) ? (cast.random() < 0.65 ? cast.pick(cast.itTeam) : cast.manager) : cast.random() < 0.75 ? cast.manager : cast.pick(cast.itTeam);
  const people = scenario.personalData ? cast.between(...scenario.personalData.people) : 0;
  const waivable = scenario.personalData?.waivedReason !== undefined;
  const gdprPlan: GdprPlan | null = !scenario.personalData ? null : waivable && cast.random() < 0.8 ? 'waived' : cast.random() < 0.13 ? 'late' : 'on_time';
  const itTask = technical.has(kind) || /lösenord|Spärra|Installera|Ominstallera|loggen|Sök/.test(scenario.tasks?.join(' ') ?? '');
  const draft: Draft = {
    kind, title: fill(scenario.title, values), description: fill(scenario.description, values), channel, reporter, orgUnitId: cast.unitId(orgUnitKey), ...times,
    severity, escalationLevel: severity >= 3 && cast.random() < 0.6 ? 3 : assignee === cast.manager ? 2 : 1,
    rsit: scenario.rsit, categories: scenario.categories, cause: scenario.cause, aspects: scenario.aspects,
    objectIds: objects.map((object) => object.id), systemIds: templated ? [templated.system.id] : [],
    personalData: scenario.personalData ? { people, records: Math.max(people, cast.between(...scenario.personalData.records)) } : null,
    personalDataReported: kind === 'misdirected' || (scenario.personalData !== undefined && cast.random() < 0.5),
    gdprWaivedReason: gdprPlan === 'waived' ? scenario.personalData!.waivedReason! : null, significant: null,
    crimeSuspected: scenario.crime ?? false, policeReportRef: scenario.crime ? policeReference(cast, times.awareAt) : null, assignee,
    rootCause: fill(scenario.rootCause, values), lessons: scenario.lessons ? fill(scenario.lessons, values) : null,
  };
  const taskOwner = (title: string) => (itTask && /lösenord|Spärra|Installera|Ominstallera|loggen|Sök|datorn|säkerhetskopia|certifikat/i.test(title) ? cast.pick(cast.itTeam) : cast.random() < 0.5 ? reporter : cast.chefOf(orgUnitKey));
  return {
    draft, resolveHours: scenario.resolveHours, gdprPlan, urgent: timing === 'alarm', rejectReason: null,
    tasks: (scenario.tasks ?? []).filter(() => cast.random() < 0.8).map((title) => ({ title: fill(title, values), owner: taskOwner(title) })),
    notes: (scenario.notes ?? []).filter(() => cast.random() < 0.7).map((note) => ({ note: fill(note, values), actor: assignee })),
  };
}

/** One report of a phishing wave; one in ten clicked and gave away a password. */
export function phishingReport(lure: PhishingLure, at: number, cast: Cast, wave?: number): Ordinary {
  const reporter = cast.pick(cast.staff);
  const clicked = cast.random() < 0.1;
  const channel = cast.random() < 0.94 ? 'web_form' : 'phone';
  const values = { subject: lure.subject, sender: lure.sender, bait: lure.bait };
  const assignee = cast.random() < 0.5 ? cast.manager : cast.pick(cast.support);
  const email = cast.object('E-post och samarbetsverktyg');
  const draft: Draft = {
    kind: 'phishing', title: fill(cast.pick(phishingReportTitles), values), description: fill(clicked ? phishingClickedDescription : cast.pick(phishingDescriptions), values),
    channel, reporter, orgUnitId: cast.unitId(reporter.unitKey), ...timesOf('mail', at, channel, cast), severity: clicked ? 2 : 1, escalationLevel: assignee === cast.manager ? 2 : 1,
    rsit: ['fraud', 'phishing'], categories: ['attack'], cause: 'malicious_human', aspects: clicked ? ['K', 'R'] : ['K'], objectIds: email ? [email.id] : [], systemIds: [],
    personalData: null, personalDataReported: false, gdprWaivedReason: null, significant: null, crimeSuspected: false, policeReportRef: null, assignee,
    rootCause: phishingRootCause, lessons: phishingLessons,
  };
  return {
    draft, resolveHours: clicked ? [1, 8] : [1, 30], gdprPlan: null, urgent: clicked, rejectReason: null, wave,
    tasks: clicked ? [{ title: 'Byt lösenord, logga ut alla sessioner och kontrollera inloggningar', owner: cast.pick(cast.support) }] : [],
    notes: [{ note: clicked ? cast.pick(phishingClickedNotes) : cast.pick(phishingNotes), actor: assignee }],
  };
}

/** A report that is not an incident: rejected at triage with the reason. */
export function rejectedReport(report: { title: string; description: string; reason: string }, at: number, cast: Cast): Ordinary {
  const reporter = cast.pick(cast.staff);
  const draft: Draft = {
    kind: 'rejected', title: report.title, description: report.description, channel: 'web_form', reporter, orgUnitId: cast.unitId(reporter.unitKey), ...timesOf('later', at, 'web_form', cast),
    severity: 1, escalationLevel: 1, rsit: ['other', 'undetermined'], categories: [], cause: 'unknown', aspects: [], objectIds: [], systemIds: [], personalData: null,
    personalDataReported: false, gdprWaivedReason: null, significant: null, crimeSuspected: false, policeReportRef: null, assignee: null, rootCause: null, lessons: null,
  };
  return { draft, resolveHours: [1, 2], tasks: [], notes: [], rejectReason: report.reason, gdprPlan: null, urgent: false };
}
