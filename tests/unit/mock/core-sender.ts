/** A `send` for the scenario runner that calls the pure core directly. */
import { compile, createMemoryStore, handle, queryRecord, seededRandom, stripMount } from '../../../src/mock/core/index.ts';
import { DEFAULT_EXTENSIONS } from '../../../src/mock/extensions/index.ts';
import { loadMockSpec } from '../../../src/mock/node/load-spec-file.ts';
import { liveValidators } from '../../../src/mock/validate/ajv-live.ts';
import type { Send } from './scenario-runner.ts';

export async function compileFile(file: string, accounts?: Record<string, string>) {
  return compile(await loadMockSpec(file), { validators: liveValidators({ eager: true }), extensions: DEFAULT_EXTENSIONS, options: accounts ? { accounts } : {} });
}

export async function coreSender(file: string, accounts?: Record<string, string>): Promise<Send> {
  const model = await compileFile(file, accounts);
  const ctx = { now: () => Date.UTC(2026, 0, 1), random: seededRandom(42), store: createMemoryStore() };
  return async (request) => {
    const { path, search } = stripMount(request.url, '/')!;
    const response = handle(model, { method: request.method, path, query: queryRecord(search), headers: request.headers, body: request.body }, ctx);
    return { status: response.status, headers: response.headers, body: response.body ?? '' };
  };
}
