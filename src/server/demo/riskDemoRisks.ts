import { randomUUID } from 'node:crypto';
import type { ActionStatus } from '../../shared/actions.js';
import { aspects as allAspects, type Aspect } from '../../shared/classification/aspects.js';
import { defaultAcceptanceRules, type AcceptanceCapacity } from '../../shared/risk/acceptance.js';
import type { RiskStatus, Treatment } from '../../shared/risk/analysis.js';
import { defaultRiskMatrix, riskLevels, scoreRisk, type RiskLevel } from '../../shared/risk/matrix.js';
import { threatCatalogue } from '../../shared/risk/threatCatalogue.js';
import type { ThreatOrigin } from '../../shared/risk/threatOrigins.js';
import type { actions } from '../db/schema/actions.js';
import type { riskAcceptances, riskLevelHistory, risks } from '../db/schema/risk.js';
import { randomChoices } from './names.js';
import { avoidable, threatUse, transferable, type ThreatUse } from './riskDemoContent.js';
import { addMonths, dayMs, iso, isoDate, type PlannedAnalysis, type RiskDemoInput } from './riskDemoSubjects.js';
import { acceptReasons, avoidRationales, levelWords, ownRisks, pendingExtreme, reduceRationales, transferRationales } from './riskDemoTexts.js';

/**
 * The risks of each planned analysis, scored on the MSB default matrix, with treatments,
 * residual levels, acceptances (some expired, one extreme waiting for its second signature),
 * reduction actions in the shared action model, and each risk's level history.
 */

export interface PlannedRisks {
  risks: Array<typeof risks.$inferInsert & { id: string }>;
  acceptances: Array<typeof riskAcceptances.$inferInsert>;
  actions: Array<typeof actions.$inferInsert>;
  history: Array<typeof riskLevelHistory.$inferInsert>;
}

interface Candidate {
  key: string;
  threatCode: string | null;
  origin: ThreatOrigin;
  aspects: readonly Aspect[];
  text: { title: string; cause: string; event: string; consequence: string };
  use: ThreatUse;
}

const candidates: Candidate[] = [
  ...threatCatalogue.map((threat) => ({ key: threat.code, threatCode: threat.code, origin: threat.origin, aspects: threat.aspects, text: threat.sv, use: threatUse[threat.code]! })),
  ...ownRisks.map((own) => ({ key: own.key, threatCode: null, origin: own.origin, aspects: own.aspects, text: own, use: own })),
];

const treatmentMix: Record<RiskLevel, Array<[Treatment | null, number]>> = {
  low: [['accept', 0.7], ['reduce', 0.1], [null, 0.2]],
  medium: [['reduce', 0.56], ['accept', 0.26], ['transfer', 0.12], ['avoid', 0.06]],
  high: [['reduce', 0.78], ['transfer', 0.1], ['accept', 0.08], ['avoid', 0.04]],
  extreme: [['reduce', 0.9], ['transfer', 0.1]],
};
const risksPerAnalysis = { planned: [0, 0], in_progress: [4, 9], done: [6, 11], approved: [5, 12] } as const;
const doneNotes = ['Genomfört och kontrollerat vid uppföljningen.', 'Infört i hela verksamheten.', 'Klart; rutinen finns i verksamhetens handbok.'];

