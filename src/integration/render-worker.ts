/**
 * A render helper thread (see render-pool.ts). It starts rendering as soon as
 * it has loaded, long before Astro asks for the pages: it claims the next
 * unrendered page from a counter it shares with any other helper, renders it, and posts the pages back in small batches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createRenderer } from '../markdown/create-renderer.ts';
import { renderPage } from './render-page.ts';
import type { RenderedPage } from './check-links.ts';

export interface RenderHelperData {
  root: string;
  relPaths: string[];
  /** Int32Array over a SharedArrayBuffer: [0] = the next page index to claim */
  next: Int32Array;
}

export type RenderHelperMessage = { pages: [number, RenderedPage][] } | { done: true };

const { root, relPaths, next } = workerData as RenderHelperData;
const renderer = await createRenderer();
const BATCH = 8;
let batch: [number, RenderedPage][] = [];
for (let index = Atomics.add(next, 0, 1); index < relPaths.length; index = Atomics.add(next, 0, 1)) {
  try {
    batch.push([index, renderPage(renderer, root, relPaths[index]!)]);
  } catch {
    // left out: the main thread renders every page missing here again, so the build stops
    // with the page's own error (file and line), as it would without helpers
  }
  if (batch.length === BATCH) {
    parentPort!.postMessage({ pages: batch } satisfies RenderHelperMessage);
    batch = [];
  }
}
parentPort!.postMessage({ pages: batch } satisfies RenderHelperMessage);
parentPort!.postMessage({ done: true } satisfies RenderHelperMessage);
