import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import contentAssets, { assetPathFromUrl, copyContentAssets, listContentAssets } from '../../../src/integration/content-assets.ts';
import { LecternError } from '../../../src/errors.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lectern-assets-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const FILES = {
  'content/index.md': '# Home\n',
  'content/guides/curl.md': '# Curl\n',
  'content/guides/img/flow.svg': '<svg/>',
  'content/_snippets/img/shared.png': 'png',
  'content/downloads/checklist.pdf': 'pdf',
  'content/.drafts/secret.png': 'hidden',
  'content/guides/.DS_Store': 'hidden',
};

test('content assets: every file but Markdown and hidden ones, _folders included', (t) => {
  const root = project(FILES);
  t.after(() => rmSync(root, { recursive: true, force: true }));
  assert.deepEqual(listContentAssets(join(root, 'content')), ['_snippets/img/shared.png', 'downloads/checklist.pdf', 'guides/img/flow.svg']);
  assert.deepEqual(listContentAssets(join(root, 'missing')), []);
});

test('content assets: copied next to the pages; a clash with a file the build wrote is an error', (t) => {
  const root = project(FILES);
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const out = join(root, 'dist');
  assert.deepEqual(copyContentAssets(join(root, 'content'), out), ['_snippets/img/shared.png', 'downloads/checklist.pdf', 'guides/img/flow.svg']);
  assert.equal(readFileSync(join(out, 'guides/img/flow.svg'), 'utf8'), '<svg/>');
  assert.equal(existsSync(join(out, '.drafts')), false);

  const clash = project({ 'content/apis/restapis/session.yaml': 'mine', 'dist/apis/restapis/session.yaml': 'the published spec' });
  t.after(() => rmSync(clash, { recursive: true, force: true }));
  assert.throws(
    () => copyContentAssets(join(clash, 'content'), join(clash, 'dist')),
    (error: unknown) => error instanceof LecternError && error.file === 'content/apis/restapis/session.yaml' && /would replace apis\/restapis\/session\.yaml/.test(error.message),
  );
  assert.equal(readFileSync(join(clash, 'dist/apis/restapis/session.yaml'), 'utf8'), 'the published spec');
});

test('content assets: URLs under the base map to files of content/, nothing else', (t) => {
  const root = project(FILES);
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const content = join(root, 'content');
  assert.equal(assetPathFromUrl(content, '/en/next/', '/en/next/guides/img/flow.svg?v=1'), 'guides/img/flow.svg');
  assert.equal(assetPathFromUrl(content, '/', '/downloads/checklist.pdf'), 'downloads/checklist.pdf');
  for (const url of ['/guides/img/flow.svg', '/en/next/guides/curl.md', '/en/next/guides/', '/en/next/guides/img/../../index.md', '/en/next/.drafts/secret.png', '/en/next/guides/img/none.svg', '/en/next/%E0%A4%A']) {
    assert.equal(assetPathFromUrl(content, '/en/next/', url), undefined, url);
  }
});

test('content assets: astro dev serves them with their media type', async (t) => {
  const root = project(FILES);
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const integration = contentAssets();
  await integration.hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`), base: '/docs/' } } as never);
  let middleware: (req: { url: string }, res: unknown, next: () => void) => void = () => {};
  await integration.hooks['astro:server:setup']!({ server: { middlewares: { use: (fn: typeof middleware) => (middleware = fn) } } } as never);
  const request = (url: string) =>
    new Promise<{ type?: string; body?: string } | 'next'>((done) => {
      const headers: Record<string, string> = {};
      middleware({ url }, { setHeader: (k: string, v: string) => (headers[k.toLowerCase()] = v), end: (body: Buffer) => done({ type: headers['content-type'], body: String(body) }) }, () => done('next'));
    });
  assert.deepEqual(await request('/docs/guides/img/flow.svg'), { type: 'image/svg+xml', body: '<svg/>' });
  assert.equal(await request('/docs/guides/curl/'), 'next');
});
