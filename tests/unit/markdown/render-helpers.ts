import { fileURLToPath } from 'node:url';
import { createRenderer } from '../../../src/markdown/create-renderer.ts';
import type { Renderer, RenderEnv, RenderResult } from '../../../src/markdown/types.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/markdown/', import.meta.url));
/** A small content/ tree with includes and snippets for the tests. */
export const CONTENT_DIR = fileURLToPath(new URL('../../fixtures/markdown/content/', import.meta.url)).replace(/\/$/, '');
export const MATERIAL_FIXTURES = fileURLToPath(new URL('../../fixtures/mkdocs-material/', import.meta.url));

export const TEST_VARIABLES = {
  base_path: '/docs',
  site_name: 'Lectern test site',
  version: '7.1.0',
  product: 'Identity Server',
  show_beta: false,
  extra: { version: '7.1', support: { email: 'help@example.com' } },
};

let shared: Promise<Renderer> | undefined;

/** One renderer for the whole test file, as in a build. */
export function sharedRenderer(): Promise<Renderer> {
  shared ??= createRenderer();
  return shared;
}

export async function renderPage(markdown: string, env: Partial<RenderEnv> = {}): Promise<RenderResult> {
  const renderer = await sharedRenderer();
  return renderer.render(markdown, {
    file: 'content/apis/session.md',
    contentDir: CONTENT_DIR,
    variables: TEST_VARIABLES,
    lineOffset: 0,
    ...env,
  });
}
