/**
 * Builds the mock service worker: compiles each spec's schema registry into
 * Ajv standalone code (so the browser never runs `new Function`), puts the
 * specs and validators into a virtual module, and bundles src/mock/sw/worker.ts
 * with rolldown into one classic script.
 */
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile, type MockOptions, type SchemaRegistry } from '../core/index.ts';
import { createAjv } from '../validate/ajv-live.ts';
import { loadMockSpec, specNameOf } from '../node/load-spec-file.ts';

const VIRTUAL_ID = 'lectern:mock-specs';
const ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** Ajv standalone ESM for every registry entry, with its `require()`s turned into imports. */
export function validatorModule(registry: SchemaRegistry): string {
  const ajv = createAjv(registry, { code: { source: true, esm: true } });
  const refs = Object.fromEntries(Object.keys(registry.entries).map((id) => [id, `mock:v/${id}`]));
  if (Object.keys(refs).length === 0) return 'export {};';
  const generate = ((standaloneCode as any).default ?? standaloneCode) as (ajv: unknown, refs: Record<string, string>) => string;
  const code = generate(ajv, refs);
  const specifiers = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))];
  const imports = specifiers.map((s, i) => `import * as __dep${i} from ${JSON.stringify(s)};`).join('\n');
  const table = `const __deps = {${specifiers.map((s, i) => `${JSON.stringify(s)}: __dep${i}`).join(', ')}};`;
  return `${imports}\n${table}\n${code.replace(/^"use strict";/, '').replace(/require\("([^"]+)"\)/g, (_m, s: string) => `__deps[${JSON.stringify(s)}]`)}`;
}

export interface WorkerSpec {
  file: string;
  /** URL segment: `{base}mock/<name>/` */
  name?: string;
  /** mock options baked into the worker (e.g. Basic accounts) */
  options?: Partial<MockOptions>;
}

/** The worker's source as one string (an IIFE for a classic service worker). */
export async function buildMockWorker(specs: WorkerSpec[]): Promise<string> {
  const modules = new Map<string, string>();
  const entries: string[] = [];
  for (const [index, spec] of specs.entries()) {
    const doc = await loadMockSpec(spec.file);
    let registry: SchemaRegistry | undefined;
    compile(doc, {
      validators: (r) => {
        registry = r;
        return () => {
          throw new Error('build only');
        };
      },
    });
    modules.set(`\0lectern-mock-validators-${index}`, validatorModule(registry!));
    entries.push(`{ name: ${JSON.stringify(spec.name ?? specNameOf(spec.file))}, doc: ${JSON.stringify(doc)}, validators: v${index}, options: ${JSON.stringify(spec.options ?? {})} }`);
  }
  const specsModule = `${specs.map((_s, i) => `import * as v${i} from '\0lectern-mock-validators-${i}';`).join('\n')}\nexport const SPECS = [${entries.join(',\n')}];`;
  const bundle = await rolldown({
    input: ENTRY,
    platform: 'browser',
    logLevel: 'silent',
    plugins: [
      {
        name: 'lectern-mock-specs',
        resolveId(id) {
          if (id === VIRTUAL_ID) return `\0${VIRTUAL_ID}`;
          if (modules.has(id)) return id;
          return undefined;
        },
        load(id) {
          if (id === `\0${VIRTUAL_ID}`) return specsModule;
          return modules.get(id);
        },
      },
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}
