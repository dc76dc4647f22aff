/**
 * compile(spec) → Model, once per spec. Everything expensive or derivable
 * (routes, parameter plans, schema registry, collections) happens here, so
 * handle() only reads.
 */

import { deref, jsonType, topSchema } from './refs.ts';
import { compilePrefix, createRouteNode, insertRoute, type ServerPrefix } from './router.ts';
import { createSchemaRegistry, type SchemaRegistry } from './schema-registry.ts';
import { inferCollections } from './collections.ts';
import { statusNumber, successResponse } from './examples.ts';
import { DEFAULT_OPTIONS, type MockOptions, type ValidatorSource } from './types.ts';
import type { MediaSpec, MockExtension, Model, Operation, ParamSpec, ResponseSpec, SecurityScheme } from './model.ts';
import { HTTP_METHODS } from '../../spec/operations.ts';

export interface CompileOptions {
  /** builds validators for the registry: live Ajv in Node, generated standalone code in the service worker */
  validators: (registry: SchemaRegistry) => ValidatorSource;
  extensions?: Array<MockExtension<any>>;
  options?: Partial<MockOptions>;
}

export class SpecError extends Error {
  readonly pointer: string;
  constructor(pointer: string, message: string) {
    super(`${pointer}: ${message}`);
    this.name = 'SpecError';
    this.pointer = pointer;
  }
}

export function compile(doc: any, compileOptions: CompileOptions): Model {
  if (!doc || typeof doc !== 'object') throw new SpecError('#', 'the spec is not an object');
  if (typeof doc.swagger === 'string') throw new SpecError('#/swagger', 'Swagger 2.0 must be converted to OpenAPI 3 before compile() (see toOpenApi3 in src/mock/node/load-spec-file.ts)');
  if (typeof doc.openapi !== 'string' || !/^3\.[01]\./.test(doc.openapi)) throw new SpecError('#/openapi', `unsupported OpenAPI version ${JSON.stringify(doc.openapi)} (3.0.x and 3.1.x are)`);
  const registry = createSchemaRegistry(doc, doc.openapi);
  const securitySchemes = compileSecuritySchemes(doc);
  const routes = createRouteNode<Operation>();
  const operations: Operation[] = [];
  for (const [template, rawItem] of Object.entries<any>(doc.paths ?? {})) {
    const where = `#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const item = deref(doc, rawItem, where);
    if (!item || typeof item !== 'object') continue;
    for (const method of HTTP_METHODS) {
      if (!item[method]) continue;
      const op = compileOperation(doc, registry, template, method, item, `${where}/${method}`);
      operations.push(op);
      insertRoute(routes, template, op.method, op);
    }
  }
  const model: Model = {
    doc,
    version: doc.openapi,
    title: String(doc.info?.title ?? 'API'),
    options: { ...DEFAULT_OPTIONS, ...compileOptions.options },
    prefixes: serverPrefixes(doc),
    routes,
    operations,
    securitySchemes,
    tokenPaths: tokenPaths(doc),
    registry,
    validators: () => {
      throw new Error('validators not ready');
    },
    collections: new Map(),
    extensions: [],
  };
  model.collections = inferCollections(model);
  model.validators = compileOptions.validators(registry);
  for (const extension of compileOptions.extensions ?? []) {
    const config = extension.applies(model);
    if (config !== undefined) model.extensions.push({ extension, config });
  }
  return model;
}

function serverPrefixes(doc: any): ServerPrefix[] {
  const paths = new Set<string>();
  for (const server of doc.servers ?? []) {
    if (typeof server?.url !== 'string') continue;
    const path = server.url.replace(/^[^/]*:\/\/[^/]*/, '').replace(/[?#].*$/, '');
    if (path && path !== '/') paths.add(path.startsWith('/') ? path : `/${path}`);
  }
  // longest first, so the most specific base path is stripped
  return [...paths].map(compilePrefix).sort((a, b) => b.length - a.length);
}

function tokenPaths(doc: any): Set<string> {
  const out = new Set<string>();
  for (const scheme of Object.values<any>(doc.components?.securitySchemes ?? {})) {
    const url = scheme?.flows?.password?.tokenUrl;
    if (typeof url !== 'string') continue;
    const path = url.replace(/^[^/]*:\/\/[^/]*/, '').replace(/[?#].*$/, '');
    out.add(path.startsWith('/') ? path : `/${path}`);
  }
  return out;
}

function compileSecuritySchemes(doc: any): Map<string, SecurityScheme> {
  const out = new Map<string, SecurityScheme>();
  for (const [name, raw] of Object.entries<any>(doc.components?.securitySchemes ?? {})) {
    const scheme = deref(doc, raw, `#/components/securitySchemes/${name}`);
    const scopes = new Set<string>();
    for (const flow of Object.values<any>(scheme?.flows ?? {})) for (const scope of Object.keys(flow?.scopes ?? {})) scopes.add(scope);
    let type: SecurityScheme['type'] = 'other';
    if (scheme?.type === 'http' && /^basic$/i.test(scheme.scheme ?? '')) type = 'basic';
    else if (scheme?.type === 'http' && /^bearer$/i.test(scheme.scheme ?? '')) type = 'bearer';
    else if (scheme?.type === 'oauth2' || scheme?.type === 'openIdConnect') type = 'oauth2';
    else if (scheme?.type === 'apiKey') type = 'apiKey';
    out.set(name, { name, type, in: scheme?.in, paramName: scheme?.name, scopes: [...scopes] });
  }
  return out;
}

