import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { formatAnnotation } from '../../../src/spec/lint.ts';
import { runLint } from '../../../src/spec/lint-cli.ts';
import { ROOT } from './support.ts';

async function run(files: string[] | undefined, ci: boolean) {
  const lines: string[] = [];
  const code = await runLint({ root: ROOT, files, ci, out: (line) => lines.push(line) });
  return { code, lines };
}

test('spec/ lints clean: exit 0, no problem lines', async () => {
  const { code, lines } = await run(undefined, true);
  assert.equal(code, 0);
  assert.deepEqual(lines, ['lint:spec: 1 spec(s), 0 error(s), 0 warning(s)']);
});

test('errors: readable lines, exit 1; CI adds one annotation per problem', async () => {
  const local = await run(['tests/fixtures/specs/broken.swagger2.yaml'], false);
  assert.equal(local.code, 1);
  assert.equal(local.lines[0], 'error tests/fixtures/specs/broken.swagger2.yaml:39:11 security-defined There is no `Token` security scheme defined.');
  assert.ok(local.lines.every((l) => !l.startsWith('::')));
  const ci = await run(['tests/fixtures/specs/broken.swagger2.yaml'], true);
  assert.equal(ci.code, 1);
  assert.equal(
    ci.lines[1],
    '::error file=tests/fixtures/specs/broken.swagger2.yaml,line=39,col=11,title=security-defined::There is no `Token` security scheme defined.',
  );
  assert.equal(ci.lines.filter((l) => l.startsWith('::error ')).length, 8);
  assert.equal(ci.lines.at(-1), 'lint:spec: 1 spec(s), 8 error(s), 0 warning(s)');
});

test('warnings only: exit 0, warning annotations', async () => {
  const { code, lines } = await run(['tests/fixtures/specs/warnings-only.oas3.yaml'], true);
  assert.equal(code, 0);
  assert.match(lines[1], /^::warning file=tests\/fixtures\/specs\/warnings-only\.oas3\.yaml,line=10,col=10,title=no-server-example\.com::/);
});

test('annotation data and properties are escaped as the runner expects', () => {
  const line = formatAnnotation({ file: 'a,b:c.yaml', line: 1, col: 2, ruleId: 'r', severity: 'error', message: '50% bad\nnext' });
  assert.equal(line, '::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=r::50%25 bad%0Anext');
});

test('the npm script exits non-zero on errors and prints annotations under CI=true', () => {
  const result = spawnSync(process.execPath, ['src/spec/lint-cli.ts', 'tests/fixtures/specs/broken.oas3.yaml'], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /^::error file=tests\/fixtures\/specs\/broken\.oas3\.yaml,line=22,col=20,title=rule\/operation-description-states-scope::/m);
});
