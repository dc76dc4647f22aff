/**
 * Plain data the mock core works on. Adapters (Node, dev middleware, service
 * worker) translate their native request/response objects to and from these.
 */

export interface MockRequest {
  method: string;
  /** raw (still percent-encoded) path relative to the mock root, starting with `/` */
  path: string;
  query: Record<string, string | string[]>;
  /** lower-case header names */
  headers: Record<string, string | undefined>;
  /** raw bytes or already-decoded text; undefined when the request had no body */
  body?: Uint8Array | string;
  /** set by an adapter that stopped reading because the body passed `model.options.maxBodyBytes` */
  bodyTooLarge?: boolean;
}

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

/** Everything impure the core needs, handed in by the adapter. */
export interface MockContext {
  now(): number;
  random(): number;
  store: WorldStore;
}

/** Where worlds (per-credential state) and issued tokens live. */
export interface WorldStore {
  world(key: string, create: () => World): World;
  token(value: string): IssuedToken | undefined;
  saveToken(value: string, token: IssuedToken): void;
  /** drop every world (tokens stay valid), so the next request starts from the seed */
  resetWorlds(): void;
}

export interface World {
  /** concrete list path (e.g. `/me/sessions`) → current items */
  collections: Map<string, unknown[]>;
  /** state kept by extensions, by extension name */
  extensions: Map<string, unknown>;
}

export interface IssuedToken {
  user: string;
  scopes: string[];
  expiresAt: number;
}

export type ValidateFn = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string; keyword: string; params?: Record<string, unknown> }> | null };

/** Returns the compiled validator for a schema id from the schema registry (see schema-registry.ts). */
export type ValidatorSource = (id: string) => ValidateFn;

export interface Principal {
  user: string;
  /** scheme name that authenticated the request */
  scheme: string;
  /** granted scopes; undefined means "not scope-limited" (Basic accounts, API keys) */
  scopes?: string[];
}

export interface MockOptions {
  /** Basic accounts and password-grant users: username → password */
  accounts: Record<string, string>;
  maxBodyBytes: number;
  /** seed for schema-generated bodies when `Prefer: dynamic=true` is absent */
  seed: number;
  tokenLifetimeSeconds: number;
  /** deepest JSON nesting accepted in a request body */
  maxJsonDepth: number;
}

export const DEFAULT_OPTIONS: MockOptions = {
  accounts: { admin: 'admin' },
  maxBodyBytes: 1024 * 1024,
  seed: 1,
  tokenLifetimeSeconds: 3600,
  maxJsonDepth: 64,
};
