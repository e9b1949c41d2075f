import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson.js';

export const genesisHash = '0'.repeat(64);

/** The fields of an audit event that its hash covers. */
export interface ChainedEvent {
  tenantId: string;
  chainIndex: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
}

/** Times come back from the database in its own format; hash them as ISO-8601 UTC. */
export function normaliseTime(value: string | Date): string {
  return new Date(value).toISOString();
}

/** Hashes exactly the chained fields, whatever else the row object carries (id, hash). */
export function hashEvent(event: ChainedEvent): string {
  const { tenantId, chainIndex, at, actorId, actorName, action, entityType, entityId, before, after, prevHash } = event;
  const body = canonicalJson({ tenantId, chainIndex, at: normaliseTime(at), actorId, actorName, action, entityType, entityId, before, after, prevHash });
  return createHash('sha256').update(body).digest('hex');
}

export type ChainBreak = { chainIndex: number; id: string; reason: 'hash_mismatch' | 'broken_link' | 'missing_event' };

/**
 * Walks one tenant's events in chain order and returns the first break: an edited row
 * (its hash no longer matches), a removed row (a gap in the index or a link that skips).
 */
export function findFirstBreak(events: Array<ChainedEvent & { id: string; hash: string }>): ChainBreak | null {
  let expectedPrev = genesisHash;
  let expectedIndex = 1;
  for (const event of events) {
    if (event.chainIndex !== expectedIndex) return { chainIndex: event.chainIndex, id: event.id, reason: 'missing_event' };
    if (event.prevHash !== expectedPrev) return { chainIndex: event.chainIndex, id: event.id, reason: 'broken_link' };
    if (hashEvent(event) !== event.hash) return { chainIndex: event.chainIndex, id: event.id, reason: 'hash_mismatch' };
    expectedPrev = event.hash;
    expectedIndex += 1;
  }
  return null;
}
