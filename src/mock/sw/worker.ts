/**
 * The service worker that answers `{base}mock/<spec>/…` in the browser from
 * the compiled model — the same core as the Node server, with validators
 * generated at build time (no eval, so a strict CSP holds). It sits at the
 * site root (`{base}mock-sw.js`), so its default scope is the whole site and
 * no Service-Worker-Allowed header is needed. State lives as long as the worker.
 */
import { SPECS } from 'lectern:mock-specs';
import { compile, createMemoryStore, handle, queryRecord, stripMount, type MockContext, type Model } from '../core/index.ts';
import { DEFAULT_EXTENSIONS } from '../extensions/index.ts';

interface FetchEventLike {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: string, listener: (event: any) => void): void;
}
const scope = self as unknown as WorkerScope;

// the worker's folder is the site base: `/en/next/mock-sw.js` → `/en/next/`
const base = new URL('./', scope.location.href).pathname;
const ctx: MockContext = { now: Date.now, random: Math.random, store: createMemoryStore({ worlds: 100 }) };
const mounts: Array<{ prefix: string; model: Model }> = SPECS.map((spec) => ({
  prefix: `${base}mock/${spec.name}`,
  model: compile(spec.doc, { validators: () => (id) => spec.validators[id]!, extensions: DEFAULT_EXTENSIONS, options: spec.options }),
}));

scope.addEventListener('install', () => void scope.skipWaiting());
scope.addEventListener('activate', (event) => event.waitUntil(scope.clients.claim()));
// a page loaded with a hard reload is not controlled; it asks to be claimed
scope.addEventListener('message', (event) => {
  if (event.data === 'lectern-mock:claim') event.waitUntil(scope.clients.claim());
});

scope.addEventListener('fetch', (event: FetchEventLike) => {
  const url = new URL(event.request.url);
  if (url.origin !== scope.location.origin) return;
  for (const mount of mounts) {
    const inside = stripMount(url.pathname, mount.prefix);
    if (inside) return event.respondWith(answer(mount.model, event.request, url, inside.path));
  }
});

async function answer(model: Model, request: Request, url: URL, path: string): Promise<Response> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => (headers[key] = value));
  const declared = Number(headers['content-length'] ?? 0);
  let body: Uint8Array | undefined;
  let bodyTooLarge = declared > model.options.maxBodyBytes;
  if (!bodyTooLarge && request.method !== 'GET' && request.method !== 'HEAD') {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > model.options.maxBodyBytes) bodyTooLarge = true;
    else if (bytes.length > 0) body = bytes;
  }
  const response = handle(model, { method: request.method, path, query: queryRecord(url.search.slice(1)), headers, body, bodyTooLarge }, ctx);
  const nullBody = response.status === 204 || response.status === 304 || request.method === 'HEAD';
  return new Response(nullBody ? null : response.body ?? '', { status: response.status, headers: response.headers });
}
