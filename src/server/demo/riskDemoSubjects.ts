import { randomUUID } from 'node:crypto';
import type { Profile } from '../../shared/classification/profile.js';
import type { AnalysisStatus, AnalysisTrigger } from '../../shared/risk/analysis.js';
import type { riskAnalyses } from '../db/schema/risk.js';
import { exempelkommunTree, type DemoUnit } from './orgTrees.js';
import { ownerLoginObjects, parentsOf, type DemoPerson } from './registerOwners.js';
import { objectPurposes, pendingExtreme, specialSubjects } from './riskDemoTexts.js';

/**
 * Which of Exempelkommun's subjects have a risk analysis, in which state, when, and who took
 * part: about 70 förvaltningsobjekt, a few systems, processes and org units. Pure and seeded,
 * so every demo load tells the same story (dates count back from `now`).
 */

export interface RiskDemoObject {
  id: string;
  name: string;
  unitKey: string;
  orgUnitId: string;
  critical: boolean;
  /** The maximum of the object's information sets as written in the demo content. */
  profile: Profile;
  ownerId: string | null;
  /** Informationsägare, förvaltningsledare and systemförvaltare on the object (not the owner). */
  helperIds: string[];
  systems: Array<{ id: string; name: string; hosting: string }>;
}

export interface RiskDemoInput {
  tenantId: string;
  objects: RiskDemoObject[];
  people: DemoPerson[];
  unitIds: Map<string, string>;
  cisoId: string;
  now: number;
  random: () => number;
}

export type Hosting = 'own' | 'external';

export interface PlannedAnalysis {
  row: typeof riskAnalyses.$inferInsert & { id: string };
  status: AnalysisStatus;
  objectId: string | null;
  profile: Profile;
  critical: boolean;
  /** The unit's key and every key above it, for where a threat is relevant. */
  units: Set<string>;
  hosting: Set<Hosting>;
  /** Threat codes and own-risk keys the analysis always covers. */
  focus: readonly string[];
  riskOwnerId: string;
  /** The förvaltning's chef, who signs acceptances of high risks. */
  lineManagerId: string;
  /** People who own actions: the object's roles, or staff of the unit. */
  doerIds: string[];
  analysisDate: number | null;
  approvedAt: number | null;
  pendingExtreme: boolean;
}

export const objectAnalysisCount = 70;
/** Besides the fixed ones below; with the special subjects about 81 analyses. */
const statusDeck: Record<AnalysisStatus, number> = { approved: 56, done: 6, in_progress: 11, planned: 8 };
const fixedStatus: Record<string, AnalysisStatus> = {
  'Placeringar i familjehem och HVB': 'planned',
  Familjerätt: 'in_progress',
  'Kvalitet och avvikelser i socialtjänsten': 'approved',
  'Mottagande av nyanlända': 'approved',
  'Budget- och skuldrådgivning': 'approved',
  [pendingExtreme.objectName]: 'done',
  'Utbetalning av försörjningsstöd': 'approved',
  hemtjanst: 'in_progress',
};
/** owner@'s object whose yearly analysis is overdue (its classification has expired too). */
const overdueOwnerObject = 'Kvalitet och avvikelser i socialtjänsten';
const triggers: AnalysisTrigger[] = ['major_incident', 'new_integration', 'procurement'];
/** How far along each förvaltning is with risk analysis (IT and Socialförvaltningen furthest). */
const groupWeight: Record<string, number> = { sof: 0.9, it: 0.9, vof: 0.8, klf: 0.6, tkf: 0.5, buf: 0.5, bostader: 0.4, energi: 0.4, sbf: 0.3, mf: 0.3, kff: 0.2 };

export const dayMs = 86_400_000;
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const iso = (ms: number) => new Date(ms).toISOString();
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

const parents = parentsOf(exempelkommunTree);
const unitsByKey = new Map<string, DemoUnit>();
const collect = (units: DemoUnit[]): void => units.forEach((unit) => (unitsByKey.set(unit.key, unit), collect(unit.children ?? [])));
collect(exempelkommunTree);

