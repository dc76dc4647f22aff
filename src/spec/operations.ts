/**
 * A flat, serialisable list of a spec's operations, in spec order. The explorer's static
 * reference, the site search and the mock all read this instead of walking the document.
 * Works on bundled documents (local `#/...` refs) and dereferenced ones alike.
 */

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OperationParameter {
  name: string;
  in: string;
  required: boolean;
  description: string;
  /** `schema.type` (OpenAPI 3) or `type` (Swagger 2); '' when absent */
  schemaType: string;
}

export interface OperationSummary {
  method: HttpMethod;
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: OperationParameter[];
  /** response keys as written: '200', '4XX', 'default' */
  responses: string[];
  /** alternatives (OR) of scheme names that must all be satisfied (AND); [] = no security */
  security: string[][];
  /** the same alternatives with their scopes, for the explorer and mock */
  securityScopes: Record<string, string[]>[];
}

type Json = Record<string, any>;

/** Follows a local JSON pointer ref (`#/components/parameters/x`); other refs are left as they are. */
export function resolveLocalRef(document: Json, node: any, seen = new Set<string>()): any {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
  const ref: string = node.$ref;
  if (!ref.startsWith('#/') || seen.has(ref)) return node;
  seen.add(ref);
  let target: any = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (target == null || typeof target !== 'object' || !(key in target)) return node;
    target = target[key];
  }
  return resolveLocalRef(document, target, seen);
}

function toParameter(document: Json, raw: any): OperationParameter | undefined {
  const p = resolveLocalRef(document, raw);
  if (!p || typeof p.name !== 'string' || typeof p.in !== 'string') return undefined;
  const schema = resolveLocalRef(document, p.schema);
  const type = schema?.type ?? p.type ?? '';
  return {
    name: p.name,
    in: p.in,
    required: p.required === true,
    description: typeof p.description === 'string' ? p.description.trim() : '',
    // OpenAPI 3.1 allows type arrays (['string', 'null']); keep the first non-null one
    schemaType: Array.isArray(type) ? (type.find((t: string) => t !== 'null') ?? '') : String(type),
  };
}

/** Operation parameters override path-level ones with the same name and location. */
function mergeParameters(document: Json, pathLevel: any[], operationLevel: any[]): OperationParameter[] {
  const merged = new Map<string, OperationParameter>();
  for (const raw of [...pathLevel, ...operationLevel]) {
    const p = toParameter(document, raw);
    if (p) merged.set(`${p.in}:${p.name}`, p);
  }
  return [...merged.values()];
}

export function listOperations(document: Json): OperationSummary[] {
  const operations: OperationSummary[] = [];
  const paths: Json = document?.paths ?? {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolveLocalRef(document, rawItem) ?? {};
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op || typeof op !== 'object') continue;
      const requirements: Json[] = Array.isArray(op.security) ? op.security : (document.security ?? []);
      operations.push({
        method,
        path,
        operationId: op.operationId ?? '',
        summary: op.summary ?? '',
        description: typeof op.description === 'string' ? op.description.trim() : '',
        tags: Array.isArray(op.tags) ? [...op.tags] : [],
        parameters: mergeParameters(document, item.parameters ?? [], op.parameters ?? []),
        responses: Object.keys(op.responses ?? {}),
        security: requirements.map((req) => Object.keys(req ?? {})),
        securityScopes: requirements.map((req) =>
          Object.fromEntries(Object.entries(req ?? {}).map(([name, scopes]) => [name, [...(scopes as string[])]])),
        ),
      });
    }
  }
  return operations;
}
