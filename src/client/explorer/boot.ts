/**
 * Explorer entry, loaded (deferred) by ApiExplorer.astro on pages that show
 * an API. Defines `<api-explorer>` and starts the explorers of legacy
 * `SwaggerUIBundle({...})` calls recorded by legacy-shim.js.
 */
import { ensureMockWorker } from '../mock-sw-register.ts';
import { loadSwaggerUi, type AssetUrls } from './load-assets.ts';
import { fetchSpec, preferPublishedJson } from './spec-source.ts';
import { showSpecError } from './error-box.ts';
import { syncTheme } from './theme-sync.ts';
import { oauthTokenUrls, withBearerAlternative, withMockServer, type MockTarget } from './prepare-spec.ts';
import { FORCED_OPTIONS, createRequestInterceptor, failureExplanationPlugin, jsonFastPathPlugin, readLegacyConfig, resolveAddons } from './swagger-config.ts';

type Json = Record<string, any>;

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Registers the mock's service worker once; a failure is retried on the next request (ensureMockWorker keeps that state). */
const ensureMock = (): Promise<void> => ensureMockWorker(BASE);

function assetUrls(): AssetUrls {
  const script = document.querySelector<HTMLLinkElement>('link[data-lectern-swagger-js]')?.href;
  const style = document.querySelector<HTMLLinkElement>('link[data-lectern-swagger-css]')?.href;
  if (!script || !style) throw new Error('the page lacks the links to the Swagger UI files (render it through ApiExplorer)');
  return { script, style };
}

/** Settings the page carries for the explorer (ApiExplorer.astro writes them). */
function pageConfig(): { proxyOrigins: string[] } {
  try {
    const text = document.querySelector('script[data-lectern-explorer-config]')?.textContent;
    return { proxyOrigins: [], ...(text ? JSON.parse(text) : {}) };
  } catch {
    return { proxyOrigins: [] };
  }
}

/** `…/apis/restapis/session.yaml` → `session`: the name the mock serves the spec under. */
export function specNameFromUrl(url: string): string {
  const last = new URL(url, location.href).pathname.split('/').pop() ?? '';
  return last.replace(/\.(ya?ml|json)$/i, '') || 'api';
}

/**
 * A link to an operation of the build-time list (`#api-session-getSessions`)
 * opens that operation in Swagger UI once the list is hidden.
 */
// read before Swagger UI's deep linking rewrites the hash into its own `#/…` form
const initialHash = location.hash;

function openAnchoredOperation(mount: HTMLElement) {
  const id = decodeURIComponent(initialHash.slice(1));
  const anchored = id ? document.getElementById(id)?.closest<HTMLElement>('.lectern-op') : null;
  if (!anchored) return;
  const { tag, operationId } = anchored.dataset;
  if (!tag || !operationId) return;
  const block = mount.querySelector<HTMLElement>(`#operations-${CSS.escape(tag)}-${CSS.escape(operationId)}`);
  if (!block) return;
  if (!block.classList.contains('is-open')) block.querySelector<HTMLElement>('.opblock-summary-control')?.click();
  block.scrollIntoView();
}

/**
 * Swagger UI leaves a few controls without an accessible name and marks its
 * operations list as a second `main` landmark; fixed after every render.
 */
function patchAccessibility(mount: HTMLElement) {
  for (const select of mount.querySelectorAll<HTMLSelectElement>('.servers select:not([aria-label])')) select.setAttribute('aria-label', 'Server');
  for (const input of mount.querySelectorAll<HTMLInputElement>('input[data-variable]:not([aria-label])')) {
    input.setAttribute('aria-label', `Server variable ${input.dataset.variable}`);
  }
  // the site's own <main> holds the page; Swagger UI's operations list is a region within it
  for (const landmark of mount.querySelectorAll('main:not([role])')) {
    landmark.setAttribute('role', 'region');
    landmark.setAttribute('aria-label', 'Operations');
  }
  // a link inside each operation's toggle button is a control inside a control; the button alone
  // opens the operation and deep linking still puts `#/tag/operationId` in the address bar
  for (const link of mount.querySelectorAll<HTMLAnchorElement>('.opblock-summary-control a[href]')) link.removeAttribute('href');
  // scrollable examples must be reachable by keyboard
  for (const pre of mount.querySelectorAll<HTMLElement>('pre.microlight:not([tabindex])')) pre.tabIndex = 0;
}

function keepAccessible(mount: HTMLElement) {
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      patchAccessibility(mount);
    });
  }).observe(mount, { childList: true, subtree: true });
}

/**
 * Once Swagger UI shows operations: hide the build-time operation list of
 * this spec, and only then start the mock's service worker, so its install
 * does not compete with the first render.
 */