/** The unit's key and all its ancestors' keys. */
export function unitChain(unitKey: string): Set<string> {
  const chain = new Set<string>();
  for (let key: string | undefined = unitKey; key; key = parents.get(key)?.key) chain.add(key);
  if (['it', 'it-drift', 'it-support'].includes(unitKey)) chain.add('it');
  return chain;
}

function forvaltningOf(unitKey: string): string {
  for (const key of unitChain(unitKey)) if (['forvaltning', 'bolag'].includes(unitsByKey.get(key)?.type ?? '')) return key;
  return 'klf';
}

function groupOf(unitKey: string): string {
  const chain = unitChain(unitKey);
  return chain.has('it') ? 'it' : forvaltningOf(unitKey);
}

export function planAnalyses(input: RiskDemoInput): PlannedAnalysis[] {
  const { objects, people, random, now } = input;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const staff = people.filter((person) => !person.login && person.active);
  /** Staff of the unit, or of the nearest unit above it that has some. */
  const staffOf = (unitKey: string) => {
    for (const key of [unitKey === 'revision' ? 'kansli' : unitKey, ...unitChain(unitKey)]) {
      const found = staff.filter((person) => person.unitKey === key);
      if (found.length > 0) return found;
    }
    return staff;
  };
  const chefOf = (unitKey: string) => staffOf(unitKey).find((person) => person.chef) ?? staffOf('klf').find((person) => person.chef)!;
  const itStaff = staffOf('it-drift');

  const must = new Set([...Object.keys(ownerLoginObjects), pendingExtreme.objectName]);
  const chosen = objects
    .map((object) => ({ object, priority: (must.has(object.name) ? 10 : 0) + (object.critical ? 2 : 0) + (groupWeight[groupOf(object.unitKey)] ?? 0.3) + random() }))
    .sort((a, b) => b.priority - a.priority)
    .slice(0, objectAnalysisCount)
    .map((entry) => entry.object);

  interface Subject {
    key: string;
    kind: 'object' | 'system' | 'process' | 'org_unit';
    unitKey: string;
    orgUnitId: string;
    object: RiskDemoObject | null;
    systemId: string | null;
    processName: string | null;
    title: (year: number) => string;
    purpose: string;
    profile: Profile;
    focus: readonly string[];
  }
  const subjects: Subject[] = chosen.map((object) => ({
    key: object.name, kind: 'object', unitKey: object.unitKey, orgUnitId: object.orgUnitId, object, systemId: null, processName: null,
    title: (year) => `Riskanalys ${object.name} ${year}`, purpose: pick(objectPurposes).replace('{object}', object.name), profile: object.profile,
    focus: object.name === pendingExtreme.objectName ? [pendingExtreme.threatCode] : [],
  }));
  for (const special of specialSubjects) {
    const object = special.kind === 'system' ? objects.find((candidate) => candidate.systems.some((system) => system.name === special.name))! : null;
    subjects.push({
      key: special.name, kind: special.kind, unitKey: special.unit, orgUnitId: object?.orgUnitId ?? input.unitIds.get(special.unit)!, object,
      systemId: object?.systems.find((system) => system.name === special.name)!.id ?? null, processName: special.kind === 'process' ? special.name : null,
      title: () => special.title, purpose: special.purpose, profile: special.profile ?? object!.profile, focus: special.focus,
    });
  }

  // Statuses: the fixed ones, then a shuffled deck for the rest.
  const deck = Object.entries(statusDeck).flatMap(([status, count]) => Array<AnalysisStatus>(count).fill(status as AnalysisStatus));
  for (const status of Object.values(fixedStatus)) deck.splice(deck.indexOf(status), 1);
  for (let i = deck.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [deck[i], deck[j]] = [deck[j], deck[i]];
  }
  const planned = subjects.map((subject): PlannedAnalysis => {
    const status = fixedStatus[subject.key] ?? deck.pop() ?? 'approved';
    const owner = subject.object?.ownerId ? people.find((person) => person.id === subject.object!.ownerId)! : chefOf(subject.unitKey);
    const unitStaff = staffOf(subject.unitKey).filter((person) => person.id !== owner.id);
    const helpers = subject.object?.helperIds ?? [];
    const lead = random() < 0.3 ? input.cisoId : (helpers[0] ?? pick(unitStaff).id);
    const participants = [...new Set([...helpers.slice(lead === helpers[0] ? 1 : 0, 3), pick(itStaff).id, pick(unitStaff).id])].filter((id) => id !== lead && id !== owner.id).slice(0, between(2, 4));

    let analysisDate: number | null = null;
    let approvedAt: number | null = null;
    let createdAt: number;
    if (status === 'approved') {
      const daysAgo = subject.key === overdueOwnerObject ? 430 : random() < 0.75 ? between(15, 365) : between(366, 700);
      approvedAt = now - daysAgo * dayMs + between(8, 15) * 3_600_000 - (now % dayMs);
      analysisDate = approvedAt - between(7, 35) * dayMs;
      createdAt = analysisDate - between(14, 40) * dayMs;
    } else if (status === 'done') {
      analysisDate = now - between(20, 70) * dayMs;
      createdAt = analysisDate - between(14, 40) * dayMs;
    } else if (status === 'in_progress') {
      analysisDate = now - between(5, 60) * dayMs;
      createdAt = analysisDate - between(10, 30) * dayMs;
    } else {
      analysisDate = random() < 0.75 ? now + between(10, 90) * dayMs : null;
      createdAt = now - between(5, 60) * dayMs;
    }
    const nextDue = approvedAt === null ? null : addMonths(approvedAt, 12);
    const year = new Date(analysisDate ?? now).getUTCFullYear();
    const id = randomUUID();
    const row: PlannedAnalysis['row'] = {
      id, tenantId: input.tenantId, orgUnitId: subject.orgUnitId, subjectKind: subject.kind, objectId: subject.object?.id ?? null, systemId: subject.systemId,
      processName: subject.processName, title: subject.title(year), purpose: subject.purpose, riskOwnerId: owner.id, leadId: lead, participantIds: participants,
      analysisDate: analysisDate === null ? null : isoDate(analysisDate), status, approvedAt: approvedAt === null ? null : iso(approvedAt), approvedBy: approvedAt === null ? null : owner.id,
      nextDueDate: nextDue === null ? null : isoDate(nextDue), reviewTrigger: null, reviewRequestedAt: null,
      createdAt: iso(createdAt), updatedAt: iso(Math.max(createdAt, approvedAt ?? 0)),
    };
    const hosting = new Set<Hosting>(
      subject.kind === 'process' || subject.kind === 'org_unit'
        ? ['own', 'external']
        : (subject.kind === 'system' ? subject.object!.systems.filter((system) => system.id === subject.systemId) : subject.object!.systems).map((system) => (['saas', 'cloud'].includes(system.hosting) ? 'external' : 'own')),
    );
    return {
      row, status, objectId: subject.object?.id ?? null, profile: subject.profile, critical: subject.object?.critical ?? true, units: unitChain(subject.unitKey), hosting,
      focus: subject.focus, riskOwnerId: owner.id, lineManagerId: chefOf(forvaltningOf(subject.unitKey)).id,
      doerIds: [...new Set([...helpers, owner.id, ...(subject.unitKey === 'it-drift' ? [] : [pick(itStaff).id])])], analysisDate, approvedAt,
      pendingExtreme: subject.key === pendingExtreme.objectName,
    };
  });

  // A few recent approvals were overtaken by events that call for a new analysis now.
  const eligible = planned.filter((analysis) => analysis.row.subjectKind === 'object' && analysis.approvedAt !== null && analysis.approvedAt > now - 300 * dayMs && analysis.approvedAt < now - 60 * dayMs);
  for (const trigger of triggers) {
    const [analysis] = eligible.splice(Math.floor(random() * eligible.length), 1);
    if (!analysis) break;
    const at = now - between(10, 50) * dayMs;
    Object.assign(analysis.row, { reviewTrigger: trigger, reviewRequestedAt: iso(at), nextDueDate: isoDate(at), updatedAt: iso(at) });
  }
  return planned;
}
