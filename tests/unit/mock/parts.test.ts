import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRouteNode, insertRoute, matchRoute, splitPath } from '../../../src/mock/core/router.ts';
import { negotiate, parsePrefer } from '../../../src/mock/core/negotiate.ts';
import { findJsonSyntaxError } from '../../../src/mock/core/json-syntax.ts';
import { attributesFromDescription, parseFilter } from '../../../src/mock/extensions/session-filter.ts';
import { createSchemaRegistry } from '../../../src/mock/core/schema-registry.ts';
import { createMemoryStore } from '../../../src/mock/core/store.ts';
import { newWorld } from '../../../src/mock/core/state.ts';

test('router: literal segments beat templates, mixed segments capture, 404 vs known path', () => {
  const root = createRouteNode<string>();
  insertRoute(root, '/{user-id}/sessions', 'GET', 'admin');
  insertRoute(root, '/me/sessions', 'GET', 'me');
  insertRoute(root, '/files/{name}.{ext}', 'GET', 'file');
  insertRoute(root, '/files/{id}', 'GET', 'plain');
  const at = (path: string) => matchRoute(root, splitPath(path));
  assert.equal(at('/me/sessions')?.node.methods?.get('GET'), 'me');
  assert.deepEqual(at('/u1/sessions')?.params, { 'user-id': 'u1' });
  assert.deepEqual(at('/files/a.txt')?.params, { name: 'a', ext: 'txt' });
  assert.equal(at('/files/abc')?.node.methods?.get('GET'), 'plain');
  assert.equal(at('/me/sessions/')?.node, at('/me/sessions')?.node, 'a trailing slash is ignored');
  assert.equal(at('/me//sessions'), undefined);
  assert.equal(at('/nothing'), undefined);
});

test('negotiate: q-values, wildcards, declared order on ties, none acceptable', () => {
  const media = (mediaType: string) => ({ mediaType, examples: {} });
  const contents = [media('application/json'), media('application/xml')];
  assert.equal(negotiate(contents, undefined)?.mediaType, 'application/json');
  assert.equal(negotiate(contents, 'application/xml;q=0.9, application/json;q=0.1')?.mediaType, 'application/xml');
  assert.equal(negotiate(contents, 'application/*')?.mediaType, 'application/json');
  assert.equal(negotiate(contents, 'text/html'), undefined);
  assert.equal(negotiate(contents, 'application/json;q=0, */*;q=0.5')?.mediaType, 'application/xml');
});

test('Prefer: code, example, dynamic (Prism syntax)', () => {
  assert.deepEqual(parsePrefer('code=404, example="expired", dynamic=true'), { code: '404', example: 'expired', dynamic: true });
  assert.deepEqual(parsePrefer(undefined), { dynamic: false });
});

test('JSON syntax errors carry offset, line and column', () => {
  assert.equal(findJsonSyntaxError('{"a": [1, 2,]}')?.offset, 12);
  assert.deepEqual(findJsonSyntaxError('{\n  "a": tru\n}'), { offset: 9, line: 2, column: 8, message: 'unexpected "t"' });
  assert.match(findJsonSyntaxError('{"a": 1} x')!.message, /after the JSON value/);
  assert.match(findJsonSyntaxError('["abc')!.message, /unterminated string/);
  assert.match(findJsonSyntaxError('{"a" 1}')!.message, /expected ":"/);
  for (const valid of ['{}', '[]', ' {"a":[1,{"b":null}],"c":"\\u00e9"} ', '-1.5e3', '"x"']) assert.equal(findJsonSyntaxError(valid), undefined, valid);
  // deep input does not recurse
  assert.equal(findJsonSyntaxError('['.repeat(200_000) + ']'.repeat(200_000)), undefined);
});

test('filter: attributes and operators come from the description table; case-insensitive', () => {
  const attributes = attributesFromDescription('| Attribute | Operators |\n|---|---|\n| `loginId` | `eq`, `sw` |\n| ipAddress | eq |\n| `eq` | equals | x |');
  assert.deepEqual([...attributes.keys()], ['loginid', 'ipaddress']);
  assert.deepEqual(parseFilter('LOGINID SW jo and ipAddress eq 10.0.0.1', attributes), {
    ok: true,
    clauses: [{ attribute: 'loginId', operator: 'sw', value: 'jo' }, { attribute: 'ipAddress', operator: 'eq', value: '10.0.0.1' }],
  });
  assert.deepEqual(parseFilter('ipAddress co 10', attributes), { ok: false, problem: 'filter: ipAddress supports eq, not co' });
  assert.equal(parseFilter('loginId', attributes).ok, false);
});

test('schema registry: OpenAPI 3.0 keywords become JSON Schema; refs point into the registry root', () => {
  const doc = { openapi: '3.0.3', components: { schemas: { A: { type: 'string', nullable: true, example: 'x', format: 'made-up' } } } };
  const registry = createSchemaRegistry(doc, doc.openapi);
  const id = registry.add({ type: 'number', minimum: 0, exclusiveMinimum: true, items: { $ref: '#/components/schemas/A' } });
  assert.deepEqual(registry.entries[id], { type: 'number', exclusiveMinimum: 0, items: { $ref: 'mock:doc#/components/schemas/A' }, $id: `mock:v/${id}` });
  assert.deepEqual((registry.root() as any).components.schemas.A, { type: ['string', 'null'] });
  assert.equal(createSchemaRegistry({ openapi: '3.1.0' }, '3.1.0').dialect, '2020-12');
});

test('memory store: worlds are LRU-bounded, reset drops worlds but keeps tokens', () => {
  const store = createMemoryStore({ worlds: 2 });
  const a = store.world('a', newWorld);
  store.world('b', newWorld);
  store.world('a', newWorld); // a is now the most recent
  store.world('c', newWorld); // evicts b
  assert.equal(store.world('a', newWorld), a);
  assert.notEqual(store.world('b', newWorld), undefined);
  store.saveToken('t', { user: 'u', scopes: [], expiresAt: 1 });
  store.resetWorlds();
  assert.notEqual(store.world('a', newWorld), a);
  assert.equal(store.token('t')?.user, 'u');
});
