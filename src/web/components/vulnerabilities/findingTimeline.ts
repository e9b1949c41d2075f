import type { FindingDetail } from '../../api/vulnerabilities';

type FindingEvent = FindingDetail['history'][number];
type ScanRef = NonNullable<FindingDetail['firstScan']>;

/** One line of a finding's story: when it was first or last reported, or a status change. */
export type TimelineEntry =
  | { kind: 'firstSeen'; at: string; scan: ScanRef | null }
  | { kind: 'lastSeen'; at: string; scan: ScanRef }
  | { kind: 'change'; at: string; event: FindingEvent };

/**
 * The finding's story, oldest first. The server records status changes only; a finding's first
 * appearance is its first-seen time and import (an import does not write an event per new finding),
 * and the latest import that still reported it is shown when it is neither the first nor one that changed it.
 */
export function findingTimeline(finding: Pick<FindingDetail, 'firstSeenAt' | 'firstScan' | 'lastSeenAt' | 'lastScan' | 'history'>): TimelineEntry[] {
  const entries: TimelineEntry[] = finding.history.map((event) => ({ kind: 'change', at: event.at, event }));
  if (!finding.history.some((event) => event.fromStatus === null)) entries.push({ kind: 'firstSeen', at: finding.firstSeenAt, scan: finding.firstScan });
  const last = finding.lastScan;
  if (last && last.id !== finding.firstScan?.id && !finding.history.some((event) => event.scan?.id === last.id)) {
    entries.push({ kind: 'lastSeen', at: finding.lastSeenAt, scan: last });
  }
  const order = { firstSeen: 0, lastSeen: 1, change: 2 };
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || order[a.kind] - order[b.kind]);
}
