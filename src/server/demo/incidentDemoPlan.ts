import { castOf, type Cast } from './incidentDemoCast.js';
import { fromScenario, phishingReport, rejectedReport, type Ordinary } from './incidentDemoKinds.js';
import { assemble, type IncidentDemoInput, type PlannedIncident } from './incidentDemoLifecycle.js';
import { majorIncident } from './incidentDemoMajor.js';
import { ordinaryPath } from './incidentDemoPaths.js';
import { specialIncidents } from './incidentDemoSpecials.js';
import { ddos, otherTechnical, ownOutages, supplierOutage } from './incidentDemoTechTexts.js';
import { lostThings, misdirectedMail, notIncidents, phishingLures } from './incidentDemoTexts.js';
import { dayMs, hourMs, lastWorkday, officeTime, onDay, seasonalDay, stockholmYearOf } from './incidentDemoTime.js';

/**
 * Exempelkommun's incidents over the last two years (issue 5): about 250, in a realistic mix
 * with the seasons, numbered per year of reporting. Pure and seeded, so every load tells the
 * same story; dates count back from `now`.
 */

/** Phishing campaigns come in waves: after New Year, at tax-return time, after the summer, before Christmas. */
const waveDays: Array<[number, number]> = [[1, 22], [4, 14], [9, 9], [11, 20]];
const counts = { phishingSingles: 8, misdirected: 31, lost: 33, supplierOutages: 17, ownOutages: 20, rejected: 10 };
/** Overload attacks in campaigns: [days ago, attacks]. The spring one also has the significant attack (specials). */
const attackCampaigns: Array<[number, number]> = [[610, 4], [255, 4], [45, 3]];

/** Month weights (January first): e-mail slips rise when the substitutes start, things get lost in summer, storms take the winter. */
const season = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  misdirected: [1, 1, 1, 1, 1, 0.9, 0.5, 1.2, 1.3, 1.1, 1, 0.8],
  lost: [0.8, 0.8, 0.9, 1, 1.2, 1.6, 1.7, 1.4, 1, 0.9, 1, 1.4],
  outage: [1.5, 1.3, 1, 0.9, 0.9, 1, 1.2, 1, 0.9, 1.2, 1.4, 1.5],
};
const lostMix: Array<[number, number]> = [[0, 6], [1, 6], [2, 7], [3, 4], [4, 3], [5, 3], [6, 3], [7, 1], [8, 1]].map(([index, weight]) => [index!, weight! / 34]);

export function planIncidents(input: IncidentDemoInput): PlannedIncident[] {
  const cast = castOf(input);
  const ordinaries = ordinaryIncidents(cast);
  giveEmployeeAWaveReport(ordinaries, cast);
  const planned = [
    ...ordinaries.map((ordinary) => assemble(ordinary.draft, ordinaryPath(ordinary, cast), input, cast.manager)),
    ...specialIncidents(cast, input).map((special) => assemble(special.draft, special.path, input, cast.manager)),
  ];
  const major = majorIncident(cast);
  planned.push(assemble(major.draft, major.path, input, cast.manager));
  return numbered(planned);
}

