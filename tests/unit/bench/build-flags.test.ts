import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeFlagsOf, buildNodeFlags } from '../../../bench/build-flags.ts';

test('the bench reads the Node flags of the build script', () => {
  assert.deepEqual(nodeFlagsOf('X=1 node --max-semi-space-size=8 --trace-gc node_modules/astro/bin/astro.mjs build'), ['--max-semi-space-size=8', '--trace-gc']);
  assert.deepEqual(nodeFlagsOf('node node_modules/astro/bin/astro.mjs build'), []);
  assert.throws(() => nodeFlagsOf('astro build'), /does not run "node \[flags\]/);
  // the project's own script parses, so `npm run bench` measures what `npm run build` runs
  assert.ok(Array.isArray(buildNodeFlags()));
});
