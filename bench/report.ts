/**
 * Turns bench results into one Markdown table (printed, and pasted into the
 * README as is) plus the target checks of issue 7.
 */
import type { BuildRow } from './build-bench.ts';
import type { DevResult } from './dev-bench.ts';
import type { PageResult } from './page-bench.ts';

export interface TableRow {
  area: string;
  subject: string;
  figures: string;
  check: string;
}

export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
export const mb = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`);
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value: number): string => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);
const ratio = (value: number): string => `${value.toFixed(2)}×`;

/** The issue's reference corpus; at smaller sizes Astro's fixed start-up dominates, so ratios there are shown, not checked. */
export const TARGET_PAGES = 1000;

export function buildTableRows(rows: BuildRow[]): { table: TableRow[]; checks: TargetCheck[] } {
  const table: TableRow[] = [];
  const checks: TargetCheck[] = [];
  for (const size of [...new Set(rows.map((row) => row.pages))]) {
    const group = rows.filter((row) => row.pages === size);
    for (const row of group) {
      table.push({
        area: 'build',
        subject: `${row.version}, N=${size}${row.search === 'in build' ? '' : ' (+ pagefind by bench)'}`,
        figures: `${ms(row.wallMs)}${row.cpuMs === undefined ? '' : ` (CPU ${ms(row.cpuMs)})`} · ${row.pagesPerSecond.toFixed(0)} pages/s · ${mib(row.peakRss)} peak · ${mb(row.outputBytes)} out (median of ${row.runs})`,
        check: '',
      });
    }
    const lectern = group.find((row) => row.tool === 'Lectern');
    if (!lectern) continue;
    const checked = size === TARGET_PAGES;
    const addCheck = (check: TargetCheck) => {
      if (checked) checks.push(check);
      return check;
    };
    addCheck({ target: `Lectern peak RSS ≤ 700 MiB (N=${size})`, measured: mib(lectern.peakRss), pass: lectern.peakRss <= 700 * 2 ** 20 });
    for (const [peer, timeLimit, sizeLimit] of [['MkDocs Material', 1 / 4, 1 / 5], ['Starlight', 1 / 5, undefined]] as const) {
      const other = group.find((row) => row.tool === peer);
      if (!other) continue;
      const timeRatio = lectern.wallMs / other.wallMs;
      const sizeRatio = lectern.outputBytes / other.outputBytes;
      const rssRatio = lectern.peakRss / other.peakRss;
      const timeCheck = addCheck({ target: `Lectern time ≤ ${ratio(timeLimit)} ${peer}'s (N=${size})`, measured: ratio(timeRatio), pass: timeRatio <= timeLimit });
      const marks = [`time ${timeCheck.pass ? 'meets' : 'misses'} ≤ ${ratio(timeLimit)}`];
      if (sizeLimit !== undefined) {
        const sizeCheck = addCheck({ target: `Lectern output ≤ ${ratio(sizeLimit)} ${peer}'s (N=${size})`, measured: ratio(sizeRatio), pass: sizeRatio <= sizeLimit });
        marks.push(`size ${sizeCheck.pass ? 'meets' : 'misses'} ≤ ${ratio(sizeLimit)}`);
      }
      table.push({
        area: 'build',
        subject: `Lectern / ${peer}, N=${size}`,
        // CPU time as well: on a shared machine it moves less than wall time
        figures: `time ${ratio(timeRatio)}${lectern.cpuMs && other.cpuMs ? ` (CPU ${ratio(lectern.cpuMs / other.cpuMs)})` : ''} · RSS ${ratio(rssRatio)} · output ${ratio(sizeRatio)}`,
        check: checked ? marks.join(', ') : `(targets apply at N=${TARGET_PAGES})`,
      });
    }
    // context for the time targets: how far Astro alone already is from them
    const floor = group.find((row) => row.tool === 'Astro floor');
    if (floor) {
      const versus = ['MkDocs Material', 'Starlight']
        .map((peer) => group.find((row) => row.tool === peer))
        .filter((row): row is BuildRow => row !== undefined)
        .map((row) => `${ratio(floor.wallMs / row.wallMs)} ${row.tool}`);
      table.push({
        area: 'build',
        subject: `Astro floor, N=${size}: its own time is`,
        figures: [...versus, `Lectern = ${ratio(lectern.wallMs / floor.wallMs)} the floor`].join(' · '),
        check: '(context, not a target)',
      });
    }
  }
  return { table, checks };
}

