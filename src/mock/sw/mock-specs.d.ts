// Generated at build time by src/mock/sw/build-worker.ts: each spec's document and its Ajv standalone validators.
declare module 'lectern:mock-specs' {
  import type { MockOptions, ValidateFn } from '../core/types.ts';
  export const SPECS: Array<{ name: string; doc: any; validators: Record<string, ValidateFn>; options: Partial<MockOptions> }>;
}
