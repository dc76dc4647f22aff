import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRenderer } from '../../../src/markdown/create-renderer.ts';
import { renderPage, listContentFiles } from '../../../src/integration/render-page.ts';
import { checkLinks } from '../../../src/integration/check-links.ts';
import { LecternError } from '../../../src/errors.ts';

const renderer = await createRenderer();

function withContent(files: Record<string, string>, run: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), 'lectern-pages-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
      writeFileSync(join(root, 'content', path), text);
    }
    run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function renderAll(root: string) {
  return listContentFiles(join(root, 'content')).map((rel) => renderPage(renderer, root, rel));
}

/** Each case: a page in, the exact located error out. */
const pageErrors: { name: string; files: Record<string, string>; file: string; line: number; message: RegExp }[] = [
  {
    name: 'malformed front matter',
    files: { 'a.md': '---\ntitle: A\ndescription: [unclosed\n---\n# A\n' },
    file: 'content/a.md',
    line: 3,
    message: /malformed front matter/,
  },
  {
    name: 'front matter that never ends',
    files: { 'a.md': '---\ntitle: A\n# A\n' },
    file: 'content/a.md',
    line: 1,
    message: /never ends/,
  },
  {
    name: 'unknown template',
    files: { 'guides/a.md': '---\ntitle: A\ndescription: x\ntemplate: templates/nope.html\n---\n# A\n' },
    file: 'content/guides/a.md',
    line: 4,
    message: /unknown template "templates\/nope\.html"/,
  },
  {
    name: 'front matter of the wrong type',
    files: { 'a.md': '---\nhide: toc\n---\n# A\n' },
    file: 'content/a.md',
    line: 2,
    message: /front matter "hide"/,
  },
  {
    name: 'a relative image that is not in content/',
    files: { 'guides/a.md': '# A\n\nThe flow:\n\n![Flow](img/flow.png)\n', 'guides/img/other.png': 'x' },
    file: 'content/guides/a.md',
    line: 5,
    message: /broken link: "img\/flow\.png" — there is no file content\/guides\/img\/flow\.png/,
  },
];

for (const c of pageErrors) {
  test(`page error: ${c.name} names ${c.file}:${c.line}`, () => {
    withContent(c.files, (root) => {
      assert.throws(
        () => renderAll(root),
        (error: unknown) => {
          assert.ok(error instanceof LecternError, String(error));
          assert.equal(error.file, c.file);
          assert.equal(error.line, c.line);
          assert.match(error.message, c.message);
          assert.ok(error.message.startsWith(`${c.file}:${c.line}: `), error.message);
          return true;
        },
      );
    });
  });
}

const page = (links: { href: string; line: number }[], extra: Partial<Parameters<typeof checkLinks>[0][number]> = {}) => ({
  id: 'guides/a',
  relPath: 'guides/a.md',
  file: 'content/guides/a.md',
  title: 'A',
  description: '',
  template: 'main' as const,
  hide: [],
  spec: undefined,
  html: '',
  headings: [{ depth: 2, slug: 'intro', text: 'Intro' }],
  links,
  dependencies: [],
  ...extra,
});

test('links: relative .md, URL-relative, fragments and assets resolve', () => {
  const pages = [
    page([
      { href: 'b.md', line: 3 },
      { href: '../guides/b.md#setup', line: 4 },
      { href: '../b/', line: 5 },
      { href: '#intro', line: 6 },
      { href: '/apis/restapis/session.yaml', line: 7 },
      { href: 'https://example.org/x', line: 8 },
    ]),
    page([], { id: 'guides/b', relPath: 'guides/b.md', file: 'content/guides/b.md', headings: [{ depth: 2, slug: 'setup', text: 'Setup' }] }),
  ];
  assert.deepEqual(checkLinks(pages, '/', 'error'), []);
});

test('links: a relative link to a missing page fails at file:line', () => {
  assert.throws(() => checkLinks([page([{ href: 'missing.md', line: 12 }])], '/', 'warn'), /content\/guides\/a\.md:12: link to missing page "missing\.md"/);
});

test('links: a link to a missing heading fails at file:line', () => {
  assert.throws(() => checkLinks([page([{ href: '#nowhere', line: 9 }])], '/', 'warn'), /content\/guides\/a\.md:9: link to missing heading "#nowhere"/);
});

test('links: absolute in-site links follow validation.absolute_links', () => {
  const pages = [page([{ href: '/en/next/guides/applications/register-sp', line: 4 }])];
  assert.deepEqual(checkLinks(pages, '/en/next/', 'warn'), ['content/guides/a.md:4: link to missing page "/en/next/guides/applications/register-sp"']);
  assert.deepEqual(checkLinks(pages, '/en/next/', 'ignore'), []);
  assert.throws(() => checkLinks(pages, '/en/next/', 'error'), /content\/guides\/a\.md:4: link to missing page/);
  // under the base, an existing page is found
  assert.deepEqual(checkLinks([page([{ href: '/en/next/guides/a/#intro', line: 2 }])], '/en/next/', 'error'), []);
});

test('files under _folders are not pages; every other .md is', () => {
  withContent({ 'index.md': '# Home\n', '_snippets/x.md': 'x\n', 'guides/index.md': '# G\n', 'guides/a.md': '# A\n' }, (root) => {
    assert.deepEqual(listContentFiles(join(root, 'content')), ['guides/a.md', 'guides/index.md', 'index.md']);
  });
});

test('links: anchors a page gets outside its Markdown (API operations) count as headings', () => {
  const api = page([], { id: 'apis/session', relPath: 'apis/session.md', file: 'content/apis/session.md', anchors: ['api-session-getSessions'] });
  assert.deepEqual(checkLinks([page([{ href: '../apis/session.md#api-session-getSessions', line: 3 }]), api], '/', 'error'), []);
  assert.throws(() => checkLinks([page([{ href: '../apis/session.md#api-session-nope', line: 5 }]), api], '/', 'error'), /a\.md:5: link to missing heading "#api-session-nope"/);
});

test('links: a relative link to any existing file of content/ passes the link check, whatever its extension', () => {
  withContent({ 'guides/a.md': '# A\n\n[data](files/sessions.csv), [clip](media/flow.mp4), ![f](img/flow.avif), [doc](files/terms.docx)\n', 'guides/files/sessions.csv': 'x', 'guides/media/flow.mp4': 'x', 'guides/img/flow.avif': 'x', 'guides/files/terms.docx': 'x' }, (root) => {
    const pages = renderAll(root);
    assert.deepEqual(checkLinks(pages, '/', 'error'), []);
    assert.match(pages[0]!.html, /href="\.\.\/files\/terms\.docx"/);
  });
});

test('links: a relative .md link that does not decode fails the link check at file:line', () => {
  withContent({ 'guides/a.md': '# A\n\nSee [b](b%E0.md).\n' }, (root) => {
    assert.throws(
      () => checkLinks(renderAll(root), '/', 'error'),
      (error: unknown) => error instanceof LecternError && error.file === 'content/guides/a.md' && error.line === 3,
    );
  });
});
