import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import specAssets, {
  lintSpecsForBuild,
  publishedPathFromUrl,
  SpecLintError,
  writePublishedFiles,
} from '../../../src/integration/spec-assets.ts';
import { lintSpec } from '../../../src/spec/lint.ts';
import { loadSpec } from '../../../src/spec/load-spec.ts';
import { listOperations } from '../../../src/spec/operations.ts';
import { specDownloadUrls } from '../../../src/spec/published-files.ts';
import { postmanRequests, postmanShapeProblems } from './postman-shape.ts';
import { FIXTURES, ROOT, SESSION_SPEC } from './support.ts';

function recordingLogger() {
  const lines: { level: string; text: string }[] = [];
  return {
    lines,
    info: (text: string) => lines.push({ level: 'info', text }),
    warn: (text: string) => lines.push({ level: 'warn', text }),
    error: (text: string) => lines.push({ level: 'error', text }),
  };
}

test('build lint fails on errors with file:line:col rule-id message', async () => {
  const logger = recordingLogger();
  const error = await lintSpecsForBuild(ROOT, [resolve(FIXTURES, 'broken.oas3.yaml')], logger).catch((e) => e);
  assert.ok(error instanceof SpecLintError);
  assert.equal(error.problems.length, 6);
  assert.ok(
    error.message.includes(
      'tests/fixtures/specs/broken.oas3.yaml:87:5 no-unused-components Component: "Member" is never used.',
    ),
    error.message,
  );
});

