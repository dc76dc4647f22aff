/**
 * Validators compiled live with Ajv (Node: CLI server, dev middleware, tests).
 * Schemas compile on first use, so a spec with thousands of operations starts
 * fast; `eager` compiles all of them up front to surface spec problems early.
 */

import { createRequire } from 'node:module';
import type { Ajv, Options } from 'ajv';

// loaded on demand: only the dialect a spec needs (each costs tens of ms at start-up)
const require = createRequire(import.meta.url);
import type { SchemaRegistry } from '../core/schema-registry.ts';
import type { ValidateFn, ValidatorSource } from '../core/types.ts';

export const AJV_OPTIONS: Options = { strict: false, allErrors: false, validateSchema: false, unicodeRegExp: false, logger: false };

export function createAjv(registry: SchemaRegistry, options: Options = {}): Ajv {
  const AjvClass: new (options: Options) => Ajv = registry.dialect === '2020-12' ? require('ajv/dist/2020.js').Ajv2020 : require('ajv').Ajv;
  const ajv = new AjvClass({ ...AJV_OPTIONS, ...options });
  (require('ajv-formats') as { default: (ajv: Ajv) => void }).default(ajv);
  ajv.addSchema(registry.root());
  for (const schema of Object.values(registry.entries)) ajv.addSchema(schema);
  return ajv;
}

/** A validator that accepts everything, for a schema Ajv cannot compile (reported once via `onBroken`). */
const acceptAll: ValidateFn = Object.assign(() => true, { errors: null });

export function liveValidators(options: { eager?: boolean; onBroken?: (id: string, error: Error) => void } = {}) {
  return (registry: SchemaRegistry): ValidatorSource => {
    // built on first use too: registering thousands of schemas is a big part of a large spec's start-up
    let ajv: Ajv | undefined;
    const cache = new Map<string, ValidateFn>();
    const get = (id: string): ValidateFn => {
      let fn = cache.get(id);
      if (fn) return fn;
      try {
        ajv ??= createAjv(registry);
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
