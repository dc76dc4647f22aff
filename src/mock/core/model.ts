/** The compiled form of a spec: built once by compile(), read-only afterwards. */

import type { RouteNode, ServerPrefix } from './router.ts';
import type { SchemaRegistry } from './schema-registry.ts';
import type { MockContext, MockOptions, MockResponse, Principal, ValidatorSource } from './types.ts';

export type ParamLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParamSpec {
  name: string;
  in: ParamLocation;
  required: boolean;
  schemaId?: string;
  /** top-level JSON type of the schema, for string → value coercion */
  type?: string;
  itemType?: string;
  explode: boolean;
}

export interface MediaSpec {
  mediaType: string;
  schema?: unknown;
  schemaId?: string;
  example?: unknown;
  examples: Record<string, unknown>;
}

export interface ResponseSpec {
  /** `200`, `2XX`, `default` */
  status: string;
  description: string;
  contents: MediaSpec[];
}

export interface SecurityRequirement {
  [scheme: string]: string[];
}

export interface Operation {
  /** `GET /me/sessions` — method and template relative to the server base */
  key: string;
  method: string;
  template: string;
  operationId?: string;
  params: ParamSpec[];
  body?: { required: boolean; contents: MediaSpec[] };
  responses: ResponseSpec[];
  /** the response sent when nothing is asked for: lowest 2xx, else `2XX`, `default`, else the first */
  defaultResponse?: { response: ResponseSpec; status: number };
  /** effective requirements (operation's, else the document's); empty = open */
  security: SecurityRequirement[];
  /** inferred collection role, see state.ts */
  collection?: { path: string; role: 'list' | 'item'; idParam?: string };
}

export interface SecurityScheme {
  name: string;
  type: 'basic' | 'bearer' | 'apiKey' | 'oauth2' | 'other';
  /** apiKey: where and under which name */
  in?: 'header' | 'query' | 'cookie';
  paramName?: string;
  /** oauth2: declared scopes */
  scopes: string[];
}

export interface CollectionSpec {
  path: string;
  itemPath: string;
  idParam: string;
  /** property of an item holding its id */
  idField: string;
  /** property of the list response holding the array; undefined when the body is the array */
  envelopeKey?: string;
  seed: unknown[];
  listExample?: unknown;
}

export interface Model {
  doc: any;
  version: string;
  title: string;
  options: MockOptions;
  prefixes: ServerPrefix[];
  routes: RouteNode<Operation>;
  operations: Operation[];
  securitySchemes: Map<string, SecurityScheme>;
  /** paths (relative to the mock root) answering the OAuth2 password grant */
  tokenPaths: Set<string>;
  registry: SchemaRegistry;
  validators: ValidatorSource;
  collections: Map<string, CollectionSpec>;
  extensions: Array<{ extension: MockExtension<any>; config: unknown }>;
}

/** What an extension handler receives; `reply` builds responses in the operation's own shapes. */
export interface HandlerInput<S> {
  model: Model;
  op: Operation;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  principal?: Principal;
  state: S;
  config: unknown;
  ctx: MockContext;
  reply: Reply;
}

export interface Reply {
  /** lowest declared 2xx of the operation, with this body (or none for 204) */
  success(body?: unknown): MockResponse;
  /** like success(), with the body already serialised as JSON (for extensions that cache it) */
  successText(json: string): MockResponse;
  json(status: number, body: unknown): MockResponse;
  /** an error in the operation's error schema (or problem+json) */
  error(status: number, title: string, detail: string, extra?: Record<string, unknown>): MockResponse;
}

/**
 * Domain behaviour beyond the generic collection inference. An extension
 * looks at the compiled model, decides whether it applies (returning its
 * config), seeds its part of every new world, and answers some operations.
 * Handlers return undefined to fall back to the generic behaviour.
 */
export interface MockExtension<S> {
  name: string;
  applies(model: Model): unknown | undefined;
  seed(model: Model, config: unknown): S;
  handlers: Record<string, (input: HandlerInput<S>) => MockResponse | undefined>;
}