function ordinaryIncidents(cast: Cast): Ordinary[] {
  const { now, between, pick, weighted, random } = cast;
  const from = now - 725 * dayMs;
  const to = now - 6 * hourMs;
  const out: Ordinary[] = [];
  // Office hours move a weekend day to Monday: never past `to`.
  const day = (weights: readonly number[]) => seasonalDay(from, to - 3 * dayMs, weights, random);
  const anyHour = (at: number) => Math.min(onDay(at, between(0, 23), between(0, 59)), to);

  let wave = 0;
  const thisYear = stockholmYearOf(now);
  for (const year of [thisYear - 2, thisYear - 1, thisYear]) {
    for (const [month, date] of waveDays) {
      const start = onDay(Date.UTC(year, month - 1, date, 12), 7, between(0, 50));
      if (start < from || start > now - 2 * dayMs) continue;
      const lure = phishingLures[wave % phishingLures.length]!;
      const size = between(5, 12);
      for (let report = 0; report < size; report += 1) {
        const offset = report < size * 0.6 ? random() * 10 * hourMs : between(1, 3) * dayMs + random() * 9 * hourMs;
        out.push(phishingReport(lure, Math.min(start + offset, to), cast, wave));
      }
      wave += 1;
    }
  }
  for (let n = 0; n < counts.phishingSingles; n += 1) out.push(phishingReport(pick(phishingLures), officeTime(day(season.flat), random), cast));
  for (let n = 0; n < counts.misdirected; n += 1) out.push(fromScenario('misdirected', pick(misdirectedMail), officeTime(day(season.misdirected), random), cast));
  for (let n = 0; n < counts.lost; n += 1) out.push(fromScenario('lost', lostThings[weighted(lostMix)]!, officeTime(day(season.lost), random), cast));
  for (let n = 0; n < counts.supplierOutages; n += 1) out.push(fromScenario('outage', supplierOutage, officeTime(day(season.outage), random), cast, 'saas'));
  for (let n = 0; n < counts.ownOutages; n += 1) {
    const at = day(season.outage);
    out.push(fromScenario('outage', pick(ownOutages), random() < 0.6 ? officeTime(at, random) : anyHour(at), cast, 'own'));
  }
  for (const [daysAgo, attacks] of attackCampaigns) {
    for (let n = 0; n < attacks; n += 1) out.push(fromScenario('ddos', ddos, Math.min(anyHour(now - (daysAgo - between(0, 4)) * dayMs), to), cast));
  }
  const kinds = ['account', 'malware', 'snooping', 'fraud', 'vulnerability', 'login_attempts'] as const;
  otherTechnical.forEach((scenario, index) => {
    for (let n = 0; n < scenario.count; n += 1) {
      const at = day(season.flat);
      out.push(fromScenario(kinds[index]!, scenario, kinds[index] === 'login_attempts' ? anyHour(at) : officeTime(at, random), cast));
    }
  });
  for (let n = 0; n < counts.rejected; n += 1) out.push(rejectedReport(notIncidents[n % notIncidents.length]!, officeTime(day(season.flat), random), cast));
  return [...out, ...freshReports(cast)];
}

/** Reports from the last working day, some not yet triaged: the incident manager's inbox this morning. */
function freshReports(cast: Cast): Ordinary[] {
  const workday = lastWorkday(cast.now);
  const fresh = [
    { ...fromScenario('outage', supplierOutage, onDay(workday, 8, 15), cast, 'saas'), waits: 2 },
    { ...fromScenario('lost', lostThings[0]!, onDay(workday, 10, 20), cast), waits: 1 },
    { ...phishingReport(cast.pick(phishingLures), onDay(workday, 13, 5), cast), waits: 0 },
    { ...fromScenario('misdirected', cast.pick(misdirectedMail), onDay(workday, 15, 40), cast), waits: 0 },
  ];
  return fresh.filter((ordinary) => ordinary.draft.reportedAt < cast.now - hourMs);
}

/** employee@ reported the first mail of the latest phishing wave that is a few days old. */
function giveEmployeeAWaveReport(ordinaries: Ordinary[], cast: Cast) {
  const waves = ordinaries.filter((ordinary) => ordinary.wave !== undefined && ordinary.draft.awareAt < cast.now - 3 * dayMs);
  const latest = Math.max(...waves.map((ordinary) => ordinary.wave!));
  const report = waves.find((ordinary) => ordinary.wave === latest && !ordinary.tasks.length);
  if (!report) return;
  Object.assign(report.draft, { reporter: cast.employee, orgUnitId: cast.unitId(cast.employee.unitKey), channel: 'web_form', reportedAt: report.draft.awareAt });
}

/** `year` is the Stockholm year of reporting; serials count up per year in reporting order. */
function numbered(planned: PlannedIncident[]): PlannedIncident[] {
  planned.sort((a, b) => Date.parse(a.row.createdAt!) - Date.parse(b.row.createdAt!));
  const serials = new Map<number, number>();
  for (const incident of planned) {
    const year = stockholmYearOf(Date.parse(incident.row.createdAt!));
    const serial = (serials.get(year) ?? 0) + 1;
    serials.set(year, serial);
    Object.assign(incident.row, { year, serial });
  }
  return planned;
}
