/**
 * Validates an example value against a schema that may `$ref` into the document's
 * `definitions` (Swagger 2.0) or `components/schemas` (OpenAPI 3). Returns Ajv errors, or
 * undefined when the schema cannot be compiled (a dangling ref is `no-unresolved-refs`' job).
 */
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under native ESM its function sits on `.default`
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

type Json = Record<string, any>;

/**
 * With `allowAdditionalProperties: false`, object schemas that do not say otherwise reject
 * unknown keys, so an example with a misplaced wrapper object is caught, as Redocly's own
 * example rules do.
 */
export function closeObjects(schema: any): any {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Json = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'example' ? value : closeObjects(value);
  if (copy.properties && typeof copy.properties === 'object' && !('additionalProperties' in copy)) {
    copy.additionalProperties = false;
  }
  return copy;
}

export interface ExampleValidator {
  validate(schema: Json, example: unknown): ErrorObject[] | undefined;
}

export function createExampleValidator(document: Json, allowAdditionalProperties: boolean): ExampleValidator {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const prepare = allowAdditionalProperties ? (s: any) => s : closeObjects;
  // the document's own schema sections, so `#/definitions/X` and `#/components/schemas/X` resolve
  const sections: Json = {};
  if (document.definitions) sections.definitions = prepare(document.definitions);
  if (document.components?.schemas) sections.components = { schemas: prepare(document.components.schemas) };
  return {
    validate(schema, example) {
      let check;
      try {
        check = ajv.compile({ ...sections, allOf: [prepare(schema)] });
      } catch {
        return undefined;
      }
      return check(example) ? [] : [...(check.errors ?? [])];
    },
  };
}

export function instancePathSegments(instancePath: string): string[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
