import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeTempSite } from '../../support-temp-site.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/site');
const SEED_PAGE = resolve(import.meta.dirname, '../../../../shared/reference/seed-session-page.md');

/** A legacy MkDocs API page (ours, or the upstream seed when ../shared is here) builds unchanged. */
for (const [label, source] of [
  ['our look-alike legacy API page', join(FIXTURES, 'legacy-session-page.md')],
  ['the upstream seed page from ../shared/reference', SEED_PAGE],
] as const) {
  test(`${label} builds as a page`, { skip: !existsSync(source) && 'not present on this machine' }, () => {
    const site = makeTempSite({
      'content/index.md': '# Home\n',
      'content/apis/session.md': readFileSync(source, 'utf8'),
    });
    try {
      const { status, output } = site.build();
      assert.equal(status, 0, output);
      const html = readFileSync(join(site.root, 'dist/apis/session/index.html'), 'utf8');
      assert.match(html, /<details class="note">/);
      assert.match(html, /<div id="swagger-ui"><\/div>/);
      assert.match(html, /url: "\/apis\/restapis\/session\.yaml"/, 'base_path substituted inside the inline script');
      assert.doesNotMatch(html, /\{\{\s*base_path\s*\}\}/);
    } finally {
      site.remove();
    }
  });
}

test('a failing page stops the build with file:line and a hint', () => {
  const site = makeTempSite({
    'content/index.md': '# Home\n',
    'content/guides/broken.md': '---\ntitle: Broken\ntemplate: templates/fancy.html\n---\n\n# Broken\n',
  });
  try {
    const { status, output } = site.build();
    assert.notEqual(status, 0);
    assert.match(output, /content\/guides\/broken\.md:3: unknown template "templates\/fancy\.html" \(use one of: /);
  } finally {
    site.remove();
  }
});
