export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields an audit event changed, from its `before` and `after` snapshots. A creation
 * (no before) lists every field it set; a deletion (no after) every field it removed.
 * Snapshots that are not objects are compared as one unnamed value.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const from = before ?? null;
  const to = after ?? null;
  if ((from !== null && !isRecord(from)) || (to !== null && !isRecord(to))) {
    return same(from, to) ? [] : [{ field: '', before: from, after: to }];
  }
  // The version counter changes with every edit; list it after the fields people care about.
  const fields = [...new Set([...Object.keys(to ?? {}), ...Object.keys(from ?? {})])].sort(
    (a, b) => Number(a === 'version') - Number(b === 'version'),
  );
  return fields
    .map((field) => ({ field, before: from?.[field] ?? null, after: to?.[field] ?? null }))
    .filter((change) => !same(change.before, change.after));
}

/**
 * What to call the entity: its name after the change (before it, for a deletion), or the
 * person it concerns (a role assignment carries `personName`).
 */
export function entityName(before: unknown, after: unknown): string | null {
  for (const field of ['name', 'personName']) {
    for (const snapshot of [after, before]) {
      if (isRecord(snapshot) && typeof snapshot[field] === 'string') return snapshot[field];
    }
  }
  return null;
}

/** A field value as readable text: strings as they are, null as a dash, the rest as JSON. */
export function formatFieldValue(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
