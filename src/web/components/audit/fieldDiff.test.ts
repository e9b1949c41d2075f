import { describe, expect, it } from 'vitest';
import { entityName, fieldChanges, formatFieldValue } from './fieldDiff';

describe('fieldChanges', () => {
  it('lists only the fields whose value changed', () => {
    const changes = fieldChanges(
      { name: 'Hemtjänst', type: 'enhet', version: 1 },
      { name: 'Hemtjänst norr', type: 'enhet', version: 2 },
    );
    expect(changes).toEqual([
      { field: 'name', before: 'Hemtjänst', after: 'Hemtjänst norr' },
      { field: 'version', before: 1, after: 2 },
    ]);
  });

  it('lists the version counter last', () => {
    expect(fieldChanges({ version: 1, parentId: 'a' }, { version: 2, parentId: 'b' }).map((c) => c.field)).toEqual(['parentId', 'version']);
  });

  it('shows every field of a created entity as new', () => {
    expect(fieldChanges(null, { name: 'IT', parentId: null })).toEqual([{ field: 'name', before: null, after: 'IT' }]);
  });

  it('shows every field of a deleted entity as removed', () => {
    expect(fieldChanges({ role: 'ciso' }, null)).toEqual([{ field: 'role', before: 'ciso', after: null }]);
  });

  it('compares nested values by content', () => {
    expect(fieldChanges({ tags: ['a'] }, { tags: ['a'] })).toEqual([]);
    expect(fieldChanges({ tags: ['a'] }, { tags: ['a', 'b'] })).toHaveLength(1);
  });

  it('treats non-object snapshots as one value', () => {
    expect(fieldChanges('old', 'new')).toEqual([{ field: '', before: 'old', after: 'new' }]);
    expect(fieldChanges(null, null)).toEqual([]);
  });
});

describe('entityName', () => {
  it('prefers the name after the change and falls back to the one before', () => {
    expect(entityName({ name: 'Gammal' }, { name: 'Ny' })).toBe('Ny');
    expect(entityName({ name: 'Borttagen' }, null)).toBe('Borttagen');
    expect(entityName(null, { role: 'ciso', personName: 'Karin Ekström' })).toBe('Karin Ekström');
    expect(entityName(null, { role: 'ciso' })).toBeNull();
  });
});

describe('formatFieldValue', () => {
  it('renders values readably', () => {
    expect(formatFieldValue(null)).toBe('–');
    expect(formatFieldValue('text')).toBe('text');
    expect(formatFieldValue(3)).toBe('3');
    expect(formatFieldValue({ a: 1 })).toBe('{"a":1}');
  });
});
