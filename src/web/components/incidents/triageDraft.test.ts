import { describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../../../shared/schemas/incident';
import { isDirty, toDraft, triageChanges } from './triageDraft';

const incident = {
  version: 3,
  orgUnit: { id: '00000000-0000-4000-8000-000000000001', name: 'IT' },
  occurredAt: null,
  detectedAt: null,
  awareAt: '2026-03-02T10:00:00.000Z',
  rsitClass: null,
  rsitType: null,
  categories: ['attack', 'handling_error'],
  cause: null,
  aspects: [],
  objects: [],
  severity: null,
  personalData: false,
  peopleAffected: null,
  recordsAffected: null,
  significant: false,
  significantCriteria: [],
  significantExplanation: null,
  crimeSuspected: false,
  policeReportRef: null,
  assignee: null,
  escalationLevel: 1,
} as unknown as IncidentDetail;

describe('the triage form', () => {
  it('sends nothing but the version when nothing changed', () => {
    expect(triageChanges(toDraft(incident), incident)).toEqual({ version: 3 });
    expect(isDirty({ ...toDraft(incident), categories: ['handling_error', 'attack'] }, incident)).toBe(false);
  });

  it('sends only what changed, blanks as null and Stockholm times with their offset', () => {
    const draft = { ...toDraft(incident), severity: 3, rsitClass: 'fraud' as const, rsitType: 'phishing' as const, occurredAt: '2026-03-02T09:30', policeReportRef: '  ' };
    expect(triageChanges(draft, incident)).toEqual({ version: 3, severity: 3, rsitClass: 'fraud', rsitType: 'phishing', occurredAt: '2026-03-02T09:30:00+01:00' });
  });
});
