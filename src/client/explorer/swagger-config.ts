/**
 * The Swagger UI configuration Lectern uses, for its own explorers and for
 * legacy `SwaggerUIBundle({...})` calls alike. Pure apart from the bundle
 * object passed in, so it is unit-tested with a stand-in bundle.
 */
import { explainFailure, isNetworkFailure, type ThrownResponse } from './failure-message.ts';
import { ALL_METHODS, mockPrefix, tokenUrlFor, type MockTarget } from './prepare-spec.ts';

type Json = Record<string, any>;

/** What Lectern always sets, whatever a legacy page asked for (it often turned Try it out off). */
export const FORCED_OPTIONS = {
  tryItOutEnabled: true,
  supportedSubmitMethods: [...ALL_METHODS],
  persistAuthorization: true,
  deepLinking: true,
  filter: true,
  requestSnippetsEnabled: true,
  displayRequestDuration: true,
  validatorUrl: null,
  // the page's own query string must not reconfigure the explorer (e.g. ?url=… to another host)
  queryConfigEnabled: false,
  // the standalone layout's top bar loads arbitrary URLs; the site shows one spec
  layout: 'BaseLayout',
} as const;

/** Options a legacy call may not carry over: Lectern loads the spec and mounts the UI itself. */
const OWNED_KEYS = new Set(['url', 'urls', 'spec', 'dom_id', 'domNode', 'presets', 'plugins', 'requestInterceptor', 'configUrl']);

interface Bundle {
  presets: Record<string, unknown>;
  plugins: Record<string, unknown>;
}

export interface Marker {
  __lecternMarker: string;
}

function isMarker(value: unknown): value is Marker {
  return typeof value === 'object' && value !== null && typeof (value as Marker).__lecternMarker === 'string';
}

/**
 * Presets/plugins of a legacy call → real ones. Markers from the shim name a
 * member of the bundle; the standalone preset and the download-URL plugin
 * are dropped because Lectern uses the base layout and fetches the spec.
 */
export function resolveAddons(list: unknown, bundle: Bundle): unknown[] {
  if (!Array.isArray(list)) return [];
  const resolved: unknown[] = [];
  for (const item of list) {
    if (!isMarker(item)) {
      if (typeof item === 'function') resolved.push(item);
      continue;
    }
    const [group, name] = item.__lecternMarker.split('.', 2);
    if (name === 'DownloadUrl') continue;
    const real = group === 'presets' ? bundle.presets[name!] : group === 'plugins' ? bundle.plugins[name!] : undefined;
    if (real) resolved.push(real);
  }
  return resolved;
}

/** What a legacy call asked for, reduced to the spec URL and the options Lectern keeps. */
export function readLegacyConfig(config: Json): { specUrl: string | undefined; domSelector: string | undefined; options: Json } {
  const specUrl = typeof config.url === 'string' ? config.url : Array.isArray(config.urls) ? config.urls[0]?.url : undefined;
  const options = Object.fromEntries(Object.entries(config).filter(([key]) => !OWNED_KEYS.has(key)));
  return { specUrl, domSelector: typeof config.dom_id === 'string' ? config.dom_id : undefined, options };
}

export interface RequestContext {
  target: MockTarget;
  /** absolute OAuth2 token URLs of the spec */
  tokenUrls: string[];
  /** the server currently chosen in the Servers list (effective URL) */
  selectedServer: () => string | undefined;
  /** resolves once the mock's service worker controls the page */
  ensureMock: () => Promise<void>;
  /** a legacy page's own interceptor, run after ours */
  next?: (request: Json) => Json | Promise<Json>;
}

/**
 * Token requests follow the selected server (the spec's token URL names a
 * real host: the mock or the local proxy answer it instead), and nothing is
 * sent to the mock before its service worker is ready to answer.
 */
export function createRequestInterceptor(ctx: RequestContext) {
  const prefix = mockPrefix(ctx.target);
  return async (request: Json): Promise<Json> => {
    if (ctx.tokenUrls.includes(request.url)) request.url = tokenUrlFor(request.url, ctx.selectedServer() ?? '', ctx.target);
    if (typeof request.url === 'string' && request.url.startsWith(prefix)) await ctx.ensureMock();
    return ctx.next ? ((await ctx.next(request)) ?? request) : request;
  };
}

/** Swagger UI plugin: explains requests that got no answer instead of "Failed to fetch". */
export function failureExplanationPlugin(target: MockTarget) {
  const prefix = mockPrefix(target);
  return () => ({
    statePlugins: {
      spec: {
        wrapActions: {
          setResponse:
            (original: (...args: unknown[]) => unknown, system: Json) =>
            (path: string, method: string, response: ThrownResponse) => {
              if (isNetworkFailure(response)) {
                const url: string | undefined = system.specSelectors.mutatedRequestFor?.(path, method)?.get?.('url');
                response.err!.name = '';
                response.err!.message = explainFailure({ url, pageOrigin: target.origin, toMock: !!url?.startsWith(prefix) });
              }
              return original(path, method, response);
            },
        },
      },
    },
  });
}

/**
 * Swagger UI parses every spec string with its YAML parser, even the JSON
 * Lectern hands it; for JSON, `JSON.parse` is many times faster on large
 * specs. Anything that is not valid JSON still goes through the YAML parser
 * (and its error reporting). `prepared`: the text the explorer already parsed
 * and the document it made of it (mock server added): that text is not
 * parsed again (13 MB of GitHub's spec: two fewer whole-document passes).
 */
export function jsonFastPathPlugin(prepared?: { text: string; json: Json }) {
  return () => ({
    statePlugins: {
      spec: {
        wrapActions: {
          parseToJson:
            (original: (text?: string) => unknown, system: Json) =>
            (text?: string) => {
              const source = text || system.specSelectors.specStr();
              if (prepared && source === prepared.text) {
                system.errActions.clear({ source: 'parser' });
                return system.specActions.updateJsonSpec(prepared.json);
              }
              if (typeof source === 'string' && /^\s*\{/.test(source)) {
                let json: unknown;
                try {
                  json = JSON.parse(source);
                } catch {
                  return original(text);
                }
                system.errActions.clear({ source: 'parser' });
                return system.specActions.updateJsonSpec(json && typeof json === 'object' ? json : {});
              }
              return original(text);
            },
        },
      },
    },
  });
}
