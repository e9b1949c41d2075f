import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findFirstBreak, genesisHash, hashEvent, type ChainedEvent } from './auditChain.js';
import { canonicalJson } from './canonicalJson.js';

type StoredEvent = ChainedEvent & { id: string; hash: string };

/** A valid chain of `length` events for one tenant, built the way recordAudit builds it. */
function chainOf(length: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (let index = 1; index <= length; index += 1) {
    const event: ChainedEvent = {
      tenantId: '7f1c1a52-3a40-4d8e-9a43-2a9c1b0e5d11',
      chainIndex: index,
      at: new Date(Date.UTC(2025, 0, 1, 8, index)).toISOString(),
      actorId: index === 1 ? null : 'c0a8012e-5b7d-4f8a-8e1b-0d6f4b3a2c19',
      actorName: index === 1 ? null : 'Anna Andersson',
      action: 'org_unit.updated',
      entityType: 'org_unit',
      entityId: `unit-${index}`,
      before: { name: `Namn ${index - 1}` },
      after: { name: `Namn ${index}`, tags: ['a', 'b'] },
      prevHash: events[index - 2]?.hash ?? genesisHash,
    };
    events.push({ ...event, id: String(100 + index), hash: hashEvent(event) });
  }
  return events;
}

const withoutStorage = ({ id: _id, hash: _hash, ...event }: StoredEvent): ChainedEvent => event;

describe('canonicalJson', () => {
  it('sorts object keys at every depth, keeps array order and drops undefined values', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('writes the same text whatever order the keys were given in', () => {
    expect(canonicalJson({ name: 'Skola', type: 'enhet', nested: { x: 1, y: 2 } })).toBe(
      canonicalJson({ nested: { y: 2, x: 1 }, type: 'enhet', name: 'Skola' }),
    );
  });

  it('tells apart values that differ only in type or nesting', () => {
    const variants = [1, '1', [1], { 1: 1 }, null, true, 'true', [[1]], { a: [] }, { a: {} }];
    expect(new Set(variants.map(canonicalJson)).size).toBe(variants.length);
  });

  it('escapes strings the way JSON does', () => {
    expect(canonicalJson({ 'nyckel "x"': 'rad\nbyte å' })).toBe(JSON.stringify({ 'nyckel "x"': 'rad\nbyte å' }));
  });
});

describe('hashEvent', () => {
  const [event] = chainOf(1).map(withoutStorage);

  it('is a SHA-256 hex digest of the canonical event', () => {
    expect(hashEvent(event)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEvent(event)).toBe(createHash('sha256').update(canonicalJson(event)).digest('hex'));
  });

  it('does not depend on key order, at the top or inside before and after', () => {
    const reordered = Object.fromEntries(Object.entries(event).reverse()) as unknown as ChainedEvent;
    reordered.after = { tags: ['a', 'b'], name: 'Namn 1' };
    expect(hashEvent(reordered)).toBe(hashEvent(event));
  });

  it('hashes the same instant the same whatever format the database returns it in', () => {
    expect(hashEvent({ ...event, at: '2025-01-01 08:01:00+00' })).toBe(hashEvent(event));
    expect(hashEvent({ ...event, at: '2025-01-01T09:01:00.000+01:00' })).toBe(hashEvent(event));
  });

  const changes: Array<[keyof ChainedEvent, unknown]> = [
    ['tenantId', '00000000-0000-0000-0000-000000000000'],
    ['chainIndex', 2],
    ['at', '2025-01-01T08:01:00.001Z'],
    ['actorId', 'c0a8012e-5b7d-4f8a-8e1b-0d6f4b3a2c19'],
    ['actorName', 'Någon Annan'],
    ['action', 'org_unit.deleted'],
    ['entityType', 'person'],
    ['entityId', 'unit-2'],
    ['before', { name: 'Namn 0 ' }],
    ['after', { name: 'Namn 1', tags: ['b', 'a'] }],
    ['prevHash', 'f'.repeat(64)],
  ];

  it.each(changes)('changes when %s changes', (field, value) => {
    expect(hashEvent({ ...event, [field]: value })).not.toBe(hashEvent(event));
  });

  it('covers every field of the event', () => {
    expect(changes.map(([field]) => field).sort()).toEqual(Object.keys(event).sort());
  });
});

describe('findFirstBreak', () => {
  it('finds nothing in an intact chain, or an empty one', () => {
    expect(findFirstBreak(chainOf(5))).toBeNull();
    expect(findFirstBreak([])).toBeNull();
  });

  it('reports an edited event as a hash mismatch', () => {
    const chain = chainOf(5);
    chain[2] = { ...chain[2], after: { name: 'Förfalskat' } };
    expect(findFirstBreak(chain)).toEqual({ chainIndex: 3, id: '103', reason: 'hash_mismatch' });
  });

  it('reports an edit with a recomputed hash at the next event, as a broken link', () => {
    const chain = chainOf(5);
    const forged = { ...withoutStorage(chain[2]), after: { name: 'Förfalskat' } };
    chain[2] = { ...forged, id: chain[2].id, hash: hashEvent(forged) };
    expect(findFirstBreak(chain)).toEqual({ chainIndex: 4, id: '104', reason: 'broken_link' });
  });

  it('reports a removed event as missing at the first index after the gap', () => {
    const chain = chainOf(5);
    chain.splice(2, 1);
    expect(findFirstBreak(chain)).toEqual({ chainIndex: 4, id: '104', reason: 'missing_event' });
  });

  it('reports a removed first event as missing', () => {
    expect(findFirstBreak(chainOf(3).slice(1))).toEqual({ chainIndex: 2, id: '102', reason: 'missing_event' });
  });

  it('reports a chain that does not start from the genesis hash', () => {
    const chain = chainOf(2);
    const first = { ...withoutStorage(chain[0]), prevHash: 'a'.repeat(64) };
    chain[0] = { ...first, id: chain[0].id, hash: hashEvent(first) };
    expect(findFirstBreak(chain)).toEqual({ chainIndex: 1, id: '101', reason: 'broken_link' });
  });

  it('reports only the first of several breaks', () => {
    const chain = chainOf(6);
    chain[1] = { ...chain[1], action: 'forged' };
    chain.splice(4, 1);
    expect(findFirstBreak(chain)).toMatchObject({ chainIndex: 2, reason: 'hash_mismatch' });
  });
});
