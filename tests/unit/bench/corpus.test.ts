import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus, pathForIndex } from '../../../bench/corpus.ts';
import { pageMarkdown } from '../../../bench/flavours.ts';

test('corpus: the same size and seed give byte-identical pages; another seed differs', () => {
  const render = (seed: number) => generateCorpus(30, seed).map((page, _, pages) => pageMarkdown(page, pages, 'mkdocs'));
  assert.deepEqual(render(7), render(7));
  assert.notDeepEqual(render(7), render(8));
});

test('corpus: every MkDocs page is 2-4 KB and holds each construct the bench promises', () => {
  const pages = generateCorpus(200);
  for (const page of pages) {
    const md = pageMarkdown(page, pages, 'mkdocs');
    const where = page.relPath;
    assert.ok(md.length >= 2000 && md.length <= 4200, `${where}: ${md.length} bytes`);
    assert.match(md, /^# .+/m, `${where}: h1`);
    assert.match(md, /^## .+/m, `${where}: h2`);
    assert.equal(md.match(/^!!! \w+ ".+"$/gm)?.length, 1, `${where}: one !!! admonition`);
    assert.equal(md.match(/^\?\?\? \w+ ".+"$/gm)?.length, 1, `${where}: one ??? collapsible`);
    assert.equal(md.match(/^=== ".+"$/gm)?.length, 2, `${where}: one tab set of two tabs`);
    assert.equal(md.match(/^ {4}```\w+$/gm)?.length, 2, `${where}: two fenced blocks inside the tabs`);
    assert.match(md, /^\| --- \| --- \| --- \|$/m, `${where}: a table`);
    assert.match(md, /^- .+/m, `${where}: a list`);
    assert.match(md, /\*\*\w+\*\*|\*\w+\*|`\w+`/, `${where}: inline markup`);
  }
});

test('corpus: links point at generated pages, relative to the linking file, never at the page itself', () => {
  const pages = generateCorpus(120);
  const files = new Set(pages.map((page) => page.relPath));
  let links = 0;
  for (const page of pages) {
    const dir = page.relPath.includes('/') ? page.relPath.slice(0, page.relPath.lastIndexOf('/') + 1) : '';
    for (const [, href] of pageMarkdown(page, pages, 'mkdocs').matchAll(/\]\(([^)]+)\)/g)) {
      const target = new URL(href!, `file:///root/${dir}`).pathname.replace('/root/', '');
      assert.ok(files.has(target), `${page.relPath}: link ${href} → ${target}`);
      assert.notEqual(target, page.relPath);
      links++;
    }
  }
  assert.ok(links > pages.length, `expected several links per page, got ${links}`);
});

test('corpus: pages go 50 to a section folder, the first is the home page', () => {
  assert.deepEqual(pathForIndex(0), { relPath: 'index.md', slug: '' });
  assert.deepEqual(pathForIndex(1), { relPath: 'section-01/page-0001.md', slug: 'section-01/page-0001' });
  assert.deepEqual(pathForIndex(51), { relPath: 'section-02/page-0051.md', slug: 'section-02/page-0051' });
  assert.throws(() => generateCorpus(0), /positive integer/);
});

test('corpus: the Starlight flavour uses asides, details and absolute links, with the title in front matter', () => {
  const pages = generateCorpus(20);
  const md = pageMarkdown(pages[3]!, pages, 'starlight');
  assert.ok(md.startsWith(`---\ntitle: ${JSON.stringify(pages[3]!.title)}\n---\n`));
  assert.doesNotMatch(md, /^# /m);
  assert.match(md, /^:::(note|tip|caution|danger)\[.+\]$/m);
  assert.match(md, /^<details>\n<summary>.+<\/summary>$/m);
  assert.doesNotMatch(md, /^(!!!|\?\?\?|===) /m);
  for (const [, href] of md.matchAll(/\]\(([^)]+)\)/g)) assert.match(href!, /^\/(section-\d\d\/page-\d{4}\/)?$/);
});
