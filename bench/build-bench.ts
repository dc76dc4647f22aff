/**
 * Build benchmark: Lectern, MkDocs Material and Starlight build the same
 * generated corpus from cold (outputs and caches removed before every run).
 * Runs alternate between tools (the order rotates each round) and each
 * figure is the median of the runs.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { buildNodeFlags } from './build-flags.ts';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { directorySize, measureCommand, median, type CommandRun } from './measure.ts';
import { ensureMkdocs, ensureStarlight } from './peers.ts';
import { WORK_DIR, writeAstroFloorProject, writeLecternProject, writeMkdocsProject, writeStarlightProject } from './projects.ts';

export interface BuildRow {
  tool: string;
  version: string;
  pages: number;
  runs: number;
  /** Median wall time of the full build, ms. */
  wallMs: number;
  pagesPerSecond: number;
  /** Median user + system CPU time, ms (GNU time); less sensitive than wall time to other load. */
  cpuMs: number | undefined;
  /** Median peak RSS of the process tree, bytes. */
  peakRss: number;
  outputBytes: number;
  htmlFiles: number;
  /** How the search index was made: by the tool's own build, or by the bench after it. */
  search: 'in build' | 'pagefind run by bench';
  allWallMs: number[];
}

interface Tool {
  name: string;
  version: string;
  dir: string;
  outDir: string;
  prepare(pages: ReturnType<typeof generateCorpus>): void;
  clean(): void;
  build(): Promise<{ run: CommandRun; search: BuildRow['search'] }>;
}

const BENCH_ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LECTERN_BASE: '' };

function rm(...paths: string[]): void {
  for (const path of paths) rmSync(path, { recursive: true, force: true });
}

function astroBuild(dir: string): Promise<CommandRun> {
  return measureCommand(process.execPath, [...buildNodeFlags(), join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env: BENCH_ENV });
}

