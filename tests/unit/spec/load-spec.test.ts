import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listSpecFiles, loadSpec } from '../../../src/spec/load-spec.ts';
import { listOperations } from '../../../src/spec/operations.ts';
import { FIXTURES, REFERENCE_SPEC, referenceSkip, ROOT } from './support.ts';

test('listOperations: fixture in, expected operations out (bundled or dereferenced alike)', async () => {
  const spec = await loadSpec(resolve(FIXTURES, 'operations.oas3.yaml'));
  const expected = JSON.parse(readFileSync(resolve(FIXTURES, 'operations.expected.json'), 'utf8'));
  assert.deepEqual(listOperations(spec.document), expected);
  assert.deepEqual(listOperations(spec.dereferenced), expected);
});

test('loadSpec bundles external refs into one document and detects the version', async () => {
  const spec = await loadSpec(resolve(FIXTURES, 'operations.oas3.yaml'));
  assert.equal(spec.version, '3.0');
  assert.equal(spec.name, 'operations.oas3');
  assert.ok(!JSON.stringify(spec.document).includes('parts/item.yaml'), 'no external ref left');
  const schema = spec.dereferenced.paths['/items/{item-id}'].get.responses['200'].content['application/json'].schema;
  assert.deepEqual(schema, { type: 'object', properties: { id: { type: 'string' } } });
  assert.ok(!JSON.stringify(spec.dereferenced).includes('$ref'));
  assert.equal((await loadSpec(resolve(ROOT, 'spec/session.yaml'))).version, '3.1');
});

test('loadSpec reads Swagger 2.0', { skip: referenceSkip }, async () => {
  assert.equal((await loadSpec(REFERENCE_SPEC)).version, '2.0');
});

test('listSpecFiles: yaml, yml and json directly under spec/, sorted; none when spec/ is missing', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'lectern-specs-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  assert.deepEqual(listSpecFiles(root), []);
  mkdirSync(join(root, 'spec/parts'), { recursive: true });
  for (const name of ['b.yml', 'a.yaml', 'c.json', 'notes.md', 'parts/x.yaml']) writeFileSync(join(root, 'spec', name), '{}');
  assert.deepEqual(listSpecFiles(root), ['a.yaml', 'b.yml', 'c.json'].map((n) => join(root, 'spec', n)));
});

test('loadSpec names the file when it is not an OpenAPI document', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'lectern-specs-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const file = join(root, 'notes.yaml');
  writeFileSync(file, 'title: not a spec\n');
  await assert.rejects(loadSpec(file), (error: Error) => error.message.startsWith(`${file}: `));
});

test('loadSpec reports a YAML syntax error at file:line', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'lectern-specs-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const file = join(root, 'broken.yaml');
  writeFileSync(file, 'openapi: 3.1.0\ninfo: [\n  x: 1\n');
  await assert.rejects(loadSpec(file), (error: Error) => error.message.startsWith(`${file}:4: `));
});
