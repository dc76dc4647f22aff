import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteIncludedUrls } from '../../../src/markdown/source/rewrite-included-urls.ts';

test('included links are re-pointed from the including page; code in fences (also in list items) is left alone', () => {
  const included = ['See [curl](../guides/curl.md).', '', '- Run:', '', '    ```bash', '    [not](a-link.md)', '    ```', '', 'Then [b](b.md).'].join('\n');
  const out = rewriteIncludedUrls(included, '/site/content/_snippets/part.md', '/site/content/apis/page.md');
  assert.deepEqual(out.split('\n'), ['See [curl](../guides/curl.md).', '', '- Run:', '', '    ```bash', '    [not](a-link.md)', '    ```', '', 'Then [b](../_snippets/b.md).']);
});

test('a fence opened inside a list item marker is code until it closes', () => {
  const included = ['- ```md', '  [kept](x.md)', '  ```', '[moved](y.md)'].join('\n');
  const out = rewriteIncludedUrls(included, '/site/content/_snippets/part.md', '/site/content/apis/page.md');
  assert.deepEqual(out.split('\n'), ['- ```md', '  [kept](x.md)', '  ```', '[moved](../_snippets/y.md)']);
});
