/**
 * Pages migrated from MkDocs look like the seed session page: a closed
 * "instructions" collapsible whose numbered lists are indented 7 spaces
 * inside the 4-space body, `{{base_path}}` in link targets and in an inline
 * script, and a raw `<div id="swagger-ui">`. Our look-alike runs everywhere;
 * the real seed page runs too when ../shared/reference is present.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { parseFrontMatter } from '../../../src/markdown/front-matter.ts';
import { structureOf } from './html-structure.ts';
import { FIXTURES, renderPage } from './render-helpers.ts';

const SEED = fileURLToPath(new URL('../../../../shared/reference/seed-session-page.md', import.meta.url));

async function checkSeedShapedPage(path: string): Promise<void> {
  const { body, lineOffset } = parseFrontMatter(readFileSync(path, 'utf8'), 'content/apis/session.md');
  const { html, links } = await renderPage(body, { lineOffset });
  const shape = structureOf(html).map((line) => line.trim());
  const details = shape.indexOf('details.note');
  assert.ok(details >= 0, 'a closed collapsible with class "note"');
  assert.equal(shape[details + 1], 'summary');
  assert.equal(shape[details + 2], '"Click for instructions"');
  assert.equal(shape.filter((line) => line === 'ol').length, 2, 'both numbered lists inside the collapsible');
  assert.ok(!/<details[^>]*open/.test(html), 'the collapsible starts closed');
  assert.ok(shape.includes('div.admonition.note'), 'the note admonition');
  assert.equal(shape.filter((line) => line === 'li').length >= 9, true, 'every step and bullet is a list item');
  assert.match(html, /<div id="swagger-ui"><\/div>/);
  assert.match(html, /<script>[\s\S]*url: "\/docs\/apis\/restapis\/session\.yaml"/, 'base_path substituted inside the script');
  assert.doesNotMatch(html, /\{\{|\}\}/, 'no variable left unsubstituted');
  assert.ok(links.some((link) => link.href.startsWith('/docs/')), 'links carry the base path');
  for (const link of links) assert.ok(link.line > lineOffset, `link ${link.href} has a file line`);
}

test('our seed-like session page renders with the expected structure', async () => {
  await checkSeedShapedPage(`${FIXTURES}pages/seed-like-session.md`);
});

test('the reference seed page renders unchanged (when ../shared is present)', { skip: !existsSync(SEED) && 'no ../shared/reference' }, async () => {
  await checkSeedShapedPage(SEED);
});