export function renderTable(rows: TableRow[]): string {
  const header: TableRow = { area: 'area', subject: 'what', figures: 'figures', check: 'target' };
  const all = [header, ...rows];
  const width = (key: keyof TableRow) => Math.max(...all.map((row) => row[key].length));
  const keys: (keyof TableRow)[] = ['area', 'subject', 'figures', 'check'];
  const line = (row: TableRow) => `| ${keys.map((key) => row[key].padEnd(width(key))).join(' | ')} |`;
  return [line(header), `| ${keys.map((key) => '-'.repeat(width(key))).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function devTableRows(dev: DevResult): { table: TableRow[]; checks: TargetCheck[] } {
  const refreshPass = dev.refreshMs <= 300 && dev.timedOutEdits === 0;
  const checked = dev.pages === TARGET_PAGES;
  return {
    table: [
      { area: 'dev', subject: `astro dev start-up to first page, N=${dev.pages}`, figures: `${ms(dev.startupMs)} · ${mib(dev.rss)} RSS after edits`, check: '' },
      {
        area: 'dev',
        subject: `edit-to-refresh (save → updated HTML), N=${dev.pages}`,
        figures: `${ms(dev.refreshMs)} median of ${dev.allRefreshMs.length} (${dev.allRefreshMs.map((value) => value.toFixed(0)).join(', ')} ms)${dev.timedOutEdits ? `; ${dev.timedOutEdits} edit(s) timed out` : ''}`,
        check: checked ? `${refreshPass ? 'meets' : 'misses'} ≤ 300 ms` : `(target applies at N=${TARGET_PAGES})`,
      },
      {
        area: 'dev',
        subject: `save → reload message to the browser (HMR), N=${dev.pages}`,
        figures: dev.reloadPushMs === undefined ? 'not observed' : `${ms(dev.reloadPushMs)} median (${dev.allReloadPushMs.map((value) => value?.toFixed(0) ?? '-').join(', ')} ms)`,
        check: '',
      },
    ],
    checks: checked ? [{ target: `edit-to-refresh ≤ 300 ms (N=${dev.pages})`, measured: ms(dev.refreshMs), pass: refreshPass }] : [],
  };
}

export function pageTableRows(result: PageResult): { table: TableRow[]; checks: TargetCheck[] } {
  const table: TableRow[] = [];
  const checks: TargetCheck[] = [];
  for (const [index, weight] of result.weights.entries()) {
    const isMarkdown = index === 0;
    const pass = weight.jsGzip <= 15 * 1024;
    if (isMarkdown) checks.push({ target: 'Markdown page JS ≤ 15 KB gzip', measured: kb(weight.jsGzip), pass });
    table.push({
      area: 'page',
      subject: `${isMarkdown ? 'Markdown' : 'API'} page ${weight.page}: shipped (gzip)`,
      figures: `JS ${kb(weight.jsGzip)} · total ${kb(weight.totalGzip)} in ${weight.requests} requests`,
      check: isMarkdown ? `${pass ? 'meets' : 'misses'} JS ≤ 15 KB` : '',
    });
  }
  table.push({ area: 'page', subject: `Markdown page ${result.markdownPaint.page}: navigation → first paint`, figures: `${ms(result.markdownPaint.fcpMs)} (median of ${result.markdownPaint.loads})`, check: '' });
  for (const timing of result.timings) {
    if (timing.staticOpMs !== undefined) {
      const pass = timing.staticOpMs <= 200;
      checks.push({ target: 'API page: first static operation ≤ 200 ms', measured: ms(timing.staticOpMs), pass });
      table.push({ area: 'page', subject: `API page: navigation → first static operation`, figures: `${ms(timing.staticOpMs)} (first paint ${ms(timing.fcpMs)}, median of ${timing.loads})`, check: `${pass ? 'meets' : 'misses'} ≤ 200 ms` });
    }
    if (timing.opblockMs !== undefined) {
      const bare = result.bare?.opblockMs;
      const pass = bare !== undefined && timing.opblockMs <= bare;
      if (bare !== undefined) checks.push({ target: 'API page: first .opblock no later than bare swagger-ui-dist', measured: `${ms(timing.opblockMs)} vs ${ms(bare)}`, pass });
      table.push({ area: 'page', subject: `API page: navigation → first Swagger UI .opblock`, figures: `${ms(timing.opblockMs)} (median of ${timing.loads})`, check: bare === undefined ? '' : `${pass ? 'meets' : 'misses'} ≤ bare` });
    }
  }
  if (result.bare?.opblockMs !== undefined) {
    table.push({ area: 'page', subject: 'bare swagger-ui-dist page, same spec: first .opblock', figures: `${ms(result.bare.opblockMs)} (median of ${result.bare.loads})`, check: '' });
  }
  const large = result.large;
  if (large && 'explorer' in large && large.explorer.opblockMs !== undefined && large.bare.opblockMs !== undefined) {
    const pass = large.explorer.opblockMs <= large.bare.opblockMs;
    checks.push({ target: "API page, GitHub's REST spec: first .opblock no later than bare swagger-ui-dist", measured: `${ms(large.explorer.opblockMs)} vs ${ms(large.bare.opblockMs)}`, pass });
    table.push({ area: 'page', subject: "API page with GitHub's REST spec: first .opblock", figures: `${ms(large.explorer.opblockMs)} (median of ${large.explorer.loads})`, check: `${pass ? 'meets' : 'misses'} ≤ bare` });
    table.push({ area: 'page', subject: "bare swagger-ui-dist page, GitHub's REST spec: first .opblock", figures: `${ms(large.bare.opblockMs)} (median of ${large.bare.loads})`, check: '' });
  } else if (large && 'skipped' in large) {
    table.push({ area: 'page', subject: "API page with GitHub's REST spec", figures: `skipped: ${large.skipped}`, check: '' });
  }
  return { table, checks };
}

/**
 * Rows from bench/mock.ts (the mock helper's `runMockBench()`), whatever their
 * exact shape: table-shaped rows pass through, other objects are summarised
 * as "key: value" pairs so no figure is lost.
 */
export function mockTableRows(rows: unknown): TableRow[] {
  const list = Array.isArray(rows) ? rows : [rows];
  return list.map((row): TableRow => {
    if (typeof row !== 'object' || row === null) return { area: 'mock', subject: String(row), figures: '', check: '' };
    const record = row as Record<string, unknown>;
    if (typeof record.subject === 'string' && typeof record.figures === 'string') {
      return { area: 'mock', subject: record.subject, figures: record.figures, check: typeof record.check === 'string' ? record.check : '' };
    }
    const nameKey = ['name', 'subject', 'server', 'target', 'what', 'label'].find((key) => typeof record[key] === 'string');
    const figures = Object.entries(record)
      .filter(([key, value]) => key !== nameKey && value !== undefined && typeof value !== 'object')
      .map(([key, value]) => `${key}: ${typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value)}`)
      .join(' · ');
    return { area: 'mock', subject: nameKey ? String(record[nameKey]) : 'mock', figures, check: '' };
  });
}
