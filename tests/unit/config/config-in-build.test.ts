import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTempSite } from '../../support-temp-site.ts';

// Mistakes only the build can see (the config is valid YAML and schema, the pages are not there).
const pages = { 'content/index.md': '# Home\n\nHello.\n', 'content/guides/curl.md': '# Curl\n\nText.\n' };

test('a nav entry naming a page that does not exist fails the build at its config line', () => {
  const site = makeTempSite(pages, ['site_name: Test', 'nav:', '  - Home: index.md', '  - Guides:', '      - Curl: guides/curl-old.md', ''].join('\n'));
  try {
    const { status, output } = site.build();
    assert.notEqual(status, 0);
    assert.match(output, /lectern\.config\.yaml:5: nav entry "guides\/curl-old\.md" is not a page under content\//);
  } finally {
    site.remove();
  }
});

test('a redirect to a page that does not exist fails the build at its config line', () => {
  const site = makeTempSite(pages, ['site_name: Test', 'redirects:', '  old.md: guides/curl.md', '  older.md: guides/missing.md', ''].join('\n'));
  try {
    const { status, output } = site.build();
    assert.notEqual(status, 0);
    assert.match(output, /lectern\.config\.yaml:4: redirect "older\.md" points at "guides\/missing\.md", which is not a page/);
  } finally {
    site.remove();
  }
});