function whenRendered(mount: HTMLElement, specName: string) {
  const hide = () => {
    if (!mount.querySelector('.opblock')) return false;
    performance.mark('lectern:explorer-rendered'); // explorer-start/-loaded/-rendered: for a DevTools performance trace
    for (const ref of document.querySelectorAll<HTMLElement>(`.lectern-api-reference[data-spec-name="${CSS.escape(specName)}"]`)) ref.hidden = true;
    ensureMock().catch(() => {}); // a failure is reported when a request needs the mock
    openAnchoredOperation(mount);
    return true;
  };
  if (hide()) return;
  const observer = new MutationObserver(() => hide() && observer.disconnect());
  observer.observe(mount, { childList: true, subtree: true });
}

interface MountRequest {
  mount: HTMLElement;
  specUrl: string;
  legacy?: Json;
}

async function startExplorer({ mount, specUrl, legacy = {} }: MountRequest): Promise<any> {
  mount.classList.add('lectern-explorer');
  syncTheme(mount);
  const specName = specNameFromUrl(specUrl);
  const target: MockTarget = { origin: location.origin, base: BASE, specName };
  try {
    performance.mark('lectern:explorer-start');
    const [bundle, source] = await Promise.all([loadSwaggerUi(assetUrls()), fetchSpec(preferPublishedJson(new URL(specUrl, location.href).href, BASE, location.origin))]);
    performance.mark('lectern:explorer-loaded');
    const document_ = source.document;
    const prepared = { text: source.text, json: withBearerAlternative(withMockServer(document_, target, pageConfig().proxyOrigins)) };
    const { options } = readLegacyConfig(legacy);
    let ui: any;
    const presets = resolveAddons(legacy.presets, bundle);
    const plugins = resolveAddons(legacy.plugins, bundle);
    whenRendered(mount, specName);
    keepAccessible(mount);
    // no `spec` option: Swagger UI would JSON.stringify the document only to parse it again; it gets
    // the fetched text below, and the fast path hands it the prepared document for that text
    ui = bundle({
      ...options,
      ...FORCED_OPTIONS,
      domNode: mount,
      presets: presets.length ? presets : [bundle.presets.apis],
      plugins: [...plugins, failureExplanationPlugin(target), jsonFastPathPlugin(prepared)],
      requestInterceptor: createRequestInterceptor({
        target,
        tokenUrls: oauthTokenUrls(document_),
        // the template URL is enough: the mock prefix has no variables
        selectedServer: () => ui?.oas3Selectors?.selectedServer(),
        ensureMock,
        next: typeof legacy.requestInterceptor === 'function' ? legacy.requestInterceptor : undefined,
      }),
    });
    // what Swagger UI itself does with a `spec` object, minus the stringify
    ui.specActions.updateUrl('');
    ui.specActions.updateLoadingStatus('success');
    ui.specActions.updateSpec(prepared.text);
    return ui;
  } catch (error) {
    showSpecError(mount, error as Error);
    return undefined;
  }
}

class ApiExplorerElement extends HTMLElement {
  #started = false;
  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    const specUrl = this.getAttribute('spec-url') ?? `${BASE}apis/restapis/${(this.getAttribute('spec') ?? 'session.yaml').replace(/\.(ya?ml|json)$/i, '')}.json`;
    let mount = this.querySelector<HTMLElement>(':scope > .lectern-explorer-mount');
    if (!mount) {
      mount = document.createElement('div');
      mount.className = 'lectern-explorer-mount';
      this.append(mount);
    }
    void startExplorer({ mount, specUrl });
  }
}

/** Legacy inline calls recorded by legacy-shim.js: mount each, then hand its handle the real UI. */
function startLegacyExplorers() {
  const calls: { config: Json; handle: Json; pending: [string, unknown[]][] }[] = (window as any).__lecternLegacyExplorers ?? [];
  for (const { config, handle, pending } of calls.splice(0)) {
    const { specUrl, domSelector } = readLegacyConfig(config);
    const mount = (config.domNode as HTMLElement | undefined) ?? (domSelector ? document.querySelector<HTMLElement>(domSelector) : null);
    if (!mount) continue;
    if (!specUrl) {
      showSpecError(mount, new Error('SwaggerUIBundle was called without a "url": nothing to show'));
      continue;
    }
    void startExplorer({ mount, specUrl, legacy: config }).then((ui) => {
      if (!ui) return;
      Object.assign(handle, ui);
      for (const [method, args] of pending) ui[method]?.(...args);
    });
  }
}

if (!customElements.get('api-explorer')) customElements.define('api-explorer', ApiExplorerElement);
startLegacyExplorers();