function lecternTool(size: number, version: string): Tool {
  const dir = join(WORK_DIR, `lectern-${size}`);
  const outDir = join(dir, 'dist');
  return {
    name: 'Lectern',
    version,
    dir,
    outDir,
    prepare: (pages) => writeLecternProject(dir, pages),
    clean: () => rm(outDir, join(dir, '.astro'), join(dir, 'node_modules', '.astro'), join(dir, 'node_modules', '.vite')),
    async build() {
      const run = await astroBuild(dir);
      if (run.exitCode !== 0 || existsSync(join(outDir, 'pagefind'))) return { run, search: 'in build' };
      // Search not wired into the build yet: index it here so the figure is still "with search".
      const pagefind = await measureCommand(process.execPath, [join(dir, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', outDir], { cwd: dir, env: BENCH_ENV });
      return { run: combine(run, pagefind), search: 'pagefind run by bench' };
    },
  };
}

function mkdocsTool(size: number, version: string): Tool {
  const dir = join(WORK_DIR, `mkdocs-${size}`);
  const outDir = join(dir, 'site');
  return {
    name: 'MkDocs Material',
    version,
    dir,
    outDir,
    prepare: (pages) => writeMkdocsProject(dir, pages),
    clean: () => rm(outDir),
    build: async () => ({ run: await measureCommand('mkdocs', ['build', '--quiet', '--site-dir', outDir], { cwd: dir, env: BENCH_ENV }), search: 'in build' }),
  };
}

function starlightTool(version: string): Tool {
  const dir = join(WORK_DIR, 'starlight');
  const outDir = join(dir, 'dist');
  return {
    name: 'Starlight',
    version,
    dir,
    outDir,
    prepare: (pages) => writeStarlightProject(dir, pages),
    clean: () => rm(outDir, join(dir, '.astro'), join(dir, 'node_modules', '.astro'), join(dir, 'node_modules', '.vite')),
    build: async () => ({ run: await astroBuild(dir), search: 'in build' }),
  };
}

/** Not a peer but the floor: what Astro alone costs for the same pages (see writeAstroFloorProject). */
function astroFloorTool(size: number, astroVersion: string): Tool {
  const dir = join(WORK_DIR, `astro-floor-${size}`);
  const outDir = join(dir, 'dist');
  return {
    name: 'Astro floor',
    version: `Astro ${astroVersion} alone (default Markdown, no chrome, no search)`,
    dir,
    outDir,
    prepare: (pages) => writeAstroFloorProject(dir, pages),
    clean: () => rm(outDir, join(dir, '.astro'), join(dir, 'node_modules', '.astro'), join(dir, 'node_modules', '.vite')),
    // the plain Node flags Astro users run, not Lectern's build script flags
    build: async () => ({ run: await measureCommand(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env: BENCH_ENV }), search: 'in build' }),
  };
}

function combine(a: CommandRun, b: CommandRun): CommandRun {
  return {
    wallMs: a.wallMs + b.wallMs,
    cpuMs: a.cpuMs === undefined || b.cpuMs === undefined ? undefined : a.cpuMs + b.cpuMs,
    maxProcessRss: Math.max(a.maxProcessRss ?? 0, b.maxProcessRss ?? 0) || undefined,
    treeRss: Math.max(a.treeRss, b.treeRss),
    peakRss: Math.max(a.peakRss, b.peakRss),
    exitCode: a.exitCode || b.exitCode,
    tail: b.exitCode ? b.tail : a.tail,
  };
}

function astroVersion(): string {
  return JSON.parse(readFileSync(join(WORK_DIR, '..', '..', 'node_modules', 'astro', 'package.json'), 'utf8')).version;
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('index.html')).length;
}

export async function runBuildBench(options: { sizes: number[]; runs: number; lecternVersion: string; log: (line: string) => void }): Promise<{ rows: BuildRow[]; skipped: string[] }> {
  const { log } = options;
  const skipped: string[] = [];
  const mkdocs = ensureMkdocs(log);
  if (!mkdocs.available) skipped.push(`build: MkDocs Material skipped: ${mkdocs.reason}`);
  const starlight = ensureStarlight(join(WORK_DIR, 'starlight'), log);
  if (!starlight.available) skipped.push(`build: Starlight skipped: ${starlight.reason}`);
  const rows: BuildRow[] = [];

  for (const size of options.sizes) {
    const pages = generateCorpus(size);
    const tools: Tool[] = [lecternTool(size, options.lecternVersion)];
    if (mkdocs.available) tools.push(mkdocsTool(size, mkdocs.version));
    if (starlight.available) tools.push(starlightTool(starlight.version));
    tools.push(astroFloorTool(size, astroVersion()));
    for (const tool of tools) tool.prepare(pages);

    const runs = new Map<Tool, { run: CommandRun; search: BuildRow['search'] }[]>(tools.map((tool) => [tool, []]));
    for (let round = 0; round < options.runs; round++) {
      const order = tools.map((_, i) => tools[(i + round) % tools.length]!);
      for (const tool of order) {
        tool.clean();
        const result = await tool.build();
        if (result.run.exitCode !== 0) throw new Error(`${tool.name} build of ${size} pages failed in ${tool.dir} (exit ${result.run.exitCode}):\n${result.run.tail}`);
        const cpu = result.run.cpuMs === undefined ? '' : ` (CPU ${(result.run.cpuMs / 1000).toFixed(2)} s)`;
        log(`  ${tool.name.padEnd(16)} N=${size} run ${round + 1}/${options.runs}: ${(result.run.wallMs / 1000).toFixed(2)} s${cpu}, ${(result.run.peakRss / 2 ** 20).toFixed(0)} MiB, load ${loadavg()[0]!.toFixed(1)}`);
        runs.get(tool)!.push(result);
      }
    }
    for (const tool of tools) {
      const results = runs.get(tool)!;
      const walls = results.map((r) => r.run.wallMs);
      const htmlFiles = countHtml(tool.outDir);
      if (htmlFiles < size) throw new Error(`${tool.name} built only ${htmlFiles} of ${size} pages in ${tool.outDir}`);
      rows.push({
        tool: tool.name,
        version: tool.version,
        pages: size,
        runs: results.length,
        wallMs: median(walls),
        pagesPerSecond: size / (median(walls) / 1000),
        cpuMs: results.every((r) => r.run.cpuMs !== undefined) ? median(results.map((r) => r.run.cpuMs!)) : undefined,
        peakRss: median(results.map((r) => r.run.peakRss)),
        outputBytes: directorySize(tool.outDir),
        htmlFiles,
        search: results[0]!.search,
        allWallMs: walls,
      });
    }
  }
  return { rows, skipped };
}
