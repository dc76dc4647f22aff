/** Spec file → compiled model + context, the way every Node-side adapter starts the mock. */
import { compile, createMemoryStore, type MockContext, type MockOptions, type Model } from '../core/index.ts';
import { DEFAULT_EXTENSIONS } from '../extensions/index.ts';
import { liveValidators } from '../validate/ajv-live.ts';
import { loadMockSpec } from './load-spec-file.ts';

export interface NodeMock {
  model: Model;
  ctx: MockContext;
}

export async function createNodeMock(file: string, options: Partial<MockOptions> = {}, warn: (line: string) => void = () => {}): Promise<NodeMock> {
  const doc = await loadMockSpec(file);
  const operationCount = Object.values<any>(doc.paths ?? {}).reduce((n, item) => n + Object.keys(item ?? {}).length, 0);
  const model = compile(doc, {
    // small specs compile every validator now so schema problems show at start-up; big ones compile on first use
    validators: liveValidators({ eager: operationCount < 200, onBroken: (id, error) => warn(`${file}: schema ${id} cannot be compiled, not validated: ${error.message}`) }),
    extensions: DEFAULT_EXTENSIONS,
    options,
  });
  return { model, ctx: { now: Date.now, random: Math.random, store: createMemoryStore() } };
}
