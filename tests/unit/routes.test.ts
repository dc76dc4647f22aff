import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugForContentPath, urlForSlug } from '../../src/integration/routes.ts';

test('content paths map to MkDocs URLs', () => {
  assert.equal(slugForContentPath('index.md'), '');
  assert.equal(slugForContentPath('apis/session.md'), 'apis/session');
  assert.equal(slugForContentPath('guides/index.md'), 'guides');
  assert.equal(urlForSlug('/en/next/', 'apis/session'), '/en/next/apis/session/');
  assert.equal(urlForSlug('/', ''), '/');
});
