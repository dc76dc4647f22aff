/**
 * Validators compiled live with Ajv (Node: CLI server, dev middleware, tests).
 * Schemas compile on first use, so a spec with thousands of operations starts
 * fast; `eager` compiles all of them up front to surface spec problems early.
 */

import { Ajv, type Options } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { SchemaRegistry } from '../core/schema-registry.ts';
import type { ValidateFn, ValidatorSource } from '../core/types.ts';

export const AJV_OPTIONS: Options = { strict: false, allErrors: false, validateSchema: false, unicodeRegExp: false, logger: false };

export function createAjv(registry: SchemaRegistry, options: Options = {}): Ajv {
  const AjvClass = registry.dialect === '2020-12' ? Ajv2020 : Ajv;
  const ajv = new AjvClass({ ...AJV_OPTIONS, ...options });
  (addFormats as unknown as (ajv: Ajv) => void)(ajv);
  ajv.addSchema(registry.root);
  for (const schema of Object.values(registry.entries)) ajv.addSchema(schema);
  return ajv;
}

/** A validator that accepts everything, for a schema Ajv cannot compile (reported once via `onBroken`). */
const acceptAll: ValidateFn = Object.assign(() => true, { errors: null });

export function liveValidators(options: { eager?: boolean; onBroken?: (id: string, error: Error) => void } = {}) {
  return (registry: SchemaRegistry): ValidatorSource => {
    const ajv = createAjv(registry);
    const cache = new Map<string, ValidateFn>();
    const get = (id: string): ValidateFn => {
      let fn = cache.get(id);
      if (fn) return fn;
      try {
        fn = ajv.getSchema(`mock:v/${id}`) as ValidateFn | undefined;
        if (!fn) throw new Error(`no schema ${id}`);
      } catch (error) {
        options.onBroken?.(id, error as Error);
        fn = acceptAll;
      }
      cache.set(id, fn);
      return fn;
    };
    if (options.eager) for (const id of Object.keys(registry.entries)) get(id);
    return get;
  };
}
