/**
 * Page benchmark on the repository's own site (built into bench/.work/site):
 * bytes shipped (gzip) by a Markdown page and by the API page, and, in
 * headless Chromium on 127.0.0.1, the time from navigation to the first
 * static operation (build-time list) and to the first Swagger UI `.opblock`,
 * next to a bare swagger-ui-dist page on the same spec.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { isolatedPage, launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { measureCommand, median } from './measure.ts';
import { bigSpec } from './mock.ts';
import { REPO_ROOT, WORK_DIR, writeSiteProject } from './projects.ts';

export interface PageWeight {
  page: string;
  jsGzip: number;
  totalGzip: number;
  requests: number;
}

export interface PageTiming {
  page: string;
  loads: number;
  /** First contentful paint, ms after navigation start (median). */
  fcpMs: number;
  /** First static operation (`.lectern-op`) in the DOM and painted (median). */
  staticOpMs: number | undefined;
  /** First Swagger UI `.opblock` (median). */
  opblockMs: number | undefined;
}

export interface PageResult {
  /** First paint of the Markdown page: the browser's floor for "visible at first paint". */
  markdownPaint: PageTiming;
  weights: PageWeight[];
  timings: PageTiming[];
  bare: PageTiming | undefined;
  /** The explorer on GitHub's REST spec (a copy of the built API page pointed at it) next to a bare page on it. */
  large?: { spec: string; explorer: PageTiming; bare: PageTiming } | { skipped: string };
}

const LOADS = 5;
const STATIC_OP = '.lectern-op';
const OPBLOCK = '.opblock';
const LOAD_TIMEOUT_MS = 30_000;

/** Records, relative to navigation start, when each selector first matches and when first paint happened. */
const MARKS_SCRIPT = `(() => {
  const marks = (window.__benchMarks = {});
  const selectors = ${JSON.stringify([STATIC_OP, OPBLOCK])};
  const check = () => {
    for (const s of selectors) if (!(s in marks) && document.querySelector(s)) marks[s] = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
})();`;

function htmlPages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('index.html') && !name.startsWith('pagefind')).sort();
}

/** The first built page holding the static operation list, and a Markdown page without one (a guide when there is one). */
function pickPages(dist: string): { markdown: string; api: string | undefined } {
  let markdown: string | undefined;
  let api: string | undefined;
  for (const file of htmlPages(dist)) {
    const html = readFileSync(join(dist, file), 'utf8');
    const path = `/${file.replace(/index\.html$/, '')}`;
    if (html.includes('lectern-op')) api ??= path;
    else if (path !== '/' && !html.includes('api-explorer') && (markdown === undefined || (path.startsWith('/guides/') && !markdown.startsWith('/guides/')))) markdown = path;
  }
  return { markdown: markdown ?? '/', api };
}

