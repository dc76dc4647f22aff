/**
 * Builds and the dev server's first load: Markdown pages render on the other
 * cores, starting early. The integration starts helper threads when Astro is
 * configured; they list content/ and render pages while Astro is still
 * starting up. (Later dev re-renders of an edited page stay on the main thread.) When the
 * content loader (another module instance, in Astro's module runner; it finds
 * the pool through a process-wide symbol) gets to the pages, it takes the
 * helpers' pages. Pages come back in file order, and a page that failed on a
 * helper is rendered again on the main thread, so a build with helpers gives
 * the same pages and the same errors as one without.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Renderer } from '../markdown/types.ts';
import type { RenderedPage } from './check-links.ts';
import { CONTENT_DIR, listContentFiles, renderPage } from './render-page.ts';
import type { RenderHelperData, RenderHelperMessage } from './render-worker.ts';

interface RenderPool {
  root: string;
  relPaths: string[];
  next: Int32Array;
  /** pages the helpers finished, by index into relPaths */
  done: Map<number, RenderedPage>;
  /** resolves when every helper has finished, failed or been stopped */
  settled: Promise<void>;
  stop(): void;
}

const POOL = Symbol.for('lectern.render-pool');
const registry = globalThis as Record<symbol, RenderPool | undefined>;
/** below this many pages a helper's start-up costs more than it saves */
const MIN_PAGES_FOR_HELPERS = 50;

/** Helper count: the cores beyond the main thread's (busy starting Astro meanwhile), at most three. */
export function startRenderPool(root: string, size = Math.min(availableParallelism() - 1, 3)): void {
  stopRenderPool();
  let relPaths: string[];
  try {
    relPaths = listContentFiles(join(root, CONTENT_DIR));
  } catch {
    return; // no content/ yet: the loader reports that
  }
  if (size < 1 || relPaths.length < MIN_PAGES_FOR_HELPERS) return;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const done = new Map<number, RenderedPage>();
  const workers = Array.from({ length: size }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { root, relPaths, next } satisfies RenderHelperData }));
  const settled = Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker.unref(); // never what keeps a finished (or failed) build alive
          worker.on('message', (message: RenderHelperMessage) => {
            if ('pages' in message) for (const [index, page] of message.pages) done.set(index, page);
            if ('done' in message) resolve();
          });
          // a helper that cannot start or crashes only costs speed: the main thread renders its pages
          worker.on('error', () => resolve());
          worker.on('exit', () => resolve());
        }),
    ),
  ).then(() => undefined);
  const pool: RenderPool = {
    root,
    relPaths,
    next,
    done,
    settled,
    stop() {
      if (registry[POOL] === pool) delete registry[POOL];
      Atomics.store(next, 0, relPaths.length); // helpers claim nothing more
      for (const worker of workers) void worker.terminate();
    },
  };
  registry[POOL] = pool;
}

export function stopRenderPool(): void {
  registry[POOL]?.stop();
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((relPath, i) => relPath === b[i]);

/**
 * Every page of `relPaths`, in that order. With a pool for this root and list
 * the main thread only waits: by now the helpers are warm and well ahead,
 * while warming up here (grammars, JIT) would cost more than the pages it
 * would render. Pages a helper could not render are rendered here.
 */
export async function renderPages(getRenderer: () => Promise<Renderer>, root: string, relPaths: string[]): Promise<{ pages: RenderedPage[]; byHelpers: number }> {
  const pool = registry[POOL];
  if (!pool || pool.root !== root || !sameList(pool.relPaths, relPaths)) {
    const renderer = await getRenderer();
    return { pages: relPaths.map((relPath) => renderPage(renderer, root, relPath)), byHelpers: 0 };
  }
  try {
    await pool.settled;
  } finally {
    pool.stop();
  }
  const renderer = pool.done.size < relPaths.length ? await getRenderer() : undefined;
  return { pages: relPaths.map((relPath, index) => pool.done.get(index) ?? renderPage(renderer!, root, relPath)), byHelpers: pool.done.size };
}
