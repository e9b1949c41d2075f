import { describe, expect, it } from 'vitest';
import { findingTimeline } from './findingTimeline';

const first = { id: '00000000-0000-4000-8000-000000000001', fileName: 'first.json', createdAt: '2026-03-01T10:00:00.000Z' };
const second = { id: '00000000-0000-4000-8000-000000000002', fileName: 'second.json', createdAt: '2026-03-08T10:00:00.000Z' };
const third = { id: '00000000-0000-4000-8000-000000000003', fileName: 'third.json', createdAt: '2026-03-15T10:00:00.000Z' };
const change = (at: string, fromStatus: 'open' | 'resolved' | null, toStatus: 'open' | 'resolved', scan: typeof first | null) => ({
  at,
  fromStatus,
  toStatus,
  scan: scan && { id: scan.id, fileName: scan.fileName },
  person: null,
  comment: null,
});

describe('a finding’s timeline', () => {
  it('starts with the import that first reported it, then its status changes in order', () => {
    const timeline = findingTimeline({
      firstSeenAt: first.createdAt,
      firstScan: first,
      lastSeenAt: first.createdAt,
      lastScan: first,
      history: [change(second.createdAt, 'open', 'resolved', second)],
    });
    expect(timeline.map((entry) => [entry.kind, entry.at])).toEqual([
      ['firstSeen', first.createdAt],
      ['change', second.createdAt],
    ]);
  });

  it('shows the last import that still reported it when that import changed nothing', () => {
    const timeline = findingTimeline({ firstSeenAt: first.createdAt, firstScan: first, lastSeenAt: second.createdAt, lastScan: second, history: [] });
    expect(timeline.map((entry) => entry.kind)).toEqual(['firstSeen', 'lastSeen']);
  });

  it('does not repeat the last import when it is the one that reopened the finding', () => {
    const timeline = findingTimeline({
      firstSeenAt: first.createdAt,
      firstScan: first,
      lastSeenAt: third.createdAt,
      lastScan: third,
      history: [change(second.createdAt, 'open', 'resolved', second), change(third.createdAt, 'resolved', 'open', third)],
    });
    expect(timeline.map((entry) => [entry.kind, entry.at])).toEqual([
      ['firstSeen', first.createdAt],
      ['change', second.createdAt],
      ['change', third.createdAt],
    ]);
  });

  it('uses the server’s own opening event instead of inventing one when there is one', () => {
    const timeline = findingTimeline({ firstSeenAt: first.createdAt, firstScan: first, lastSeenAt: first.createdAt, lastScan: first, history: [change(first.createdAt, null, 'open', first)] });
    expect(timeline.map((entry) => entry.kind)).toEqual(['change']);
  });
});
