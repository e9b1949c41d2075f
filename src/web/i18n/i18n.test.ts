import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { sv } from './sv';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [inner, text] of leaves(value, path)) result.set(inner, text);
  }
  return result;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const svLeaves = leaves(sv);
const enLeaves = leaves(en);

describe('translations', () => {
  it('have exactly the same keys in Swedish and English', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...svLeaves.keys()].sort());
  });

  it('have no empty strings', () => {
    const empty = [...svLeaves, ...enLeaves].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const differing = [...svLeaves].filter(([key, text]) => placeholders(text).join() !== placeholders(enLeaves.get(key) ?? '').join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('cover every literal key the web code asks for', () => {
    const root = join(__dirname, '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(match[1]);
      for (const match of code.matchAll(/labelKey: '([\w.]+)'/g)) used.add(match[1]);
    }
    const exists = (key: string) => svLeaves.has(key) || svLeaves.has(`${key}_one`) || svLeaves.has(`${key}_other`);
    expect([...used].filter((key) => !exists(key))).toEqual([]);
  });
});
