import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { apiPageAnchors, groupByTag, loadReference, operationAnchor, resolveSpecFile } from '../../../src/components/api-reference-data.ts';
import { apiPageSpecs } from '../../../src/components/api-page-segments.ts';
import type { OperationSummary } from '../../../src/spec/operations.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function op(method: string, path: string, tags: string[], operationId = ''): OperationSummary {
  return { method: method as OperationSummary['method'], path, operationId, summary: '', description: '', tags, parameters: [], responses: [], security: [], securityScopes: [] };
}

test('operations are grouped in the order of the declared tags, then other tags, then untagged', () => {
  const groups = groupByTag({ tags: [{ name: 'b', description: 'Bee' }, { name: 'a' }, { name: 'unused' }] }, [
    op('get', '/1', ['a']),
    op('get', '/2', ['c']),
    op('get', '/3', []),
    op('delete', '/4', ['b', 'a']),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.tag, g.description, g.operations.map((o) => o.path)]),
    [
      ['b', 'Bee', ['/4']],
      ['a', '', ['/1', '/4']],
      ['c', '', ['/2']],
      ['default', '', ['/3']],
    ],
  );
});

test('anchors are stable: operationId when there is one, else method and path', () => {
  assert.equal(operationAnchor('session', op('get', '/me/sessions', [], 'getSessionsOfLoggedInUser')), 'api-session-getSessionsOfLoggedInUser');
  assert.equal(operationAnchor('session', op('delete', '/{user-id}/sessions', [])), 'api-session-delete-user-id-sessions');
});

test('spec: values resolve with or without the extension, and not at all when missing', () => {
  const file = resolveSpecFile(ROOT, 'session');
  assert.ok(file?.endsWith('spec/session.yaml'));
  assert.equal(resolveSpecFile(ROOT, 'session.yaml'), file);
  assert.equal(resolveSpecFile(ROOT, 'no-such-spec.yaml'), undefined);
});

test('the session spec: 8 operations under me, admin and sysadmin', { skip: !existsSync(resolve(ROOT, 'spec/session.yaml')) && 'spec/session.yaml not written yet' }, async () => {
  const reference = await loadReference(resolve(ROOT, 'spec/session.yaml'));
  assert.equal(reference.name, 'session');
  assert.deepEqual(reference.groups.map((g) => g.tag), ['me', 'admin', 'sysadmin']);
  assert.equal(reference.groups.flatMap((g) => g.operations).length, 8);
});

test('apiPageAnchors lists the tag and operation anchors of the specs a page shows', { skip: !existsSync(resolve(ROOT, 'spec/session.yaml')) && 'spec/session.yaml not written yet' }, async () => {
  const specs = apiPageSpecs('<h1>API</h1>', 'swagger', 'session.yaml');
  assert.deepEqual(specs, ['session.yaml']);
  const anchors = await apiPageAnchors(ROOT, [...specs, 'missing.yaml']);
  assert.equal(anchors.length, 3 + 8);
  assert.ok(anchors.includes('api-session-tag-sysadmin'));
  assert.ok(anchors.includes('api-session-terminateSessionByLoggedInUser'));
  assert.deepEqual(apiPageSpecs('<p>no explorer</p>', 'main', undefined), []);
});
