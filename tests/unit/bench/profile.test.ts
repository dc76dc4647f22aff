import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuByArea } from '../../../bench/profile.ts';

const frame = (functionName: string, url = '') => ({ functionName, url });

test('cpuByArea: a sample counts for the nearest known area up its stack; idle and GC apart', () => {
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 5, 6, 7] },
      { id: 2, callFrame: frame('render', 'file:///p/src/markdown/create-renderer.ts'), children: [3] },
      { id: 3, callFrame: frame('highlightLines', 'file:///p/src/markdown/plugins/highlight/highlighter.ts'), children: [4] },
      { id: 4, callFrame: frame('match', 'file:///p/node_modules/@shikijs/engine-javascript/x.mjs') },
      { id: 5, callFrame: frame('(idle)') },
      { id: 6, callFrame: frame('(garbage collector)') },
      { id: 7, callFrame: frame('compile', 'node:internal/modules/esm/utils') },
    ],
    samples: [4, 4, 2, 5, 6, 7],
    timeDeltas: [1000, 1000, 3000, 4000, 500, 250],
  };
  assert.deepEqual(cpuByArea(profile), [
    { area: 'idle (waiting: I/O, the Pagefind process)', ms: 4 },
    { area: 'Markdown rendering (markdown-it + plugins)', ms: 3 },
    { area: 'code highlighting (Shiki)', ms: 2 },
    { area: 'garbage collection', ms: 0.5 },
    { area: 'other (module loading, Node internals, file I/O)', ms: 0.25 },
  ]);
});

test('mergeAreas: threads add up; a helper thread waiting for work is not counted as idle time', async () => {
  const { mergeAreas } = await import('../../../bench/profile.ts');
  const merged = mergeAreas([
    { isMain: true, areas: [{ area: 'Astro core', ms: 300 }, { area: 'idle (waiting: I/O, the Pagefind process)', ms: 500 }] },
    { isMain: false, areas: [{ area: 'code highlighting (Shiki)', ms: 900 }, { area: 'idle (waiting: I/O, the Pagefind process)', ms: 50 }, { area: 'Astro core', ms: 10 }] },
  ]);
  assert.deepEqual(merged, [
    { area: 'code highlighting (Shiki)', ms: 900 },
    { area: 'idle (waiting: I/O, the Pagefind process)', ms: 500 },
    { area: 'Astro core', ms: 310 },
  ]);
});
