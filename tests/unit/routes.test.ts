import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathUnderBase, slugForContentPath, urlForSlug } from '../../src/integration/routes.ts';

test('content paths map to MkDocs URLs', () => {
  assert.equal(slugForContentPath('index.md'), '');
  assert.equal(slugForContentPath('apis/session.md'), 'apis/session');
  assert.equal(slugForContentPath('guides/index.md'), 'guides');
  assert.equal(urlForSlug('/en/next/', 'apis/session'), '/en/next/apis/session/');
  assert.equal(urlForSlug('/', ''), '/');
});

test('pathUnderBase: decoded path below the base, nothing outside it or when it does not decode', () => {
  assert.equal(pathUnderBase('/en/next/', '/en/next/guides/img/a%20b.png?v=1#x'), 'guides/img/a b.png');
  assert.equal(pathUnderBase('/en/next', '/en/next/x'), 'x');
  assert.equal(pathUnderBase('/en/next/', '/other/x'), undefined);
  assert.equal(pathUnderBase('/', '/%E0%A4'), undefined);
});
