import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNav, compactTree, titleFromFolder, visibleSlice, type NavNode, type NavPageInput } from '../../../src/integration/nav.ts';
import { navSchema } from '../../../src/config/nav-schema.ts';
import { lineOfPath } from '../../../src/config/yaml-locate.ts';
import { isLecternError } from '../../../src/errors.ts';
import { load } from 'js-yaml';

const pages: NavPageInput[] = [
  { id: 'apis/session', relPath: 'apis/session.md', title: 'Session API' },
  { id: 'apis', relPath: 'apis/index.md', title: 'APIs overview' },
  { id: 'getting-started/install', relPath: 'getting-started/install.md', title: 'Install' },
  { id: 'guides/curl', relPath: 'guides/curl.md', title: 'Sessions with curl' },
  { id: 'guides/auth', relPath: 'guides/auth.md', title: 'Authentication' },
  { id: '', relPath: 'index.md', title: 'Home' },
  { id: 'zz-about', relPath: 'zz-about.md', title: 'About' },
];

/** Title + link, indented: easy to read in a failing assertion. */
function outline(nodes: NavNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.title}${node.url ? ` -> ${node.url}` : ''}`, ...outline(node.children ?? [], depth + 1)]);
}

test('without nav: the folder tree, home first, index.md as the section link, titles from the pages', () => {
  const nav = buildNav(pages, '/en/next/');
  assert.deepEqual(outline(nav.tree), [
    'Home -> /en/next/',
    'APIs overview -> /en/next/apis/',
    '  Session API -> /en/next/apis/session/',
    'Getting started',
    '  Install -> /en/next/getting-started/install/',
    'Guides',
    '  Authentication -> /en/next/guides/auth/',
    '  Sessions with curl -> /en/next/guides/curl/',
    'About -> /en/next/zz-about/',
  ]);
  assert.deepEqual(nav.unlisted, []);
});

test('previous/next follow reading order and skip sections without a page; the trail lists the sections', () => {
  const nav = buildNav(pages, '/');
  const install = nav.place('getting-started/install')!;
  assert.equal(install.previous?.title, 'Session API');
  assert.equal(install.next?.title, 'Authentication');
  assert.deepEqual(install.trail.map((n) => n.title), ['Getting started']);
  assert.equal(nav.place('')!.previous, undefined);
  assert.equal(nav.place('zz-about')!.next, undefined);
  assert.deepEqual(nav.place('apis/session')!.trail.map((n) => n.key), ['1']);
});

test('titleFromFolder turns folder names into MkDocs-style titles', () => {
  assert.equal(titleFromFolder('getting-started'), 'Getting started');
  assert.equal(titleFromFolder('rest_apis'), 'Rest apis');
});

const CONFIG = `site_name: Docs
nav:
  - Home: index.md
  - Guides:
      - guides/curl.md
      - Spec on GitHub: https://example.com/spec
  - apis/session.md
`;

function configuredNav(text: string) {
  const items = navSchema.parse((load(text) as { nav: unknown }).nav);
  return buildNav(pages, '/', items, (at) => lineOfPath(text, at));
}

test('with nav: its order and titles win, entries without a title take the page title, URLs stay external', () => {
  const nav = configuredNav(CONFIG);
  assert.deepEqual(outline(nav.tree), ['Home -> /', 'Guides', '  Sessions with curl -> /guides/curl/', '  Spec on GitHub -> https://example.com/spec', 'Session API -> /apis/session/']);
  assert.equal(nav.tree[1]!.children![1]!.external, true);
  assert.equal(nav.place('guides/curl')!.next?.title, 'Session API', 'external links are not prev/next targets');
  assert.deepEqual(nav.unlisted, ['apis/index.md', 'getting-started/install.md', 'guides/auth.md', 'zz-about.md']);
  assert.equal(nav.place('guides/auth'), undefined);
});

test('with nav: a path that is not a page fails at its line in lectern.config.yaml', () => {
  const text = CONFIG.replace('guides/curl.md', 'guides/curl-old.md');
  assert.throws(
    () => configuredNav(text),
    (error) => isLecternError(error) && error.file === 'lectern.config.yaml' && error.line === 5 && error.message.includes('guides/curl-old.md'),
  );
});

test('the compact tree for nav.json keeps titles, URLs and children only', () => {
  const nav = configuredNav(CONFIG);
  assert.deepEqual(compactTree(nav.tree), [
    { t: 'Home', u: '/' },
    { t: 'Guides', c: [{ t: 'Sessions with curl', u: '/guides/curl/' }, { t: 'Spec on GitHub', u: 'https://example.com/spec', x: 1 }] },
    { t: 'Session API', u: '/apis/session/' },
  ]);
});

test('visibleSlice: short lists whole, long lists a window around the focus, clamped at both ends', () => {
  assert.deepEqual(visibleSlice(10, 3, 60, 20), [0, 10]);
  assert.deepEqual(visibleSlice(60, 59, 60, 20), [0, 60], 'exactly at the limit is still whole');
  assert.deepEqual(visibleSlice(500, 250, 60, 20), [230, 271]);
  assert.deepEqual(visibleSlice(500, 3, 60, 20), [0, 41], 'near the start');
  assert.deepEqual(visibleSlice(500, 498, 60, 20), [459, 500], 'near the end');
  assert.deepEqual(visibleSlice(500, -1, 60, 20), [0, 40], 'no focus: the head of the list');
});
