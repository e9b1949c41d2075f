/**
 * Benchmark data for `npm run bench:risks`: the register of `bench/registerData.ts` (5,000
 * förvaltningsobjekt over 137 org units) with 5,000 risk analyses and 50,000 risks, their
 * treatments, acceptances, reduction actions and level history. Bulk-inserted as the table
 * owner (benchmark data, not user actions), seeded so every run builds the same register.
 * Rows follow what the risk services write: score and level from the default matrix, residual
 * levels for treated risks, an acceptance row per accepted risk, actions with source 'risk'.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { ActionStatus } from '../src/shared/actions.js';
import { defaultAcceptanceRules } from '../src/shared/risk/acceptance.js';
import type { RiskStatus, Treatment } from '../src/shared/risk/analysis.js';
import { defaultRiskMatrix, scoreRisk } from '../src/shared/risk/matrix.js';
import { threatCatalogue } from '../src/shared/risk/threatCatalogue.js';
import { withSystem } from '../src/server/db/context.js';
import type { Database, Tx } from '../src/server/db/database.js';
import { rawRows } from '../src/server/db/rawRows.js';
import * as schema from '../src/server/db/schema/index.js';
import { randomChoices, seededRandom } from '../src/server/demo/names.js';
import { generateRegisterData, type RegisterData } from './registerData.js';

export const riskSize = { objectAnalyses: 4_800, unitAnalyses: 200, risksPerAnalysis: 10 };
const dayMs = 86_400_000;
const treatmentMix: Array<[Treatment | null, number]> = [[null, 0.15], ['reduce', 0.5], ['accept', 0.22], ['transfer', 0.08], ['avoid', 0.05]];

export interface RiskData extends RegisterData {
  analyses: number;
  risks: number;
}

export async function generateRiskData(database: Database, size = riskSize, seed = 4): Promise<RiskData> {
  const register = await generateRegisterData(database);
  const tenantId = register.tenant.tenantId;
  const random = seededRandom(seed);
  const { pick, between, weighted } = randomChoices(random);
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const date = (ms: number) => iso(ms).slice(0, 10);

  const { objects, units, people } = await withSystem(database, async (tx) => ({
    objects: await rawRows<{ id: string; org_unit_id: string; owner_id: string }>(tx, sql`
      select o.id, o.org_unit_id, ra.person_id as owner_id from objects o
      join role_assignments ra on ra.object_id = o.id and ra.role = 'object_owner'
      where o.tenant_id = ${tenantId} order by o.name`),
    units: await rawRows<{ id: string }>(tx, sql`select id from org_units where tenant_id = ${tenantId} and parent_id is not null order by name`),
    people: await rawRows<{ id: string; name: string }>(tx, sql`select id, name from people where tenant_id = ${tenantId} order by email`),
  }));

  const subjects = [
    ...objects.slice(0, size.objectAnalyses).map((object) => ({ kind: 'object', objectId: object.id, orgUnitId: object.org_unit_id, ownerId: object.owner_id })),
    ...Array.from({ length: size.unitAnalyses }, (_, u) => ({ kind: u % 2 ? 'process' : 'org_unit', objectId: null, orgUnitId: pick(units).id, ownerId: pick(people).id })),
  ];
  const names = new Map(people.map((person) => [person.id, person.name]));
  const analyses: Array<typeof schema.riskAnalyses.$inferInsert> = [];
  const risks: Array<typeof schema.risks.$inferInsert> = [];
  const acceptances: Array<typeof schema.riskAcceptances.$inferInsert> = [];
  const actions: Array<typeof schema.actions.$inferInsert> = [];
  const history: Array<typeof schema.riskLevelHistory.$inferInsert> = [];

  subjects.forEach((subject, a) => {
    const id = randomUUID();
    const approved = random() < 0.7;
    const analysedAt = now - between(10, 700) * dayMs;
    const approvedAt = analysedAt + between(7, 30) * dayMs;
    analyses.push({
      id, tenantId, orgUnitId: subject.orgUnitId, subjectKind: subject.kind, objectId: subject.objectId, processName: subject.kind === 'process' ? `Process ${a + 1}` : null,
      title: `Riskanalys ${a + 1}`, purpose: 'Årlig riskanalys enligt kommunens riktlinje.', riskOwnerId: subject.ownerId, leadId: pick(people).id,
      analysisDate: date(analysedAt), status: approved ? 'approved' : pick(['planned', 'in_progress', 'done']), approvedAt: approved ? iso(approvedAt) : null,
      approvedBy: approved ? subject.ownerId : null, nextDueDate: approved ? date(approvedAt + 365 * dayMs) : null, createdAt: iso(analysedAt - 20 * dayMs),
    });
    for (let r = 0; r < size.risksPerAnalysis; r += 1) {
      const riskId = randomUUID();
      const threat = pick(threatCatalogue);
      const [likelihood, impact] = [weighted([[1, 0.2], [2, 0.35], [3, 0.3], [4, 0.15]]), weighted([[1, 0.15], [2, 0.35], [3, 0.35], [4, 0.15]])];
      const { score, level } = scoreRisk(defaultRiskMatrix, likelihood, impact);
      const treatment = weighted(treatmentMix);
      const residual = treatment === 'reduce' || treatment === 'transfer' ? scoreRisk(defaultRiskMatrix, Math.max(1, likelihood - 1), impact) : treatment ? { score, level } : null;
      const createdAt = analysedAt + between(0, 2) * dayMs;
      const treatedAt = Math.min(createdAt + between(1, 60) * dayMs, now - dayMs);
      let status: RiskStatus = treatment === 'reduce' || treatment === 'transfer' ? 'in_treatment' : treatment === 'avoid' ? 'closed' : 'open';
      let acceptedUntil: string | null = null;
      if (treatment === 'accept' && level !== 'extreme') {
        status = 'accepted';
        acceptedUntil = date(treatedAt + 365 * dayMs);
        acceptances.push({
          tenantId, riskId, level, rung: defaultAcceptanceRules[level], reason: 'Risken accepteras.', expiresAt: acceptedUntil, status: 'accepted',
          signatures: [{ personId: subject.ownerId, personName: names.get(subject.ownerId)!, capacity: 'risk_owner', signedAt: iso(treatedAt) }], completedAt: iso(treatedAt), createdAt: iso(treatedAt),
        });
      }
      risks.push({
        id: riskId, tenantId, analysisId: id, threatCode: threat.code, title: threat.sv.title, cause: threat.sv.cause, event: threat.sv.event, consequence: threat.sv.consequence,
        threatOrigin: threat.origin, aspects: [...threat.aspects], likelihood, impact, score, level, treatment, treatmentRationale: treatment ? 'Beslutat av analysgruppen.' : null,
        residualLikelihood: residual ? Math.max(1, treatment === 'reduce' || treatment === 'transfer' ? likelihood - 1 : likelihood) : null, residualImpact: residual ? impact : null,
        residualScore: residual?.score ?? null, residualLevel: residual?.level ?? null, status, acceptedUntil, createdAt: iso(createdAt), updatedAt: iso(treatment ? treatedAt : createdAt),
      });
      history.push({ tenantId, riskId, recordedAt: iso(createdAt), level, residualLevel: null, status: 'open' });
      if (treatment) history.push({ tenantId, riskId, recordedAt: iso(treatedAt), level, residualLevel: residual?.level ?? null, status });
      if (treatment === 'reduce') {
        for (let n = weighted([[0, 0.3], [1, 0.45], [2, 0.25]]); n > 0; n -= 1) {
          const due = treatedAt + between(30, 400) * dayMs;
          const actionStatus: ActionStatus = due < now ? weighted([['done', 0.7], ['delayed', 0.15], ['not_started', 0.15]]) : pick(['not_started', 'on_track', 'delayed'] as const);
          actions.push({ tenantId, objectId: subject.objectId, riskId, source: 'risk', title: `Åtgärd mot ${threat.sv.title.toLowerCase()}`, ownerId: subject.ownerId, dueDate: date(due), status: actionStatus, createdAt: iso(treatedAt) });
        }
      }
    }
  });

  await withSystem(database, async (tx) => {
    await insertInChunks(tx, schema.riskAnalyses, analyses);
    await insertInChunks(tx, schema.risks, risks);
    await insertInChunks(tx, schema.riskAcceptances, acceptances);
    await insertInChunks(tx, schema.riskLevelHistory, history);
    await insertInChunks(tx, schema.actions, actions);
  });
  // Fresh statistics and visibility maps, as autovacuum would have them on a register this size.
  await database.db.execute(sql`vacuum analyze risk_analyses, risks, risk_acceptances, risk_level_history, actions`);
  return { ...register, analyses: analyses.length, risks: risks.length };
}

/** Multi-row inserts, sized to stay well under PostgreSQL's 65,535 parameters per statement. */
async function insertInChunks<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][], chunk = 1_000) {
  for (let start = 0; start < rows.length; start += chunk) await tx.insert(table).values(rows.slice(start, start + chunk));
}
