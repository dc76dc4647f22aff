/** The mock core's public surface. Pure: safe to bundle into a service worker. */
export { compile, SpecError, type CompileOptions } from './compile.ts';
export { handle, RESET_PATH } from './handle.ts';
export { createMemoryStore } from './store.ts';
export { seededRandom } from './random.ts';
export { DOC_SCHEMA_ID, type SchemaRegistry } from './schema-registry.ts';
export type { Model, MockExtension, HandlerInput, Operation, Reply } from './model.ts';
export type { MockContext, MockOptions, MockRequest, MockResponse, ValidatorSource, ValidateFn, WorldStore } from './types.ts';
export { queryRecord, stripMount } from './request.ts';
