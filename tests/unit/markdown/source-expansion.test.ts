/** The source expander's line map, dependencies and tab handling, checked directly. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { expandSource } from '../../../src/markdown/source/expand.ts';
import { expandLeadingTabs } from '../../../src/markdown/source/tabs.ts';
import { CONTENT_DIR, TEST_VARIABLES, renderPage } from './render-helpers.ts';

const expand = (body: string, lineOffset = 0) =>
  expandSource(body, { file: 'content/apis/session.md', contentDir: CONTENT_DIR, variables: TEST_VARIABLES, lineOffset });

test('every output line knows its file and line, through includes', () => {
  const result = expand('intro\n!!! note\n    {% include "/_snippets/note-body.md" %}\nafter\n', 5);
  const lines = result.text.split('\n');
  assert.deepEqual(lines, [
    'intro',
    '!!! note',
    '    Sessions end after **30 minutes** of inactivity.',
    '    ',
    '    A second paragraph from the snippet.',
    'after',
    '',
  ]);
  const where = result.origins.map((o) => `${o.file}:${o.line}@${o.pageLine}`);
  assert.deepEqual(where.slice(0, 6), [
    'content/apis/session.md:6@6',
    'content/apis/session.md:7@7',
    'content/_snippets/note-body.md:1@8',
    'content/_snippets/note-body.md:2@8',
    'content/_snippets/note-body.md:3@8',
    'content/apis/session.md:9@9',
  ]);
  assert.deepEqual(result.dependencies, [join(CONTENT_DIR, '_snippets/note-body.md')]);
});

test('a false {% if %} branch drops its lines but keeps later line numbers right', () => {
  const result = expand('a\n{% if show_beta %}\nb\nc\n{% endif %}\nd');
  const d = result.text.split('\n').indexOf('d');
  assert.equal(result.origins[d]!.line, 6);
});

test('links in included text report the include line of the page', async () => {
  const { links } = await renderPage('# T\n\n{% include "/_snippets/nested.md" %}\n\n[x](https://example.com)\n', { lineOffset: 2 });
  assert.deepEqual(links, [{ href: 'https://example.com', line: 7 }]);
});

test('links on later lines of a paragraph get their own line', async () => {
  const { links } = await renderPage('First line\nsecond [a](a.md) line\nthird [b](b.md)\n');
  assert.deepEqual(links, [
    { href: 'a.md', line: 2 },
    { href: 'b.md', line: 3 },
  ]);
});

test('leading tabs become 4-column stops; inner tabs stay', () => {
  assert.equal(expandLeadingTabs('\tx'), '    x');
  assert.equal(expandLeadingTabs('  \tx\ty'), '    x\ty');
  assert.equal(expandLeadingTabs('\t\t- item'), '        - item');
  assert.equal(expandLeadingTabs('no tabs'), 'no tabs');
});

test('headings come back for the table of contents, all depths, custom ids kept', async () => {
  const { headings } = await renderPage('# Top\n\n## Lists, tables and more\n\n### Deep { #deep-one }\n\n## Lists, tables and more\n');
  assert.deepEqual(headings, [
    { depth: 1, slug: 'top', text: 'Top' },
    { depth: 2, slug: 'lists-tables-and-more', text: 'Lists, tables and more' },
    { depth: 3, slug: 'deep-one', text: 'Deep' },
    { depth: 2, slug: 'lists-tables-and-more_1', text: 'Lists, tables and more' },
  ]);
});

test('text the plugins do not understand is kept as text', async () => {
  const { html } = await renderPage('!!!\n\n???\n\n=== no quotes\n\n++\n\n{{ unclosed\n\n--8<--x\n');
  for (const text of ['!!!', '???', '=== no quotes', '++', '{{ unclosed', '--8']) assert.ok(html.includes(text), `${text} kept in ${html}`);
});
