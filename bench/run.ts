/**
 * `npm run bench [-- --quick] [-- --only build|dev|page|mock] [-- --keep] [-- --profile]`
 *
 * Prints one Markdown table and writes bench/results.json (a partial run:
 * --quick, --only, --profile alone: bench/results-partial.json). Peers that are not
 * installed (and cannot be) are skipped with a line saying why. Work folders
 * under bench/.work/ are removed at the end unless --keep is given (the
 * Starlight install is kept, so the next run does not download it again).
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { runBuildBench } from './build-bench.ts';
import { runDevBench } from './dev-bench.ts';
import { runPageBench } from './page-bench.ts';
import { ensureGnuTime } from './measure.ts';
import { runProfile } from './profile.ts';
import { CHROMIUM_HELP, ensureChromium } from '../tests/support-chromium.ts';
import { REPO_ROOT, WORK_DIR } from './projects.ts';
import { buildTableRows, devTableRows, mockTableRows, pageTableRows, renderTable, type TableRow, type TargetCheck } from './report.ts';

const AREAS = ['build', 'dev', 'page', 'mock'] as const;
type Area = (typeof AREAS)[number];

function parseArgs(argv: string[]): { quick: boolean; keep: boolean; profile: boolean; only: Set<Area> } {
  const only = new Set<Area>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick' || arg === '--keep' || arg === '--profile') continue;
    if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg.includes('=') ? arg.split('=')[1]! : argv[++i];
      for (const area of (value ?? '').split(',')) {
        if (!(AREAS as readonly string[]).includes(area)) throw new Error(`--only: unknown area "${area}" (use ${AREAS.join(', ')})`);
        only.add(area as Area);
      }
      continue;
    }
    throw new Error(`unknown option "${arg}" (use --quick, --keep, --profile, --only ${AREAS.join('|')})`);
  }
  const profile = argv.includes('--profile');
  // --profile alone means: just the profile
  return { quick: argv.includes('--quick'), keep: argv.includes('--keep'), profile, only: only.size ? only : profile ? new Set() : new Set(AREAS) };
}

function machine(): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.versions.node}, ${process.platform}`;
}

/** Removes generated projects and outputs; keeps bench-only installs (Starlight, the mock's Prism and octokit) and the profile. */
function cleanWork(): void {
  if (!existsSync(WORK_DIR)) return;
  for (const entry of readdirSync(WORK_DIR, { withFileTypes: true })) {
    const path = join(WORK_DIR, entry.name);
    if (entry.name === 'profile') continue; // kept for Chrome DevTools
    if (entry.isDirectory() && existsSync(join(path, 'node_modules')) && !existsSync(join(path, 'lectern.config.yaml'))) {
      // an install: keep it so the next run does not download it again; drop what a run generated in it
      for (const sub of ['src', 'dist', '.astro']) rmSync(join(path, sub), { recursive: true, force: true });
    } else rmSync(path, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.error(line);
  const lecternVersion = `Lectern ${JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version}`;
  const table: TableRow[] = [];
  const checks: TargetCheck[] = [];
  const skipped: string[] = [];
  const results: Record<string, unknown> = { date: new Date().toISOString(), machine: machine(), quick: options.quick, loadAverageAtStart: loadavg()[0] };
  ensureGnuTime(log);
  const failed: string[] = [];
  /** One failing area (a build error, a timeout) is reported and the others still run. */
  const area = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      failed.push(`${name}: ${(error as Error).message}`);
      log(`${name} failed: ${(error as Error).message}`);
    }
  };
  try {
    if (options.only.has('build')) await area('build', async () => {
      log('build: generating corpora and building (cold, alternating tools) ...');
      const build = await runBuildBench({ sizes: options.quick ? [200] : [200, 1000], runs: options.quick ? 1 : 3, lecternVersion, log });
      const report = buildTableRows(build.rows);
      table.push(...report.table);
      checks.push(...report.checks);
      skipped.push(...build.skipped);
      results.build = build.rows;
    });
    if (options.only.has('dev')) await area('dev', async () => {
      const pages = options.quick ? 200 : 1000;
      log(`dev: astro dev on ${pages} generated pages ...`);
      const dev = await runDevBench({ pages, log });
      const report = devTableRows(dev);
      table.push(...report.table);
      checks.push(...report.checks);
      results.dev = dev;
    });
    if (options.only.has('page')) await area('page', async () => {
      // installs Debian's chromium when missing and root, as npm test does
      if (!ensureChromium(log)) {
        skipped.push(`page: no Chromium (${CHROMIUM_HELP.trim().split('\n')[0]})`);
        return;
      }
      const page = await runPageBench({ log });
      const report = pageTableRows(page);
      table.push(...report.table);
      checks.push(...report.checks);
      results.page = page;
    });
    if (options.only.has('mock')) await area('mock', async () => {
      const mockBench = join(REPO_ROOT, 'bench', 'mock.ts');
      if (existsSync(mockBench)) {
        log('mock: running bench/mock.ts ...');
        const { runMockBench } = (await import(mockBench)) as { runMockBench: () => Promise<unknown> };
        const rows = await runMockBench();
        table.push(...mockTableRows(rows));
        results.mock = rows;
      } else skipped.push('mock: bench/mock.ts is not there yet (the mock benchmark of issue 5)');
    });
    if (options.profile) await area('profile', async () => {
      const pages = options.quick ? 200 : 1000;
      log(`profile: one Lectern build of ${pages} pages under --cpu-prof ...`);
      results.profile = { pages, cpuByArea: await runProfile({ pages, log }) };
    });
  } finally {
    if (!options.keep) cleanWork();
  }
  results.loadAverageAtEnd = loadavg()[0];
  results.checks = checks;
  results.failed = failed;
  results.skipped = skipped;
  // only a full run replaces the figures the README quotes; a partial one (--quick, --only, --profile) goes beside them
  const full = !options.quick && AREAS.every((name) => options.only.has(name));
  const resultsFile = full ? 'results.json' : 'results-partial.json';
  writeFileSync(join(REPO_ROOT, 'bench', resultsFile), `${JSON.stringify(results, null, 2)}\n`);

  console.log(`\nMachine: ${results.machine}; load average ${Number(results.loadAverageAtStart).toFixed(1)} at start, ${Number(results.loadAverageAtEnd).toFixed(1)} at end (other work on the machine slows every tool)\n`);
  if (table.length) console.log(renderTable(table));
  for (const line of skipped) console.log(`skipped: ${line}`);
  for (const line of failed) console.log(`FAILED: ${line}`);
  const profile = results.profile as { pages: number; cpuByArea: { area: string; ms: number }[] } | undefined;
  if (profile) {
    console.log(`\nWhere the Lectern build of ${profile.pages} pages spends its time (CPU profiles of the main thread and the Markdown render helper, ms):`);
    for (const { area, ms } of profile.cpuByArea) console.log(`  ${ms.toFixed(0).padStart(7)}  ${area}`);
  }
  if (checks.length) {
    console.log('\nTargets (issue 7):');
    for (const check of checks) console.log(`  ${check.pass ? 'PASS' : 'MISS'}  ${check.target}: ${check.measured}`);
  }
  console.log(`\nwrote bench/${resultsFile}`);
  if (failed.length) process.exitCode = 1;
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
