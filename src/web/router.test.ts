import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiRoutePatterns } from '../shared/uiRoutes';

describe('web routes', () => {
  it('are exactly the paths the server answers with index.html', () => {
    // Read the route tree's source: importing it would pull the whole UI into a node test.
    const source = readFileSync(join(__dirname, 'router.tsx'), 'utf8');
    const paths = [...source.matchAll(/\bpath: '([^']+)'/g)].map((match) => match[1].replace(/\$[A-Za-z]+/g, ':id'));
    expect(paths.sort()).toEqual([...uiRoutePatterns].sort());
  });
});