function compileOperation(doc: any, registry: ReturnType<typeof createSchemaRegistry>, template: string, method: string, item: any, where: string): Operation {
  const raw = item[method];
  const params = new Map<string, ParamSpec>();
  for (const [list, listWhere] of [[item.parameters, `${where}/../parameters`], [raw.parameters, `${where}/parameters`]] as const) {
    (list ?? []).forEach((rawParam: any, index: number) => {
      const param = deref(doc, rawParam, `${listWhere}/${index}`);
      if (!param?.name || !param.in) throw new SpecError(`${listWhere}/${index}`, 'parameter needs `name` and `in`');
      params.set(`${param.in}:${param.name}`, compileParam(doc, registry, param));
    });
  }
  let body: Operation['body'];
  if (raw.requestBody) {
    const requestBody = deref(doc, raw.requestBody, `${where}/requestBody`);
    body = { required: requestBody?.required === true, contents: compileContents(doc, registry, requestBody?.content, true) };
  }
  const responses: ResponseSpec[] = [];
  for (const [status, rawResponse] of Object.entries<any>(raw.responses ?? {})) {
    const response = deref(doc, rawResponse, `${where}/responses/${status}`);
    responses.push({ status: String(status).toUpperCase(), description: String(response?.description ?? ''), contents: compileContents(doc, registry, response?.content, false) });
  }
  const success = successResponse({ responses } as Operation) ?? responses[0];
  return {
    defaultResponse: success ? { response: success, status: statusNumber(success.status) } : undefined,
    key: `${method.toUpperCase()} ${template}`,
    method: method.toUpperCase(),
    template,
    operationId: raw.operationId,
    params: [...params.values()],
    body,
    responses,
    security: raw.security ?? doc.security ?? [],
  };
}

function compileParam(doc: any, registry: ReturnType<typeof createSchemaRegistry>, param: any): ParamSpec {
  const schema = param.schema ?? Object.values<any>(param.content ?? {})[0]?.schema;
  const resolved = schema ? topSchema(doc, schema) : undefined;
  const type = jsonType(resolved);
  const itemType = type === 'array' ? jsonType(topSchema(doc, resolved?.items)) : undefined;
  const style = param.style ?? (param.in === 'query' || param.in === 'cookie' ? 'form' : 'simple');
  return {
    name: param.name,
    in: param.in,
    required: param.required === true || param.in === 'path',
    schemaId: schema ? registry.add(schema) : undefined,
    type,
    itemType,
    explode: param.explode ?? style === 'form',
  };
}

function compileContents(doc: any, registry: ReturnType<typeof createSchemaRegistry>, content: any, withValidator: boolean): MediaSpec[] {
  const out: MediaSpec[] = [];
  for (const [mediaType, media] of Object.entries<any>(content ?? {})) {
    const examples: Record<string, unknown> = {};
    for (const [name, rawExample] of Object.entries<any>(media?.examples ?? {})) {
      const example = deref(doc, rawExample, `examples/${name}`);
      if (example && typeof example === 'object' && 'value' in example) examples[name] = example.value;
    }
    out.push({
      mediaType: mediaType.toLowerCase(),
      schema: media?.schema,
      schemaId: withValidator && media?.schema ? registry.add(media.schema) : undefined,
      example: media?.example,
      examples,
    });
  }
  return out;
}