export function planRisks(analyses: PlannedAnalysis[], input: RiskDemoInput): PlannedRisks {
  const { random, now, tenantId } = input;
  const { pick, between, weighted } = randomChoices(random);
  const clamp = (value: number) => Math.min(4, Math.max(1, value));
  const names = new Map(input.people.map((person) => [person.id, person.name]));
  const out: PlannedRisks = { risks: [], acceptances: [], actions: [], history: [] };

  for (const analysis of analyses) {
    const relevant = (use: ThreatUse) =>
      (!use.where?.units || use.where.units.some((unit) => analysis.units.has(unit))) && (!use.where?.hosting || analysis.hosting.has(use.where.hosting));
    const pool = candidates
      .filter((candidate) => relevant(candidate.use) && !analysis.focus.includes(candidate.key))
      .map((candidate) => ({ candidate, weight: (candidate.use.where ? 2 : 1) * (candidate.threatCode ? 1 : 0.45) }));
    const [low, high] = risksPerAnalysis[analysis.status];
    const chosen = analysis.focus.map((key) => candidates.find((candidate) => candidate.key === key)!);
    for (let count = between(low, high); chosen.length < count && pool.length > 0; ) {
      let roll = random() * pool.reduce((sum, entry) => sum + entry.weight, 0);
      const index = pool.findIndex((entry) => (roll -= entry.weight) < 0);
      chosen.push(pool.splice(index < 0 ? pool.length - 1 : index, 1)[0].candidate);
    }

    const start = analysis.analysisDate ?? now;
    for (const candidate of chosen) {
      const pending = analysis.pendingExtreme && candidate.threatCode === pendingExtreme.threatCode;
      const jitter = weighted([[-1, 0.25], [0, 0.5], [1, 0.25]]);
      const likelihood = pending ? 4 : clamp(candidate.use.likelihood + jitter);
      const exposed = Math.max(1, ...candidate.aspects.map((aspect) => analysis.profile[aspect]));
      const impact = pending ? 4 : clamp(exposed + (candidate.use.impactShift ?? 0) + (random() < (analysis.critical ? 0.35 : 0.15) ? 1 : 0));
      const { score, level } = scoreRisk(defaultRiskMatrix, likelihood, impact);

      const createdAt = Math.min(start + between(0, 1) * dayMs + between(1, 6) * 3_600_000, now - 3_600_000);
      const decided = analysis.status === 'approved' || analysis.status === 'done' || (analysis.status === 'in_progress' && random() < 0.55);
      let treatment: Treatment | null = pending ? 'accept' : decided ? weighted(treatmentMix[level]) : null;
      if ((treatment === 'transfer' && !transferable.has(candidate.key)) || (treatment === 'avoid' && !avoidable.has(candidate.key))) treatment = 'reduce';
      if (treatment && treatment !== 'accept' && likelihood === 1 && impact === 1) treatment = 'accept';
      const treatedAt =
        analysis.approvedAt ?? Math.min(createdAt + between(1, analysis.status === 'done' ? 12 : 5) * dayMs, now - 3_600_000);

      let residual: [number, number] | null = null;
      if (treatment === 'accept') residual = [likelihood, impact];
      if (treatment === 'reduce') residual = likelihood > 1 ? [Math.max(1, likelihood - between(1, 2)), random() < 0.3 ? clamp(impact - 1) : impact] : [1, impact - 1];
      if (treatment === 'transfer') residual = impact > 1 ? [likelihood, impact - 1] : [likelihood - 1, impact];
      if (treatment === 'avoid') residual = [1, clamp(impact - 1)];
      const residualScore = residual ? scoreRisk(defaultRiskMatrix, residual[0], residual[1]) : null;

      let status: RiskStatus = 'open';
      if (treatment === 'reduce') status = 'in_treatment';
      if (treatment === 'transfer') status = random() < 0.5 ? 'closed' : 'in_treatment';
      if (treatment === 'avoid') status = 'closed';
      if (treatment === 'accept' && analysis.approvedAt !== null && !pending) status = 'accepted';

      const id = randomUUID();
      // Reduction actions: a rationale names at least one measure, even before it is an action.
      const actionCount = treatment === 'reduce' ? reduceActionCount(analysis, random) : 0;
      const actionTitles = candidate.use.actions.slice(0, Math.max(1, actionCount));
      let acceptedUntil: string | null = null;
      if (status === 'accepted') {
        const rung = defaultAcceptanceRules[level];
        const [signer, capacity]: [string, AcceptanceCapacity] = rung === 'risk_owner' ? [analysis.riskOwnerId, 'risk_owner'] : [analysis.lineManagerId, 'line_manager'];
        const expires = addMonths(treatedAt, pick([6, 12, 12, 12, 24]));
        acceptedUntil = isoDate(expires);
        out.acceptances.push({
          tenantId, riskId: id, level, rung, reason: pick(acceptReasons[level]), expiresAt: acceptedUntil, status: 'accepted',
          signatures: [{ personId: signer, personName: names.get(signer)!, capacity, signedAt: iso(treatedAt) }], completedAt: iso(treatedAt), createdAt: iso(treatedAt),
          remindedAt: expires - 30 * dayMs < now ? iso(expires - 30 * dayMs) : null,
        });
      }
      if (pending) {
        const signedAt = now - 9 * dayMs;
        out.acceptances.push({
          tenantId, riskId: id, level, rung: defaultAcceptanceRules[level], reason: pendingExtreme.reason, expiresAt: isoDate(addMonths(now, 14)), status: 'pending',
          signatures: [{ personId: input.cisoId, personName: names.get(input.cisoId)!, capacity: 'ciso', signedAt: iso(signedAt) }], completedAt: null, createdAt: iso(signedAt),
        });
      }

      // Overdue when the due date has passed and the action is not done.
      for (const title of candidate.use.actions.slice(0, actionCount)) {
        const due = treatedAt + between(45, 300) * dayMs;
        const actionStatus: ActionStatus =
          due < now
            ? weighted<ActionStatus>([['done', 0.62], ['cancelled', 0.05], ['delayed', 0.13], ['not_started', 0.1], ['at_risk', 0.1]])
            : weighted<ActionStatus>([['not_started', 0.35], ['on_track', 0.45], ['delayed', 0.12], ['done', 0.08]]);
        out.actions.push({
          tenantId, objectId: analysis.objectId, riskId: id, source: 'risk', title, implementation: actionStatus === 'done' ? pick(doneNotes) : '',
          ownerId: pick(analysis.doerIds), dueDate: isoDate(due), status: actionStatus, createdAt: iso(treatedAt), updatedAt: iso(actionStatus === 'done' ? Math.min(due, now - dayMs) : treatedAt),
        });
      }

      // Level history: at creation, when treated, and for some a later re-assessment.
      const rescored = analysis.approvedAt !== null && treatedAt < now - 60 * dayMs && random() < 0.12;
      const firstLevel = rescored ? neighbour(level, random) : level;
      const history: Array<typeof riskLevelHistory.$inferInsert> = [{ tenantId, riskId: id, recordedAt: iso(createdAt), level: firstLevel, residualLevel: null, status: 'open' }];
      if (treatment && status !== 'open') history.push({ tenantId, riskId: id, recordedAt: iso(treatedAt), level: firstLevel, residualLevel: residualScore?.level ?? null, status });
      if (rescored) {
        const from = Math.max(treatedAt + 14 * dayMs, now - 420 * dayMs);
        history.push({ tenantId, riskId: id, recordedAt: iso(from + random() * (now - 3 * dayMs - from)), level, residualLevel: residualScore?.level ?? null, status });
      }
      out.history.push(...history);

      const rationale =
        treatment === 'reduce'
          ? pick(reduceRationales).replace('{actions}', actionTitles.map(lowerFirst).join('; ')).replace('{level}', levelWords[residualScore!.level])
          : treatment === 'transfer'
            ? pick(transferRationales)
            : treatment === 'avoid'
              ? pick(avoidRationales)
              : treatment === 'accept'
                ? pending
                  ? pendingExtreme.rationale
                  : pick(acceptReasons[level])
                : null;
      out.risks.push({
        id, tenantId, analysisId: analysis.row.id, threatCode: candidate.threatCode, title: candidate.text.title, cause: candidate.text.cause, event: candidate.text.event,
        consequence: candidate.text.consequence, threatOrigin: candidate.origin, aspects: allAspects.filter((aspect) => candidate.aspects.includes(aspect)), likelihood, impact, score, level,
        treatment, treatmentRationale: rationale, residualLikelihood: residual?.[0] ?? null, residualImpact: residual?.[1] ?? null, residualScore: residualScore?.score ?? null,
        residualLevel: residualScore?.level ?? null, status, acceptedUntil, createdAt: iso(createdAt), updatedAt: history[history.length - 1].recordedAt,
      });
    }
  }
  return out;
}

/** Approved and finished analyses have decided their actions; analyses in progress rarely yet. */
function reduceActionCount(analysis: PlannedAnalysis, random: () => number): number {
  const roll = random();
  if (analysis.status === 'in_progress') return roll < 0.2 ? 1 : 0;
  return roll < 0.21 ? 1 : roll < 0.26 ? 2 : 0;
}

/** A level one band away, for a risk whose first assessment was later revised. */
function neighbour(level: RiskLevel, random: () => number): RiskLevel {
  const index = riskLevels.indexOf(level);
  if (index === 0) return riskLevels[1];
  if (index === riskLevels.length - 1 || random() < 0.6) return riskLevels[index - 1];
  return riskLevels[index + 1];
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
