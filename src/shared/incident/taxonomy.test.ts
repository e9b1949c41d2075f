import { describe, expect, it } from 'vitest';
import { aspects, levels, type Aspect } from '../classification/aspects.js';
import {
  canMove,
  escalationLevelLabels,
  escalationLevels,
  finalIncidentStatuses,
  incidentCauseLabels,
  incidentCauses,
  incidentStatusLabels,
  incidentStatuses,
  incidentTransitions,
  isIncidentStatus,
  msbCategories,
  msbCategoryLabels,
  reportChannelLabels,
  reportChannels,
  severities,
  severityLabels,
  significanceCriteria,
  significanceCriterionLabels,
  suggestedSeverity,
  type IncidentStatus,
} from './taxonomy.js';

describe('incident enums', () => {
  it('have the ten MSB categories with the Swedish names of DOMAIN §6', () => {
    expect(msbCategories.map((code) => msbCategoryLabels[code].sv)).toEqual([
      'Störning i mjuk- eller hårdvara',
      'Störning i driftmiljö',
      'Informationsförlust eller informationsläckage',
      'Informationsförvanskning',
      'Hindrad tillgång till information',
      'Säkerhetsbrist i en produkt',
      'Angrepp',
      'Handhavandefel',
      'Oönskad eller oplanerad störning i kritisk infrastruktur',
      'Annan plötslig oförutsedd händelse som lett till skada',
    ]);
  });

  it('have the five causes, the four severities, escalation levels and report channels', () => {
    expect(incidentCauses.map((code) => incidentCauseLabels[code].en)).toEqual([
      'Malicious human action',
      'Non-malicious human action',
      'System failure',
      'Natural event',
      'Unknown',
    ]);
    expect(severities.map((level) => severityLabels[level].sv)).toEqual(['Låg', 'Medel', 'Hög', 'Kritisk']);
    expect(severities.map((level) => severityLabels[level].en)).toEqual(['Low', 'Medium', 'High', 'Critical']);
    expect(escalationLevelLabels[4].sv).toBe('Krisledning');
    expect(escalationLevelLabels[2].en).toBe('Incident manager');
    expect(reportChannels).toEqual(['web_form', 'public_link', 'servicedesk', 'technical_alarm', 'phone']);
  });

  it('label every code in Swedish and English, distinctly', () => {
    const tables = [
      [msbCategories, msbCategoryLabels],
      [incidentCauses, incidentCauseLabels],
      [incidentStatuses, incidentStatusLabels],
      [severities, severityLabels],
      [escalationLevels, escalationLevelLabels],
      [reportChannels, reportChannelLabels],
      [significanceCriteria, significanceCriterionLabels],
    ] as const;
    for (const [codes, labels] of tables) {
      const table = labels as Record<string | number, { sv: string; en: string }>;
      expect(Object.keys(table).sort()).toEqual(codes.map(String).sort());
      for (const language of ['sv', 'en'] as const) {
        const texts = codes.map((code) => table[code][language]);
        for (const text of texts) expect(text.trim()).not.toBe('');
        expect(new Set(texts).size).toBe(texts.length);
      }
    }
  });

  it('explain both significance criteria in one sentence per language', () => {
    for (const criterion of significanceCriteria) {
      const { explanation, article } = significanceCriterionLabels[criterion];
      expect(article).toContain(`23(3)(${criterion})`);
      for (const text of [explanation.sv, explanation.en]) {
        expect(text).toMatch(/^[A-ZÅÄÖ].*\.$/);
        expect(text.slice(0, -1)).not.toContain('. ');
      }
    }
  });
});

