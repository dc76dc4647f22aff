import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRenderer } from '../markdown/create-renderer.ts';
import type { Renderer } from '../markdown/types.ts';
import { CONTENT_DIR, renderPage } from './render-page.ts';

/**
 * Dev server only. Astro's content store saves an edit to disk 500 ms after
 * the change and then re-imports the whole collection, so a page served from
 * the store lags every save by well over the 300 ms edit-to-refresh budget.
 * Instead the page route re-renders the page from its file when the file (or
 * a file it includes) is newer than what was rendered last: an unchanged page
 * costs a few `stat` calls, an edited one one markdown-it render.
 */
interface StoredEntry {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

interface LiveRender {
  stamp: number;
  dependencies: string[];
  data: Record<string, unknown>;
  html: string;
  headings: unknown[];
}

let renderer: Promise<Renderer> | undefined;
const renders = new Map<string, LiveRender>();

function newestMtime(files: string[]): number {
  let newest = 0;
  for (const file of files) newest = Math.max(newest, statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return newest;
}

export async function liveEntry<T extends StoredEntry>(entry: T, rootUrl: URL): Promise<T> {
  const filePath = entry.filePath;
  if (!filePath?.startsWith(`${CONTENT_DIR}/`)) return entry;
  const root = fileURLToPath(rootUrl);
  const file = join(root, filePath);
  const previous = renders.get(file);
  const stamp = newestMtime([file, ...(previous?.dependencies ?? [])]);
  if (stamp === 0) return entry; // file gone: the store's copy is all there is
  let live = previous;
  if (!live || live.stamp !== stamp) {
    renderer ??= createRenderer();
    // errors surface in Astro's dev overlay with the file:line the renderer names
    const page = renderPage(await renderer, root, filePath.slice(CONTENT_DIR.length + 1));
    const { html, headings, dependencies, links: _links, ...data } = page;
    live = { stamp, dependencies, data, html, headings };
    renders.set(file, live);
  }
  return { ...entry, data: { ...entry.data, ...live.data }, rendered: { ...entry.rendered, html: live.html, metadata: { ...entry.rendered?.metadata, headings: live.headings, handedOver: undefined } } };
}