test('the build:start hook lints spec/ of the project root and stops the build on errors', async (t) => {
  // a throwaway project whose redocly.yaml extends ours, so the same rules and plugin apply
  const root = mkdtempSync(join(tmpdir(), 'lectern-build-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'spec'));
  copyFileSync(resolve(FIXTURES, 'broken.oas3.yaml'), join(root, 'spec/library.yaml'));
  writeFileSync(join(root, 'redocly.yaml'), `extends:\n  - ${JSON.stringify(resolve(ROOT, 'redocly.yaml'))}\n`);
  const integration = specAssets();
  await integration.hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`), base: '/' } } as any);
  await assert.rejects(
    Promise.resolve(integration.hooks['astro:build:start']!({ logger: recordingLogger() } as any)),
    (error: Error) => error.message.includes('\nspec/library.yaml:47:7 lectern/operation-scope-matches-security Description requires'),
  );
});

test('build lint prints warnings and goes on', async () => {
  const logger = recordingLogger();
  await lintSpecsForBuild(ROOT, [resolve(FIXTURES, 'warnings-only.oas3.yaml')], logger);
  assert.deepEqual(
    logger.lines.filter((l) => l.level === 'warn').map((l) => l.text.split(' ').slice(0, 2).join(' ')),
    ['tests/fixtures/specs/warnings-only.oas3.yaml:10:10 no-server-example.com'],
  );
});

test('published URLs follow the base path', () => {
  assert.equal(publishedPathFromUrl('/', '/apis/restapis/session.yaml'), 'apis/restapis/session.yaml');
  assert.equal(publishedPathFromUrl('/en/next/', '/en/next/apis/restapis/session.json?x=1'), 'apis/restapis/session.json');
  assert.equal(publishedPathFromUrl('/en/next', '/en/next/apis/restapis/session.json'), 'apis/restapis/session.json');
  assert.equal(publishedPathFromUrl('/en/next/', '/apis/restapis/session.json'), undefined);
  assert.equal(publishedPathFromUrl('/', '/apis/restapis/'), undefined);
  assert.equal(publishedPathFromUrl('/', '/apis/restapis/a/b.yaml'), undefined);
  assert.deepEqual(specDownloadUrls('/en/next/', 'session'), {
    yaml: '/en/next/apis/restapis/session.yaml',
    json: '/en/next/apis/restapis/session.json',
    postman: '/en/next/apis/restapis/session.postman_collection.json',
  });
});

test('published YAML and JSON are the same bundled document and re-lint clean', async (t) => {
  const outDir = mkdtempSync(join(tmpdir(), 'lectern-spec-'));
  t.after(() => rmSync(outDir, { recursive: true, force: true }));
  const written = await writePublishedFiles(ROOT, outDir);
  assert.deepEqual(written, [
    'apis/restapis/session.yaml',
    'apis/restapis/session.json',
    'apis/restapis/session.postman_collection.json',
  ]);
  const yamlFile = join(outDir, written[0]);
  const jsonFile = join(outDir, written[1]);
  const fromYaml = load(readFileSync(yamlFile, 'utf8'));
  const fromJson = JSON.parse(readFileSync(jsonFile, 'utf8'));
  assert.deepEqual(fromYaml, fromJson);
  assert.deepEqual(fromJson, (await loadSpec(SESSION_SPEC)).document);
  assert.deepEqual(await lintSpec(ROOT, yamlFile), []);
  assert.deepEqual(await lintSpec(ROOT, jsonFile), []);
});

test('the Postman collection has the v2.1 shape, one request per operation, stable ids', async (t) => {
  const outDir = mkdtempSync(join(tmpdir(), 'lectern-spec-'));
  t.after(() => rmSync(outDir, { recursive: true, force: true }));
  const file = join(outDir, 'apis/restapis/session.postman_collection.json');
  await writePublishedFiles(ROOT, outDir);
  const first = readFileSync(file, 'utf8');
  await writePublishedFiles(ROOT, outDir);
  assert.equal(readFileSync(file, 'utf8'), first, 'two builds write the same bytes');
  const collection = JSON.parse(first);
  assert.deepEqual(postmanShapeProblems(collection), []);
  const operations = listOperations((await loadSpec(SESSION_SPEC)).document);
  const expected = operations.map((op) => `${op.method.toUpperCase()} ${op.path.replace(/\{([^}]+)\}/g, ':$1')}`);
  assert.deepEqual(postmanRequests(collection).sort(), expected.sort());
  const declared = new Set(collection.variable.map((v: any) => v.key));
  for (const [, name] of first.matchAll(/\{\{([A-Za-z0-9_.-]+)\}\}/g)) assert.ok(declared.has(name), `{{${name}}} declared`);
  assert.equal(collection.variable.find((v: any) => v.key === 'baseUrl').value, 'https://{{host}}/t/{{tenant-domain}}/api/users/v1');
});

test('the shape check rejects a broken collection', () => {
  const problems = postmanShapeProblems({ info: { name: 'x', schema: 'v2.0' }, item: [{ name: 'r', request: { method: 'FETCH', url: 3 } }] });
  assert.deepEqual(problems.map((p) => p.split(':')[0]), ['info.schema', 'item[0].request.method', 'item[0].request.url']);
});

test('astro dev serves the published files under the base path', async () => {
  const integration = specAssets();
  const logger = recordingLogger();
  await integration.hooks['astro:config:done']!({ config: { root: pathToFileURL(`${ROOT}/`), base: '/en/next/' } } as any);
  let middleware: any;
  let onChange: any;
  const watcher = { add: () => {}, on: (event: string, fn: any) => event === 'change' && (onChange = fn) };
  const server = { middlewares: { use: (fn: any) => (middleware = fn) }, watcher };
  await integration.hooks['astro:server:setup']!({ server, logger } as any);
  const request = (url: string) =>
    new Promise<{ status: string; type?: string; body?: string }>((done) => {
      const headers: Record<string, string> = {};
      const res = { setHeader: (k: string, v: string) => (headers[k.toLowerCase()] = v), end: (body: string) => done({ status: 'served', type: headers['content-type'], body }) };
      middleware({ url }, res, (error?: unknown) => done({ status: error ? `error ${error}` : 'next' }));
    });
  const json = await request('/en/next/apis/restapis/session.json');
  assert.equal(json.status, 'served');
  assert.match(json.type!, /^application\/json/);
  assert.equal(JSON.parse(json.body!).info.title, 'User Session Management API');
  const yaml = await request('/en/next/apis/restapis/session.yaml');
  assert.match(yaml.type!, /^application\/yaml/);
  assert.equal((await request('/en/next/apis/restapis/session.postman_collection.json')).status, 'served');
  assert.equal((await request('/en/next/apis/restapis/other.yaml')).status, 'next');
  assert.equal((await request('/apis/restapis/session.yaml')).status, 'next');
  // saving a spec lints it again (the initial lint and this one each log one summary line)
  await onChange(SESSION_SPEC);
  assert.equal(onChange(join(ROOT, 'README.md')), undefined, 'other files are not linted');
  assert.equal(logger.lines.filter((l) => l.text.startsWith('linted 1 spec(s)')).length, 2);
});
