import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRenderer } from '../../../src/markdown/create-renderer.ts';
import { CONTENT_DIR, listContentFiles, renderPage } from '../../../src/integration/render-page.ts';
import { renderPages, startRenderPool, stopRenderPool } from '../../../src/integration/render-pool.ts';

const PAGES = 60; // above the pool's minimum

function project(broken?: number): string {
  const root = mkdtempSync(join(tmpdir(), 'lectern-pool-'));
  writeFileSync(join(root, 'lectern.config.yaml'), 'site_name: Pool test\n');
  for (let i = 0; i < PAGES; i++) {
    const dir = join(root, CONTENT_DIR, `part-${i % 3}`);
    mkdirSync(dir, { recursive: true });
    const body = i === broken ? 'Served from {{ base_pth }}.\n' : `Text of page ${i}.\n\n!!! note\n    Body ${i}.\n\n\`\`\`python\nprint(${i})\n\`\`\`\n`;
    writeFileSync(join(dir, `page-${i}.md`), `# Page ${i}\n\n${body}`);
  }
  return root;
}

test('render pool: helper threads give the same pages, in file order, as rendering on the main thread', async () => {
  const root = project();
  try {
    const relPaths = listContentFiles(join(root, CONTENT_DIR));
    const renderer = await createRenderer();
    const serial = relPaths.map((relPath) => renderPage(renderer, root, relPath));
    startRenderPool(root, 2);
    const pooled = await renderPages(async () => renderer, root, relPaths);
    assert.equal(pooled.byHelpers, PAGES, 'every page came from a helper');
    assert.deepEqual(pooled.pages, serial);
  } finally {
    stopRenderPool();
    rmSync(root, { recursive: true, force: true });
  }
});

test('render pool: a page that fails on a helper fails the build with its own file:line error', async () => {
  const root = project(41);
  try {
    const relPaths = listContentFiles(join(root, CONTENT_DIR));
    const renderer = await createRenderer();
    const brokenPath = relPaths.find((relPath) => relPath.endsWith('page-41.md'))!;
    const expected = (() => {
      try {
        renderPage(renderer, root, brokenPath);
      } catch (error) {
        return error as Error;
      }
      throw new Error('the broken page rendered');
    })();
    assert.match(expected.message, /page-41\.md:3/);
    startRenderPool(root, 1);
    await assert.rejects(renderPages(async () => renderer, root, relPaths), (error: Error) => error.message === expected.message && error.constructor === expected.constructor);
  } finally {
    stopRenderPool();
    rmSync(root, { recursive: true, force: true });
  }
});

test('render pool: a list that differs from the one the helpers started with is rendered here', async () => {
  const root = project();
  try {
    const renderer = await createRenderer();
    startRenderPool(root, 1);
    const relPaths = listContentFiles(join(root, CONTENT_DIR)).slice(0, 5);
    const { pages, byHelpers } = await renderPages(async () => renderer, root, relPaths);
    assert.equal(byHelpers, 0);
    assert.deepEqual(pages.map((page) => page.relPath), relPaths);
  } finally {
    stopRenderPool();
    rmSync(root, { recursive: true, force: true });
  }
});
