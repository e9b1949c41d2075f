import { describe, expect, it } from 'vitest';
import { countActionPlan, fulfilmentPercent, isOverdue, todayInStockholm } from './actionPlan.js';

describe('overdue actions', () => {
  it('are those past their due date and neither done nor cancelled', () => {
    const today = '2026-03-10';
    expect(isOverdue({ dueDate: '2026-03-09', status: 'on_track' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-10', status: 'on_track' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2026-03-09', status: 'done' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2026-03-09', status: 'cancelled' }, today)).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'delayed' }, today)).toBe(false);
  });

  it('count days in Swedish time: 23:30 UTC on New Year\'s Eve is already the new year in Stockholm', () => {
    expect(todayInStockholm(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(todayInStockholm(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInStockholm(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('action-plan fulfilment', () => {
  const action = (assessment: 'met' | 'partly_met' | 'not_met' | 'not_applicable' | null, extra = {}) => ({
    source: 'requirement',
    applicable: true,
    assessment,
    dueDate: null,
    status: 'not_started' as const,
    ...extra,
  });

  it('counts met whole and partly met half, over the applicable requirements not assessed as not applicable', () => {
    const counts = countActionPlan([action('met'), action('partly_met'), action('not_met'), action('not_applicable'), action(null)], '2026-01-01');
    expect(counts).toEqual({ applicable: 5, met: 1, partlyMet: 1, notMet: 1, notApplicable: 1, unassessed: 1, overdue: 0 });
    expect(fulfilmentPercent(counts)).toBe(37.5);
  });

  it('leaves out set-aside actions, counts manual ones only when overdue, and has no percentage with nothing to fulfil', () => {
    const counts = countActionPlan(
      [
        action('met', { applicable: false }),
        action(null, { source: 'manual', dueDate: '2025-01-01', status: 'delayed' }),
        action('not_applicable'),
      ],
      '2026-01-01',
    );
    expect(counts).toEqual({ applicable: 1, met: 0, partlyMet: 0, notMet: 0, notApplicable: 1, unassessed: 0, overdue: 1 });
    expect(fulfilmentPercent(counts)).toBeNull();
    expect(fulfilmentPercent({ applicable: 3, met: 3, partlyMet: 0, notApplicable: 0 })).toBe(100);
  });
});
