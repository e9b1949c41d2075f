import { describe, expect, it } from 'vitest';
import { maximumProfile } from '../../shared/classification/profile.js';
import { defaultRiskMatrix, scoreRisk } from '../../shared/risk/matrix.js';
import { seededRandom } from './names.js';
import { exempelkommunTree, type DemoUnit } from './orgTrees.js';
import { demoObjects } from './registerContent.js';
import type { DemoPerson } from './registerOwners.js';
import { planRisks } from './riskDemoRisks.js';
import { planAnalyses, type RiskDemoInput } from './riskDemoSubjects.js';

const now = Date.parse('2026-06-15T10:00:00Z');

/** The demo's shape without a database: staff per unit as in the org tree, one owner per object. */
function demoInput(seed = 201): RiskDemoInput {
  const people: DemoPerson[] = [];
  const unitIds = new Map<string, string>();
  const walk = (units: DemoUnit[]): void =>
    units.forEach((unit) => {
      unitIds.set(unit.key, `unit-${unit.key}`);
      for (let n = 0; n < unit.staff; n += 1) people.push({ id: `p-${unit.key}-${n}`, name: `Person ${unit.key} ${n}`, email: `${unit.key}${n}@x.se`, unitKey: unit.key, chef: n === 0, login: false, active: true });
      walk(unit.children ?? []);
    });
  walk(exempelkommunTree);
  people.push({ id: 'ciso', name: 'Karin Ekström', email: 'ciso@exempelkommun.se', unitKey: 'klf', chef: false, login: true, active: true });
  const objects = demoObjects.map((object, o) => {
    const staff = people.filter((person) => person.unitKey === object.unit);
    return {
      id: `o-${o}`, name: object.name, unitKey: object.unit, orgUnitId: `unit-${object.unit}`, critical: object.critical,
      profile: maximumProfile(object.informationSets.map((set) => set.profile)), ownerId: (staff[0] ?? people[0]).id, helperIds: staff.slice(1, 3).map((person) => person.id),
      systems: object.systems.map((system, s) => ({ id: `s-${o}-${s}`, name: system.name, hosting: system.hosting })),
    };
  });
  return { tenantId: 'tenant', objects, people, unitIds, cisoId: 'ciso', now, random: seededRandom(seed) };
}

function plan(seed?: number) {
  const input = demoInput(seed);
  const analyses = planAnalyses(input);
  return { analyses, ...planRisks(analyses, input) };
}

/** Everything but the generated ids. */
const withoutIds = (value: unknown) => JSON.stringify(value, (key, field) => (['id', 'riskId', 'analysisId'].includes(key) ? undefined : field));

describe("the risk demo's plan", () => {
  it('is the same on every load', () => {
    const [first, second] = [plan(), plan()];
    expect(withoutIds(first.analyses.map((analysis) => analysis.row))).toBe(withoutIds(second.analyses.map((analysis) => analysis.row)));
    expect(withoutIds(first.risks)).toBe(withoutIds(second.risks));
    expect(withoutIds(first.actions)).toBe(withoutIds(second.actions));
  });

  it('has about 80 analyses, 600 risks and 120 reduction actions', () => {
    const { analyses, risks, actions } = plan();
    expect(analyses).toHaveLength(81);
    expect(analyses.filter((analysis) => analysis.row.reviewTrigger).map((analysis) => analysis.row.reviewTrigger).sort()).toEqual(['major_incident', 'new_integration', 'procurement']);
    expect(risks.length).toBeGreaterThanOrEqual(540);
    expect(risks.length).toBeLessThanOrEqual(660);
    expect(actions.length).toBeGreaterThanOrEqual(90);
    expect(actions.length).toBeLessThanOrEqual(160);
  });

  it('keeps every risk consistent: its score, its residual, its acceptance and its latest history row', () => {
    const { risks, acceptances, actions, history } = plan();
    for (const risk of risks) {
      expect({ score: risk.score, level: risk.level }).toEqual(scoreRisk(defaultRiskMatrix, risk.likelihood, risk.impact));
      if (risk.residualLikelihood) expect(risk.residualLevel).toBe(scoreRisk(defaultRiskMatrix, risk.residualLikelihood, risk.residualImpact!).level);
      if (risk.treatment && risk.treatment !== 'accept') expect(risk.residualScore!).toBeLessThan(risk.score);
      const own = history.filter((row) => row.riskId === risk.id);
      const latest = own.reduce((last, row) => (row.recordedAt! > last.recordedAt! ? row : last));
      expect({ level: latest.level, status: latest.status }).toEqual({ level: risk.level, status: risk.status });
      expect(latest.recordedAt! <= new Date(now).toISOString()).toBe(true);
      const accepted = acceptances.filter((row) => row.riskId === risk.id && row.status === 'accepted');
      expect(accepted.length).toBe(risk.status === 'accepted' ? 1 : 0);
      if (risk.status === 'accepted') expect(accepted[0].expiresAt).toBe(risk.acceptedUntil);
    }
    const reduced = new Set(risks.filter((risk) => risk.treatment === 'reduce').map((risk) => risk.id));
    expect(actions.every((action) => reduced.has(action.riskId!) && action.source === 'risk')).toBe(true);
    expect(acceptances.filter((row) => row.status === 'pending')).toMatchObject([{ level: 'extreme', rung: 'ciso_and_director', signatures: [{ capacity: 'ciso' }] }]);
  });
});
