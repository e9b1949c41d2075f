import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../../shared/schemas/org';
import { ancestorsOf, buildOrgTree, flattenOrgTree, subtreeIds } from './orgTree';

let counter = 0;
function unit(name: string, parentId: string | null, extra: Partial<OrgUnit> = {}): OrgUnit {
  counter += 1;
  return { id: `u${counter}`, parentId, name, type: 'enhet', closedAt: null, version: 1, ...extra };
}

const kommun = unit('Exempelkommun', null, { type: 'organisation' });
const social = unit('Socialförvaltningen', kommun.id, { type: 'forvaltning' });
const barn = unit('Barn och unga', kommun.id, { type: 'forvaltning' });
const hemtjanst = unit('Hemtjänst', social.id);
const closedEmpty = unit('Gamla enheten', social.id, { closedAt: '2026-01-01T00:00:00Z' });
const closedWithOpenChild = unit('Nedlagd avdelning', barn.id, { closedAt: '2026-01-01T00:00:00Z' });
const stillOpen = unit('Kvarvarande enhet', closedWithOpenChild.id);
const units = [stillOpen, hemtjanst, social, closedEmpty, kommun, barn, closedWithOpenChild];

describe('buildOrgTree', () => {
  it('nests units under their parents, sorted by name', () => {
    const [root] = buildOrgTree(units);
    expect(root.unit.name).toBe('Exempelkommun');
    expect(root.children.map((node) => node.unit.name)).toEqual(['Barn och unga', 'Socialförvaltningen']);
    expect(root.children[1].children.map((node) => node.unit.name)).toEqual(['Gamla enheten', 'Hemtjänst']);
    expect(root.children[1].children[1].depth).toBe(2);
  });

  it('hides closed units but keeps a closed parent that still has open units below it', () => {
    const names = flattenOrgTree(buildOrgTree(units, { includeClosed: false })).map((entry) => entry.unit.name);
    expect(names).not.toContain('Gamla enheten');
    expect(names).toContain('Nedlagd avdelning');
    expect(names).toContain('Kvarvarande enhet');
  });

  it('treats a unit whose parent is not visible as a root', () => {
    const roots = buildOrgTree([hemtjanst]);
    expect(roots.map((node) => node.unit.name)).toEqual(['Hemtjänst']);
  });
});

describe('subtreeIds', () => {
  it('holds the unit and all its descendants, nothing else', () => {
    const ids = subtreeIds(units, barn.id);
    expect([...ids].sort()).toEqual([barn.id, closedWithOpenChild.id, stillOpen.id].sort());
  });
});

describe('ancestorsOf', () => {
  it('lists the path from the root down to the parent', () => {
    expect(ancestorsOf(units, stillOpen.id).map((u) => u.name)).toEqual(['Exempelkommun', 'Barn och unga', 'Nedlagd avdelning']);
  });
});