async function weigh(browser: Browser, url: string, page: string): Promise<PageWeight> {
  const { page: tab, context } = await isolatedPage(browser);
  const bodies: Promise<{ js: boolean; bytes: number; inlineJs: number }>[] = [];
  tab.on('response', (response) => {
    bodies.push(
      response.body().then(
        (body) => {
          const type = response.headers()['content-type'] ?? '';
          const js = response.request().resourceType() === 'script' || /javascript/.test(type);
          // inline <script> in the document counts as JavaScript shipped too
          const inline = /html/.test(type) ? [...body.toString('utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : '';
          return { js, bytes: gzipSync(body).length, inlineJs: inline ? gzipSync(inline).length : 0 };
        },
        () => ({ js: false, bytes: 0, inlineJs: 0 }), // redirects have no body
      ),
    );
  });
  await tab.goto(url, { waitUntil: 'networkidle', timeout: LOAD_TIMEOUT_MS });
  const all = await Promise.all(bodies);
  await context.close();
  return {
    page,
    jsGzip: all.reduce((sum, r) => sum + (r.js ? r.bytes : r.inlineJs), 0),
    totalGzip: all.reduce((sum, r) => sum + r.bytes, 0),
    requests: all.length,
  };
}

/** Medians over LOADS fresh loads; `expectStatic` pages wait for the static list, API pages for the first `.opblock`. */
async function time(browser: Browser, url: string, page: string, expectStatic: boolean, waitForOpblock = true): Promise<PageTiming> {
  const fcp: number[] = [];
  const statics: number[] = [];
  const opblocks: number[] = [];
  for (let load = 0; load < LOADS; load++) {
    const { page: tab, context } = await isolatedPage(browser);
    await tab.addInitScript(MARKS_SCRIPT);
    await tab.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    if (waitForOpblock) await tab.waitForSelector(OPBLOCK, { state: 'visible', timeout: LOAD_TIMEOUT_MS });
    await tab.waitForFunction(() => 'fcp' in ((window as unknown as { __benchMarks: object }).__benchMarks ?? {}), undefined, { timeout: LOAD_TIMEOUT_MS });
    const marks = (await tab.evaluate(() => (window as unknown as { __benchMarks: Record<string, number> }).__benchMarks)) as Record<string, number>;
    await context.close();
    fcp.push(marks.fcp!);
    // nothing is visible before first paint
    if (expectStatic && marks[STATIC_OP] !== undefined) statics.push(Math.max(marks[STATIC_OP], marks.fcp!));
    if (waitForOpblock) opblocks.push(marks[OPBLOCK]!);
  }
  return { page, loads: LOADS, fcpMs: median(fcp), staticOpMs: statics.length ? median(statics) : undefined, opblockMs: opblocks.length ? median(opblocks) : undefined };
}

/** A bare swagger-ui-dist page on the same spec (same file type, so the same parser): the explorer's reference point. */
function writeBarePage(dir: string, specFile: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ui = join(REPO_ROOT, 'node_modules', 'swagger-ui-dist');
  for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js']) copyFileSync(join(ui, file), join(dir, file));
  const specName = specFile.endsWith('.json') ? 'spec.json' : 'spec.yaml';
  copyFileSync(specFile, join(dir, specName));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>bare</title><link rel="stylesheet" href="swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="swagger-ui-bundle.js"></script>
<script>SwaggerUIBundle({ url: '${specName}', dom_id: '#swagger-ui' });</script></body></html>\n`,
  );
}

/**
 * The site's API page with GitHub's REST spec in its explorer: a copy of the
 * built page whose explorer (and its preload) points at the spec, copied in
 * as a published JSON. (Building a site on that spec would also lint it with
 * the house rules and bundle a mock for 1 000 operations, which is not what
 * this measures.) Returns the page's path.
 */
function writeLargeSpecPage(dist: string, apiPath: string, specFile: string): string {
  const html = readFileSync(join(dist, apiPath, 'index.html'), 'utf8');
  const pointed = html.replaceAll('/apis/restapis/session.json', '/apis/restapis/bench-large.json');
  if (pointed === html) throw new Error(`page: ${apiPath} does not load /apis/restapis/session.json; cannot point a copy at the large spec`);
  copyFileSync(specFile, join(dist, 'apis', 'restapis', 'bench-large.json'));
  mkdirSync(join(dist, 'apis', 'bench-large'), { recursive: true });
  writeFileSync(join(dist, 'apis', 'bench-large', 'index.html'), pointed);
  return '/apis/bench-large/';
}

export async function runPageBench(options: { log: (line: string) => void }): Promise<PageResult> {
  const dir = join(WORK_DIR, 'site');
  writeSiteProject(dir);
  options.log('page: building the repository site ...');
  const build = await measureCommand(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LECTERN_BASE: '' } });
  if (build.exitCode !== 0) throw new Error(`page: the site build failed in ${dir}:\n${build.tail}`);
  const dist = join(dir, 'dist');
  const { markdown, api } = pickPages(dist);
  const browser = await launchBrowser();
  const site = await serveStatic(dist);
  const origin = site.url.replace(/\/$/, '');
  try {
    const weights = [await weigh(browser, `${origin}${markdown}`, markdown)];
    const markdownPaint = await time(browser, `${origin}${markdown}`, markdown, false, false);
    const timings: PageTiming[] = [];
    let bare: PageTiming | undefined;
    if (api) {
      weights.push(await weigh(browser, `${origin}${api}`, api));
      timings.push(await time(browser, `${origin}${api}`, api, true));
      const spec = join(dist, 'apis', 'restapis', 'session.yaml');
      if (existsSync(spec)) {
        const bareDir = join(WORK_DIR, 'bare-swagger-ui');
        writeBarePage(bareDir, spec);
        const bareSite = await serveStatic(bareDir);
        try {
          bare = await time(browser, bareSite.url, 'bare swagger-ui-dist (session.yaml)', false);
        } finally {
          await bareSite.close();
        }
      } else options.log(`page: ${spec} missing; no bare swagger-ui-dist comparison`);
    } else options.log('page: no page with a static operation list found; API timings skipped');
    let large: PageResult['large'];
    const big = api ? bigSpec() : { reason: 'no API page' };
    if (api && big.file?.endsWith('.json')) {
      const path = writeLargeSpecPage(dist, api, big.file);
      const explorer = await time(browser, `${origin}${path}`, `${path} (GitHub's REST spec)`, false);
      const bareDir = join(WORK_DIR, 'bare-swagger-ui-large');
      writeBarePage(bareDir, big.file);
      const bareSite = await serveStatic(bareDir);
      try {
        large = { spec: big.file, explorer, bare: await time(browser, bareSite.url, "bare swagger-ui-dist (GitHub's REST spec)", false) };
      } finally {
        await bareSite.close();
      }
    } else {
      large = { skipped: big.reason ?? `GitHub's spec is not JSON: ${big.file}` };
      options.log(`page: large-spec comparison skipped: ${large.skipped}`);
    }
    return { markdownPaint, weights, timings, bare, large };
  } finally {
    await site.close();
    await browser.close();
  }
}
