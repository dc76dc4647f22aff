/**
 * `npm run bench -- --profile [--quick]`: one extra Lectern build of the
 * corpus under `node --cpu-prof` (via NODE_OPTIONS), then a breakdown of where
 * the CPU went, by area of the build. The .cpuprofile is kept under
 * bench/.work/profile/ for Chrome DevTools (Performance → Load profile).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { buildNodeFlags } from './build-flags.ts';
import { join } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { measureCommand } from './measure.ts';
import { WORK_DIR, writeLecternProject } from './projects.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** First match wins, walking from the sampled frame towards the root of its stack. */
const AREAS: [string, RegExp][] = [
  ['code highlighting (Shiki)', /\/src\/markdown\/plugins\/highlight\//],
  ['Markdown rendering (markdown-it + plugins)', /\/src\/markdown\//],
  ['content loader (front matter, links)', /\/src\/integration\/(content-loader|check-links)/],
  ['specs: lint, publish, Postman', /\/src\/(spec\/|integration\/spec-assets)/],
  ['mock service worker build', /\/src\/(mock\/|integration\/mock)/],
  ['page rendering (layout, components)', /\/\.prerender\/|\/src\/components\//],
  ['content store (devalue)', /\/node_modules\/devalue\//],
  ['bundling (Vite, Rolldown, CSS)', /\/node_modules\/(vite|rolldown|@rolldown|postcss|lightningcss|esbuild)\//],
  ['Astro core', /\/node_modules\/astro\//],
];

export function cpuByArea(profile: CpuProfile): { area: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totals = new Map<string, number>();
  for (const [id, micros] of selfTime) {
    const name = byId.get(id)!.callFrame.functionName;
    let area = name === '(idle)' ? 'idle (waiting: I/O, the Pagefind process)' : name === '(garbage collector)' ? 'garbage collection' : undefined;
    for (let current: number | undefined = id; !area && current !== undefined; current = parent.get(current)) {
      const url = byId.get(current)!.callFrame.url;
      area = AREAS.find(([, pattern]) => pattern.test(url))?.[0];
    }
    area ??= 'other (module loading, Node internals, file I/O)';
    totals.set(area, (totals.get(area) ?? 0) + micros / 1000);
  }
  return [...totals].map(([area, ms]) => ({ area, ms })).sort((a, b) => b.ms - a.ms);
}

export async function runProfile(options: { pages: number; log: (line: string) => void }): Promise<{ area: string; ms: number }[]> {
  const dir = join(WORK_DIR, `profile-${options.pages}`);
  const out = join(WORK_DIR, 'profile');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeLecternProject(dir, generateCorpus(options.pages));
  const run = await measureCommand(process.execPath, [...buildNodeFlags(), join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LECTERN_BASE: '', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${out}`.trim() },
  });
  if (run.exitCode !== 0) throw new Error(`profile: the build failed in ${dir}:\n${run.tail}`);
  // one profile per thread: CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile, thread 0 the main thread;
  // the Markdown render helpers are threads of the same process (child processes write their own)
  const files = readdirSync(out).filter((name) => name.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`profile: no .cpuprofile written to ${out}`);
  const pidOf = (name: string) => name.split('.')[3];
  // the build is the process with the largest profile (other Node processes may write small ones)
  const largest = files.map((name) => ({ name, size: statSync(join(out, name)).size })).sort((a, b) => b.size - a.size)[0]!.name;
  const threads = files.filter((name) => pidOf(name) === pidOf(largest));
  options.log(`profile: ${threads.map((name) => join(out, name)).join(', ')}`);
  rmSync(dir, { recursive: true, force: true });
  return mergeAreas(threads.map((name) => ({ isMain: name.split('.')[4] === '0', areas: cpuByArea(JSON.parse(readFileSync(join(out, name), 'utf8')) as CpuProfile) })));
}

/** Sums the areas of the build's threads; a helper thread's idle time (waiting for work) is left out. */
export function mergeAreas(threads: { isMain: boolean; areas: { area: string; ms: number }[] }[]): { area: string; ms: number }[] {
  const totals = new Map<string, number>();
  for (const { isMain, areas } of threads) {
    for (const { area, ms } of areas) if (isMain || !area.startsWith('idle')) totals.set(area, (totals.get(area) ?? 0) + ms);
  }
  return [...totals].map(([area, ms]) => ({ area, ms })).sort((a, b) => b.ms - a.ms);
}
