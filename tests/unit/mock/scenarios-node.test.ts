import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { loadScenarios, runScenario, SCENARIO_FILES, type Send } from './scenario-runner.ts';
import { startMockCli, type RunningMock } from './cli-process.ts';

const running: RunningMock[] = [];
after(async () => {
  for (const mock of running) assert.equal(await mock.stop(), 0, 'the mock shuts down cleanly on SIGTERM');
});

/** node:http rather than fetch: fetch refuses a body on GET, which one scenario needs. */
function httpSender(base: string): Send {
  return (request) =>
    new Promise((resolve, reject) => {
      const headers = { ...request.headers, ...(request.body !== undefined ? { 'content-length': String(Buffer.byteLength(request.body)) } : {}) };
      const req = httpRequest(base + request.url, { method: request.method, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body }));
      });
      req.on('error', reject);
      req.end(request.body);
    });
}

for (const file of SCENARIO_FILES) {
  const suite = loadScenarios(file);
  const accounts = Object.entries(suite.accounts ?? {}).flatMap(([user, password]) => ['--account', `${user}:${password}`]);
  const mock = startMockCli(suite.spec, ['--quiet', ...accounts]).then((m) => (running.push(m), m));
  for (const scenario of suite.scenarios) {
    test(`node server: ${scenario.name} (${file})`, async () => runScenario(scenario, httpSender((await mock).url)));
  }
}

test('node server: CORS headers for allowed origins and preflights', async () => {
  const mock = await startMockCli('tests/fixtures/mock/session.oas3.yaml', ['--quiet', '--cors-origin', 'http://docs.example']);
  running.push(mock);
  const preflight = await fetch(`${mock.url}/me/sessions`, {
    method: 'OPTIONS',
    headers: { origin: 'http://docs.example', 'access-control-request-method': 'DELETE', 'access-control-request-headers': 'authorization' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://docs.example');
  assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /DELETE/);
  assert.equal(preflight.headers.get('access-control-allow-headers'), 'authorization');
  const other = await fetch(`${mock.url}/me/sessions`, { headers: { origin: 'http://evil.example' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
  const allowed = await fetch(`${mock.url}/me/sessions`, { headers: { origin: 'http://docs.example' } });
  assert.equal(allowed.status, 401);
  assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://docs.example');
  assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /www-authenticate/);
});

test('node server: a body over 1 MiB gets 413 from the declared length, without the body being read', async () => {
  const mock = await startMockCli('tests/fixtures/mock/session.oas3.yaml', ['--quiet']);
  running.push(mock);
  const response = await fetch(`${mock.url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"'.padEnd(2 * 1024 * 1024, 'a') + '"' }).catch((error) => error as Error);
  // the server closes the connection after answering; fetch may see the 413 or the reset
  if (!(response instanceof Error)) {
    assert.equal(response.status, 413);
    assert.match(await response.text(), /over 1048576 bytes/);
  }
  const after = await fetch(`${mock.url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"still here"}' });
  assert.equal(after.status, 201);
});
