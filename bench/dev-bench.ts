/**
 * Dev-server benchmark on a generated Lectern project: `astro dev` start-up
 * until the first page is served, then edit-to-refresh: the time from saving
 * a changed page until the dev server serves HTML containing the change.
 * Everything talks to 127.0.0.1 only, and every wait is bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, pathForIndex } from './corpus.ts';
import { freePort, median, processTreeRss } from './measure.ts';
import { WORK_DIR, writeLecternProject } from './projects.ts';

export interface DevResult {
  pages: number;
  startupMs: number;
  /** Median over the edits. */
  refreshMs: number;
  allRefreshMs: number[];
  /** Edits whose change never showed within the timeout (counted, not in the median). */
  timedOutEdits: number;
  /** Median time from save until the dev server tells the browser to reload (Vite HMR message); undefined when not observed. */
  reloadPushMs: number | undefined;
  allReloadPushMs: (number | undefined)[];
  /** Resident memory of the dev server tree after the edits, bytes. */
  rss: number;
}

const START_TIMEOUT_MS = 180_000;
const REFRESH_TIMEOUT_MS = 15_000;
const EDITS = 5;
const PUSH_WAIT_MS = 5_000;
const EDIT_GAP_MS = 3_000;

/**
 * Listens on the dev server's HMR socket like the browser's Vite client does
 * (token read from /@vite/client) and resolves on the next reload/update message.
 */
async function hmrListener(origin: string): Promise<{ next(since: number): Promise<number | undefined>; close(): void } | undefined> {
  const client = await fetchText(`${origin}/@vite/client`);
  const token = client?.text.match(/const wsToken = "([^"]*)"/)?.[1];
  if (token === undefined) return undefined;
  const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr');
  const opened = await new Promise<boolean>((resolve) => {
    socket.addEventListener('open', () => resolve(true));
    socket.addEventListener('error', () => resolve(false));
    setTimeout(() => resolve(false), PUSH_WAIT_MS);
  });
  if (!opened) return undefined;
  let waiting: ((at: number) => void) | undefined;
  socket.addEventListener('message', (event) => {
    const type = (JSON.parse(String(event.data)) as { type?: string }).type;
    if (type === 'full-reload' || type === 'update') waiting?.(performance.now());
  });
  return {
    next: (since) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), PUSH_WAIT_MS);
        waiting = (at) => {
          waiting = undefined;
          clearTimeout(timer);
          resolve(at - since);
        };
      }),
    close: () => socket.close(),
  };
}

async function fetchText(url: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS) });
    return { status: response.status, text: await response.text() };
  } catch {
    return undefined; // not listening yet
  }
}

/** Polls `url` until `accept` holds; returns the elapsed ms from `since`. */
async function waitFor(url: string, accept: (text: string, status: number) => boolean, since: number, timeoutMs: number, pollMs: number, what: string): Promise<number> {
  for (;;) {
    const result = await fetchText(url);
    if (result && accept(result.text, result.status)) return performance.now() - since;
    if (performance.now() - since > timeoutMs) throw new Error(`dev: timed out after ${timeoutMs} ms waiting for ${what} at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const closed = new Promise((resolve) => child.once('close', resolve));
  process.kill(-child.pid, 'SIGTERM'); // the group we started: astro and its esbuild helper
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 5000);
  await closed;
  clearTimeout(timer);
}

export async function runDevBench(options: { pages: number; log: (line: string) => void }): Promise<DevResult> {
  const dir = join(WORK_DIR, `lectern-dev-${options.pages}`);
  writeLecternProject(dir, generateCorpus(options.pages));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LECTERN_BASE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  try {
    const startupMs = await waitFor(`${origin}/`, (_, status) => status === 200, started, START_TIMEOUT_MS, 50, 'the first page').catch((error: Error) => {
      throw new Error(`${error.message}\n${output.trim().split('\n').slice(-10).join('\n')}`);
    });
    options.log(`  dev start-up to first page: ${startupMs.toFixed(0)} ms`);

    const target = pathForIndex(1);
    const file = join(dir, 'content', target.relPath);
    const url = `${origin}/${target.slug}/`;
    const original = readFileSync(file, 'utf8');
    await waitFor(url, (_, status) => status === 200, performance.now(), START_TIMEOUT_MS, 50, 'the page to edit');
    const refreshes: number[] = [];
    const pushes: (number | undefined)[] = [];
    const timeouts: string[] = [];
    const hmr = await hmrListener(origin);
    if (!hmr) options.log('  dev: could not open the HMR socket; reload push not measured');
    try {
      for (let edit = 0; edit < EDITS; edit++) {
        const marker = `benchmarker${edit}x${Date.now().toString(36)}`;
        writeFileSync(file, `${original}\nEdited paragraph ${marker}.\n`);
        const savedAt = performance.now();
        const push = hmr?.next(savedAt);
        // a timed-out edit is counted and reported, not hidden: the project shares src/ with a working
        // tree that may be mid-edit, so one bad request should not void the other edits
        const elapsed = await waitFor(url, (text) => text.includes(marker), savedAt, REFRESH_TIMEOUT_MS, 5, `edit ${edit + 1} to show`).catch((error: Error) => {
          timeouts.push(error.message);
          return undefined;
        });
        if (elapsed !== undefined) refreshes.push(elapsed);
        pushes.push(await push);
        options.log(`  dev edit ${edit + 1}/${EDITS}: updated HTML served after ${elapsed?.toFixed(0) ?? '(timed out)'} ms, reload pushed after ${pushes.at(-1)?.toFixed(0) ?? '(none)'} ms`);
        // an author edits, looks, edits again: let Astro's delayed store save (500 ms, then a re-import
        // of the whole collection) finish first, or the next request queues behind it
        await new Promise((resolve) => setTimeout(resolve, EDIT_GAP_MS));
      }
    } finally {
      hmr?.close();
      writeFileSync(file, original);
    }
    const pushed = pushes.filter((value): value is number => value !== undefined);
    if (refreshes.length === 0) throw new Error(`no edit showed up: ${timeouts[0]}`);
    return {
      pages: options.pages,
      startupMs,
      refreshMs: median(refreshes),
      allRefreshMs: refreshes,
      timedOutEdits: timeouts.length,
      reloadPushMs: pushed.length ? median(pushed) : undefined,
      allReloadPushMs: pushes,
      rss: child.pid ? processTreeRss(child.pid) : 0,
    };
  } finally {
    await stop(child);
  }
}
