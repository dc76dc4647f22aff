import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BuildRow } from '../../../bench/build-bench.ts';
import { buildTableRows, pageTableRows, renderTable, TARGET_PAGES } from '../../../bench/report.ts';

const row = (tool: string, pages: number, wallMs: number, outputBytes: number, peakRss = 100 * 2 ** 20): BuildRow => ({
  tool, version: tool, pages, runs: 3, wallMs, pagesPerSecond: pages / (wallMs / 1000), cpuMs: wallMs, peakRss, outputBytes, htmlFiles: pages, search: 'in build', allWallMs: [wallMs],
});

test('build report: ratios against each peer, targets checked only at the reference size', () => {
  const rows = [
    row('Lectern', 200, 2000, 10), row('MkDocs Material', 200, 2000, 100),
    row('Lectern', TARGET_PAGES, 4000, 40, 800 * 2 ** 20), row('MkDocs Material', TARGET_PAGES, 18000, 300), row('Starlight', TARGET_PAGES, 18000, 200),
  ];
  const { table, checks } = buildTableRows(rows);
  const byTarget = Object.fromEntries(checks.map((check) => [check.target, check]));
  assert.equal(checks.length, 4, JSON.stringify(checks));
  assert.equal(byTarget[`Lectern time ≤ 0.25× MkDocs Material's (N=${TARGET_PAGES})`]!.pass, true); // 0.22
  assert.equal(byTarget[`Lectern output ≤ 0.20× MkDocs Material's (N=${TARGET_PAGES})`]!.pass, true); // 0.13
  assert.equal(byTarget[`Lectern time ≤ 0.20× Starlight's (N=${TARGET_PAGES})`]!.pass, false); // 0.22
  assert.equal(byTarget[`Lectern peak RSS ≤ 700 MiB (N=${TARGET_PAGES})`]!.pass, false);
  const ratioAt200 = table.find((r) => r.subject === 'Lectern / MkDocs Material, N=200')!;
  assert.match(ratioAt200.figures, /time 1\.00×/);
  assert.match(ratioAt200.check, /targets apply at N=1000/);
  const text = renderTable(table);
  assert.equal(new Set(text.split('\n').map((line) => line.length)).size, 1, 'aligned columns');
});

test('build report: the Astro floor row puts the time targets in context and is never a check', () => {
  const rows = [row('Lectern', TARGET_PAGES, 8000, 40), row('MkDocs Material', TARGET_PAGES, 16000, 300), row('Starlight', TARGET_PAGES, 24000, 200), row('Astro floor', TARGET_PAGES, 4800, 1)];
  const { table, checks } = buildTableRows(rows);
  const floor = table.find((r) => r.subject === `Astro floor, N=${TARGET_PAGES}: its own time is`)!;
  assert.equal(floor.figures, '0.30× MkDocs Material · 0.20× Starlight · Lectern = 1.67× the floor');
  assert.match(floor.check, /not a target/);
  assert.ok(checks.every((check) => !check.target.includes('floor')));
});

test('page report: the GitHub-spec comparison is a row pair and a check; a skipped one says why', () => {
  const timing = (page: string, opblockMs: number) => ({ page, loads: 5, fcpMs: 100, staticOpMs: undefined, opblockMs });
  const base = { markdownPaint: timing('/guides/x/', 0), weights: [], timings: [], bare: undefined };
  const measured = pageTableRows({ ...base, large: { spec: 'api.github.com.json', explorer: timing('/apis/bench-large/', 1700), bare: timing('bare', 1600) } });
  assert.deepEqual(measured.checks, [{ target: "API page, GitHub's REST spec: first .opblock no later than bare swagger-ui-dist", measured: '1.70 s vs 1.60 s', pass: false }]);
  assert.equal(measured.table.find((row) => row.subject.startsWith("API page with GitHub's"))!.check, 'misses ≤ bare');
  const skipped = pageTableRows({ ...base, large: { skipped: '@octokit/openapi could not be installed' } });
  assert.deepEqual(skipped.checks, []);
  assert.match(skipped.table.at(-1)!.figures, /skipped: @octokit\/openapi could not be installed/);
});
