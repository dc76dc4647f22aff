import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editLink } from '../../../src/integration/edit-link.ts';
import { planRedirects, redirectHtml, sitePathFor } from '../../../src/integration/redirects.ts';

test('edit link: repo_url + edit_uri (relative or absolute) + the page path; off without repo_url or with an empty edit_uri', () => {
  assert.equal(editLink('https://git.example.com/org/docs/', undefined, 'guides/curl.md'), 'https://git.example.com/org/docs/edit/main/content/guides/curl.md');
  assert.equal(editLink('https://git.example.com/org/docs', '/blob/dev/docs', 'index.md'), 'https://git.example.com/org/docs/blob/dev/docs/index.md');
  assert.equal(editLink('https://git.example.com/org/docs', 'https://edit.example.com/site/', 'a/b.md'), 'https://edit.example.com/site/a/b.md');
  assert.equal(editLink(undefined, 'edit/main/', 'a.md'), undefined);
  assert.equal(editLink('https://git.example.com/org/docs', '', 'a.md'), undefined);
  assert.equal(editLink('https://git.example.com/org/docs', undefined, undefined), undefined, 'pages without a source file (404)');
});

test('redirect sources: content paths, .html paths and URL paths all name the same page directory', () => {
  for (const source of ['old/page.md', '/old/page/', 'old/page.html', 'old/page', 'old/page/index.md']) assert.equal(sitePathFor(source), 'old/page/', source);
  assert.equal(sitePathFor('index.md'), '');
});

test('redirect targets go under the base, keep their fragment, and external URLs stay as they are', () => {
  const planned = planRedirects({ 'old.md': 'guides/curl.md#step-2', 'older/': '/guides/', 'gone.md': 'https://example.com/x' }, '/en/next/');
  assert.deepEqual(planned, [
    { from: 'old/', to: '/en/next/guides/curl/#step-2', targetSlug: 'guides/curl', key: 'old.md' },
    { from: 'older/', to: '/en/next/guides/', targetSlug: 'guides', key: 'older/' },
    { from: 'gone/', to: 'https://example.com/x', targetSlug: undefined, key: 'gone.md' },
  ]);
});

test('a redirect page refreshes at once, names the canonical URL and escapes what it prints', () => {
  const html = redirectHtml('/a/?x=1&y="2"', 'https://docs.example.com/a/');
  assert.match(html, /<meta http-equiv="refresh" content="0; url=\/a\/\?x=1&amp;y=&quot;2&quot;">/);
  assert.match(html, /<link rel="canonical" href="https:\/\/docs.example.com\/a\/">/);
  assert.match(html, /<meta name="robots" content="noindex">/);
});
