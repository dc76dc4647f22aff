import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { compile, SpecError } from '../../../src/mock/core/index.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, ['src/mock/node/cli.ts', ...args], { encoding: 'utf8', timeout: 20_000 });

test('cli: a spec that cannot be read or parsed is reported with file (and line), exit 1', () => {
  const missing = cli('spec/no-such-spec.yaml', '--port', '0');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /spec\/no-such-spec\.yaml: cannot read the spec \(ENOENT\)/);
  const broken = cli('tests/fixtures/mock/broken-yaml.oas3.yaml', '--port', '0');
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /broken-yaml\.oas3\.yaml:\d+: not valid YAML/);
});

test('cli: bad options exit 2 with the usage line', () => {
  const port = cli('--port', 'abc');
  assert.equal(port.status, 2);
  assert.match(port.stderr, /--port abc: not a port number\nusage: npm run mock/);
  const account = cli('--account', 'nocolon', '--port', '0');
  assert.equal(account.status, 2);
  assert.match(account.stderr, /--account nocolon: expected user:password/);
  assert.match(cli('--help').stdout, /^usage: npm run mock -- \[spec\/session\.yaml\]/);
});

test('compile: documents it cannot use are refused with a JSON pointer', () => {
  const validators = () => () => Object.assign(() => true, { errors: null });
  assert.throws(() => compile({ swagger: '2.0' }, { validators }), (error: unknown) => error instanceof SpecError && error.pointer === '#/swagger');
  assert.throws(() => compile({ openapi: '4.0.0' }, { validators }), /#\/openapi: unsupported OpenAPI version "4.0.0"/);
  assert.throws(
    () => compile({ openapi: '3.1.0', paths: { '/a': { get: { parameters: [{ $ref: '#/components/parameters/nope' }] } } } }, { validators }),
    /#\/paths\/~1a\/get\/parameters\/0: unresolved \$ref #\/components\/parameters\/nope/,
  );
});
