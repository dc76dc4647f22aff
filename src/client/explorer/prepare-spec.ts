/**
 * Pure changes Lectern makes to a spec before Swagger UI sees it: the
 * in-browser mock goes first in the servers list (so it is selected), and
 * the OAuth2 token URLs are remembered so requests to them can be sent to
 * the mock while the mock server is selected. No DOM here: unit-tested.
 */

export const MOCK_SERVER_LABEL = 'Mock (runs in your browser)';

type Json = Record<string, any>;

export interface MockTarget {
  /** page origin, `http://127.0.0.1:4321` */
  origin: string;
  /** site base path with trailing slash, `/` or `/en/next/` */
  base: string;
  /** spec name, `session` for session.yaml */
  specName: string;
}

/** `{origin}{base}mock/{spec}`: every mock URL of one spec starts with this. */
export function mockPrefix({ origin, base, specName }: MockTarget): string {
  return `${origin}${base.endsWith('/') ? base : `${base}/`}mock/${specName}`;
}

/** The path part of a server URL template: `https://{host}/t/{tenant-domain}/api` → `/t/{tenant-domain}/api`. */
export function serverPath(url: string): string {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/^\/\/[^/]*/, '');
  return path === '' || path === '/' ? '' : `/${path.replace(/^\/+/, '').replace(/\/+$/, '')}`;
}

/** The first real server's path and the variables that path uses (host variables are dropped). */
function firstServerPath(document: Json): { path: string; variables?: Json } {
  const first: Json | undefined = Array.isArray(document.servers) ? document.servers[0] : undefined;
  const path = first && typeof first.url === 'string' ? serverPath(first.url) : '';
  const used = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!).filter((name) => first?.variables?.[name]);
  return used.length ? { path, variables: Object.fromEntries(used.map((name) => [name, first!.variables[name]])) } : { path };
}

/** The mock server entry: the first real server's path under the mock prefix, with the variables that path uses. */
export function mockServer(document: Json, target: MockTarget): Json {
  const { path, variables } = firstServerPath(document);
  return { url: `${mockPrefix(target)}${path}`, description: MOCK_SERVER_LABEL, ...(variables ? { variables } : {}) };
}

/** `{origin}{base}proxy/{host}`: the dev/preview proxy's prefix for one real server (src/integration/proxy.ts). */
export function proxyPrefix(target: MockTarget, realOrigin: string): string {
  return `${target.origin}${target.base.endsWith('/') ? target.base : `${target.base}/`}proxy/${new URL(realOrigin).host}`;
}

/** Servers through the local proxy: the first real server's path, for each allow-listed origin. */
export function proxyServers(document: Json, target: MockTarget, proxyOrigins: string[]): Json[] {
  const { path, variables } = firstServerPath(document);
  return proxyOrigins.map((origin) => ({
    url: `${proxyPrefix(target, origin)}${path}`,
    description: `${new URL(origin).origin} through the local proxy (astro dev / preview only)`,
    ...(variables ? { variables } : {}),
  }));
}

/**
 * A copy of the OpenAPI 3 document with the mock server first, the spec's
 * own servers next, then any local-proxy servers. Swagger 2.0 documents (no
 * `servers`) are returned as they are: Swagger UI converts them itself.
 */
export function withMockServer(document: Json, target: MockTarget, proxyOrigins: string[] = []): Json {
  if (typeof document.openapi !== 'string') return document;
  const servers: Json[] = Array.isArray(document.servers) && document.servers.length ? document.servers : [{ url: '/' }];
  return { ...document, servers: [mockServer(document, target), ...servers, ...proxyServers(document, target, proxyOrigins)] };
}

/** Absolute OAuth2 token/refresh URLs of every flow of every security scheme. */
export function oauthTokenUrls(document: Json): string[] {
  const schemes: Json = document.components?.securitySchemes ?? document.securityDefinitions ?? {};
  const urls = new Set<string>();
  for (const scheme of Object.values(schemes)) {
    if (scheme?.type !== 'oauth2') continue;
    for (const flow of Object.values<Json>(scheme.flows ?? {})) {
      for (const key of ['tokenUrl', 'refreshUrl']) if (typeof flow?.[key] === 'string') urls.add(flow[key]);
    }
    if (typeof scheme.tokenUrl === 'string') urls.add(scheme.tokenUrl); // Swagger 2.0
  }
  return [...urls].filter((url) => /^https?:\/\//i.test(url));
}

/** Where the mock answers a real token URL: its path under the mock prefix. */
export function mockTokenUrl(tokenUrl: string, target: MockTarget): string {
  const url = new URL(tokenUrl);
  return `${mockPrefix(target)}${url.pathname}${url.search}`;
}

/**
 * Where a token request goes for the selected server: the mock's token path
 * while the mock is selected, the proxy's while a proxied server of the
 * token URL's host is selected, else the token URL itself.
 */
export function tokenUrlFor(tokenUrl: string, selectedServer: string, target: MockTarget): string {
  if (selectedServer.startsWith(mockPrefix(target))) return mockTokenUrl(tokenUrl, target);
  const url = new URL(tokenUrl);
  const viaProxy = proxyPrefix(target, url.origin);
  if (selectedServer.startsWith(`${viaProxy}/`) || selectedServer === viaProxy) return `${viaProxy}${url.pathname}${url.search}`;
  return tokenUrl;
}

export const BEARER_SCHEME = 'BearerToken';
/** The operations of a path item (every other key is shared by them). */
export const ALL_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * OAuth2 APIs accept the access token as `Authorization: Bearer …`; when the
 * spec has no HTTP bearer scheme, the explorer adds one (as an alternative
 * wherever OAuth2 is accepted) so a reader can paste a token they already
 * have. Only the explorer's copy changes; the published spec does not.
 */
export function withBearerAlternative(document: Json): Json {
  const schemes: Json | undefined = document.components?.securitySchemes;
  if (typeof document.openapi !== 'string' || !schemes) return document;
  const schemeList = Object.values<Json>(schemes);
  if (schemeList.some((s) => s?.type === 'http' && String(s.scheme).toLowerCase() === 'bearer')) return document;
  const oauth = new Set(Object.entries<Json>(schemes).filter(([, s]) => s?.type === 'oauth2').map(([name]) => name));
  if (oauth.size === 0) return document;
  const extend = (requirements: unknown) =>
    Array.isArray(requirements) && requirements.some((req) => Object.keys(req ?? {}).some((name) => oauth.has(name)))
      ? [...requirements, { [BEARER_SCHEME]: [] }]
      : requirements;
  const paths = Object.fromEntries(
    Object.entries<Json>(document.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(Object.entries<Json>(item ?? {}).map(([key, op]) => [key, (ALL_METHODS as readonly string[]).includes(key) && Array.isArray(op?.security) ? { ...op, security: extend(op.security) } : op])),
    ]),
  );
  return {
    ...document,
    ...(document.security ? { security: extend(document.security) } : {}),
    paths,
    components: {
      ...document.components,
      securitySchemes: {
        ...schemes,
        [BEARER_SCHEME]: { type: 'http', scheme: 'bearer', description: 'An access token you already have, sent as `Authorization: Bearer …` (accepted wherever OAuth2 is).' },
      },
    },
  };
}
