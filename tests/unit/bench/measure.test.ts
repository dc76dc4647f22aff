import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { directorySize, measureCommand, median } from '../../../bench/measure.ts';

test('median of odd and even counts', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test('directorySize sums every file below the folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-size-'));
  try {
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'x.txt'), 'abc');
    writeFileSync(join(dir, 'a', 'b', 'y.txt'), '12345');
    assert.equal(directorySize(dir), 8);
    assert.equal(directorySize(join(dir, 'missing')), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('measureCommand: wall time, exit code and the memory of a child that allocates ~150 MB', async () => {
  const script = 'const b = Buffer.alloc(150 * 2 ** 20, 1); setTimeout(() => process.exit(b[0] === 1 ? 3 : 4), 400);';
  const run = await measureCommand(process.execPath, ['-e', script], { cwd: tmpdir() });
  assert.equal(run.exitCode, 3);
  assert.ok(run.wallMs >= 400, `wall ${run.wallMs}`);
  assert.ok(run.peakRss >= 150 * 2 ** 20, `peak ${run.peakRss}`);
  assert.ok(run.peakRss < 1024 * 2 ** 20, `peak ${run.peakRss}`);
});