describe('status flow', () => {
  const mainFlow: IncidentStatus[] = ['reported', 'triaged', 'in_progress', 'resolved', 'root_cause_found', 'closed'];
  const allowed = new Set([
    'reported>triaged',
    'triaged>in_progress',
    'in_progress>resolved',
    'resolved>root_cause_found',
    'root_cause_found>closed',
    'reported>rejected',
    'triaged>rejected',
    'triaged>escalated',
    'in_progress>escalated',
    'escalated>in_progress',
    'escalated>resolved',
  ]);

  it('allows exactly the listed moves, for every pair of statuses', () => {
    for (const from of incidentStatuses) {
      for (const to of incidentStatuses) expect(canMove(from, to), `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
    }
  });

  it('walks the main flow one step at a time and never skips or goes back', () => {
    mainFlow.forEach((status, index) => {
      if (index + 1 < mainFlow.length) expect(canMove(status, mainFlow[index + 1])).toBe(true);
      for (let later = index + 2; later < mainFlow.length; later++) expect(canMove(status, mainFlow[later])).toBe(false);
      for (let earlier = 0; earlier <= index; earlier++) expect(canMove(status, mainFlow[earlier])).toBe(false);
    });
  });

  it('ends in closed or rejected, reachable from reported', () => {
    expect(finalIncidentStatuses).toEqual(['closed', 'rejected']);
    for (const status of finalIncidentStatuses) expect(incidentTransitions[status]).toEqual([]);
    const reachable = new Set<IncidentStatus>(['reported']);
    for (let round = 0; round < incidentStatuses.length; round++) {
      for (const status of [...reachable]) for (const next of incidentTransitions[status]) reachable.add(next);
    }
    expect([...reachable].sort()).toEqual([...incidentStatuses].sort());
  });

  it('recognises status codes', () => {
    for (const status of incidentStatuses) expect(isIncidentStatus(status)).toBe(true);
    for (const value of ['Anmäld', 'open', '', null, 1]) expect(isIncidentStatus(value)).toBe(false);
  });
});

describe('suggested severity', () => {
  const object = (profile: Partial<Record<Aspect, number>>, critical = false) => ({ profile, critical });

  it('is null without affected objects', () => {
    expect(suggestedSeverity([], [])).toBeNull();
    expect(suggestedSeverity([], ['T'])).toBeNull();
  });

  it('maps the highest level 0-1 to 1 and 2, 3, 4 to themselves, on each aspect', () => {
    for (const aspect of aspects) {
      for (const level of levels) {
        const result = suggestedSeverity([object({ [aspect]: level })], [aspect]);
        expect(result?.severity).toBe(Math.max(1, level));
        expect(result?.reason).toEqual({ objectIndex: 0, aspect, level, rule: 'level' });
      }
    }
  });

  it('suggests at least 3 for a loss touching K3 information, naming the object that drove it', () => {
    const objects = [object({ K: 1, R: 2, T: 2, S: 1 }), object({ K: 3, R: 1, T: 1, S: 0 }), object({ K: 2, T: 3 })];
    expect(suggestedSeverity(objects, ['K'])).toEqual({ severity: 3, reason: { objectIndex: 1, aspect: 'K', level: 3, rule: 'level' } });
    expect(suggestedSeverity(objects, ['R'])).toEqual({ severity: 2, reason: { objectIndex: 0, aspect: 'R', level: 2, rule: 'level' } });
  });

  it('considers only the affected aspects, all four when none are given', () => {
    const objects = [object({ K: 1, R: 1, T: 1, S: 4 })];
    expect(suggestedSeverity(objects, ['K', 'R', 'T'])?.severity).toBe(1);
    expect(suggestedSeverity(objects, [])).toEqual({ severity: 4, reason: { objectIndex: 0, aspect: 'S', level: 4, rule: 'level' } });
  });

  it('gives ties to the first object and aspect, and reads a missing level as 0', () => {
    const objects = [object({ R: 2, T: 2 }), object({ K: 2 })];
    expect(suggestedSeverity(objects, [])?.reason).toEqual({ objectIndex: 0, aspect: 'R', level: 2, rule: 'level' });
    expect(suggestedSeverity([object({})], [])).toEqual({ severity: 1, reason: { objectIndex: 0, aspect: 'K', level: 0, rule: 'level' } });
  });

  it('suggests at least 3 when a samhällsviktig object loses availability', () => {
    const objects = [object({ K: 2, T: 2 }), object({ T: 1 }, true)];
    expect(suggestedSeverity(objects, ['T'])).toEqual({
      severity: 3,
      reason: { objectIndex: 1, aspect: 'T', level: 1, rule: 'critical_availability' },
    });
    expect(suggestedSeverity(objects, [])?.severity).toBe(3);
    // Not when availability is untouched, and never lowering a higher suggestion.
    expect(suggestedSeverity(objects, ['K'])?.severity).toBe(2);
    expect(suggestedSeverity([object({ T: 4 }, true)], ['T'])?.reason.rule).toBe('level');
    expect(suggestedSeverity([object({ K: 3 }), object({}, true)], [])?.reason).toEqual({ objectIndex: 0, aspect: 'K', level: 3, rule: 'level' });
  });
});
