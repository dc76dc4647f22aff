/**
 * Turns the spec's schemas into plain JSON Schema for Ajv and gives each one a
 * stable id (`v0`, `v1`, … in document order), so the Node adapter can compile
 * them live and the service-worker build can generate the same ids as Ajv
 * standalone code.
 */

import { resolvePointer } from './refs.ts';

export const DOC_SCHEMA_ID = 'mock:doc';

export interface SchemaRegistry {
  dialect: '2020-12' | 'draft-07';
  /** `{ $id: 'mock:doc', components: { schemas } }` — target of every `$ref`; converted on first call */
  root(): Record<string, unknown>;
  /** id → schema (each references `mock:doc#/components/schemas/...`) */
  entries: Record<string, Record<string, unknown>>;
}

// ajv-formats' full set; other format names are documentation only and are dropped
const KNOWN_FORMATS = new Set([
  'date', 'time', 'date-time', 'iso-time', 'iso-date-time', 'duration', 'uri', 'uri-reference', 'uri-template',
  'url', 'email', 'hostname', 'ipv4', 'ipv6', 'regex', 'uuid', 'json-pointer', 'json-pointer-uri-fragment',
  'relative-json-pointer', 'byte', 'int32', 'int64', 'float', 'double', 'password', 'binary',
]);
// keywords that are OpenAPI-only or that Ajv would reject in this position
const DROPPED = new Set(['discriminator', 'xml', 'externalDocs', 'example', 'nullable', 'deprecated', '$schema', 'id']);

export function createSchemaRegistry(doc: any, openapiVersion: string): SchemaRegistry & { add(schema: unknown): string } {
  const is31 = openapiVersion.startsWith('3.1');
  const convert = (schema: unknown, depth = 0): unknown => convertSchema(doc, schema, is31, depth);
  let root: Record<string, unknown> | undefined;
  const entries: Record<string, Record<string, unknown>> = {};
  let next = 0;
  return {
    dialect: is31 ? '2020-12' : 'draft-07',
    root() {
      if (!root) {
        const converted: Record<string, unknown> = {};
        for (const [name, schema] of Object.entries(doc?.components?.schemas ?? {})) converted[name] = convert(schema);
        root = { $id: DOC_SCHEMA_ID, components: { schemas: converted } };
      }
      return root;
    },
    entries,
    add(schema: unknown): string {
      const id = `v${next++}`;
      const body = convert(schema);
      entries[id] = typeof body === 'object' && body !== null ? { ...(body as object), $id: `mock:v/${id}` } : { $id: `mock:v/${id}` };
      return id;
    },
  };
}

function convertSchema(doc: any, schema: unknown, is31: boolean, depth: number): unknown {
  if (depth > 200) return {};
  if (Array.isArray(schema)) return schema.map((item) => convertSchema(doc, item, is31, depth + 1));
  if (schema === null || typeof schema !== 'object') return schema;
  const input = schema as Record<string, any>;
  if (typeof input.$ref === 'string') {
    if (input.$ref.startsWith('#/components/schemas/')) return { $ref: `${DOC_SCHEMA_ID}${input.$ref}` };
    // a ref somewhere else in the document (e.g. into a path's parameter): inline it
    return convertSchema(doc, resolvePointer(doc, input.$ref) ?? {}, is31, depth + 1);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === 'format' && !KNOWN_FORMATS.has(value)) continue;
    if (key === 'properties' || key === 'patternProperties' || key === '$defs' || key === 'definitions' || key === 'dependentSchemas') {
      const map: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(value ?? {})) map[name] = convertSchema(doc, sub, is31, depth + 1);
      out[key] = map;
    } else if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = convertSchema(doc, value, is31, depth + 1);
    }
  }
  if (!is31) {
    // OpenAPI 3.0 dialect → JSON Schema draft-07
    if (input.nullable === true && typeof input.type === 'string') out.type = [input.type, 'null'];
    if (input.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
      if (input[flag] === true && typeof input[bound] === 'number') {
        out[flag] = input[bound];
        delete out[bound];
      } else if (input[flag] === false) delete out[flag];
    }
  }
  return out;
}
