/**
 * Build only: each page's HTML goes from the content loader to the page route
 * in memory, not through Astro's content store. Astro bundles the store into
 * the server build as one JSON string; with the HTML inside, 1 000 pages made
 * a 25 MB module for Vite to parse and the page renderer to parse again
 * (measured: Vite's server bundle 0.86 s → 0.45 s, peak RSS −150 MiB).
 *
 * The loader runs in Astro's module runner and the route in the built server
 * bundle, both in the build's own process but as different module instances,
 * hence a process-wide symbol. In dev nothing is opened and the store keeps
 * the HTML, as the dev server's live re-rendering expects.
 */
const HANDOFF = Symbol.for('lectern.page-html');

type Handoff = Map<string, string>;

const current = (): Handoff | undefined => (globalThis as Record<symbol, Handoff | undefined>)[HANDOFF];

export function openPageHtmlHandoff(): void {
  (globalThis as Record<symbol, Handoff | undefined>)[HANDOFF] = new Map();
}

export function closePageHtmlHandoff(): void {
  delete (globalThis as Record<symbol, Handoff | undefined>)[HANDOFF];
}

/** Keeps a page's HTML for the route; false when no build is listening (dev, sync). */
export function handOverPageHtml(id: string, html: string): boolean {
  const handoff = current();
  handoff?.set(id, html);
  return handoff !== undefined;
}

/** The HTML the loader handed over for a store entry marked `handedOver`. */
export function handedOverPageHtml(id: string): string {
  const html = current()?.get(id);
  if (html === undefined) {
    throw new Error(`page "${id}": its HTML was handed over outside the content store, but this process does not hold it (was the page rendered by a build other than \`astro build\` with the Lectern integration?)`);
  }
  return html;
}
