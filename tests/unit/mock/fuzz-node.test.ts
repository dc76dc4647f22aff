import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request as httpRequest } from 'node:http';
import { startMockCli } from './cli-process.ts';
import { fuzzRequests, type FuzzRequest } from './fuzz-requests.ts';

const COUNT = 10_000;
const CONCURRENCY = 16;
const MIB = 1024 * 1024;

function sendRaw(base: string, agent: Agent, request: FuzzRequest): Promise<number | Error> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.body) headers['content-length'] = String(request.body.length);
    const req = httpRequest(base + request.path, { method: request.method, headers, agent, timeout: 10_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', (error) => resolve(error));
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${request.method} ${request.path.slice(0, 100)}`)));
    req.on('error', (error) => resolve(error));
    req.end(request.body);
  });
}

test(`fuzz: ${COUNT} generated requests at the Node server give no 5xx, no crash, no memory growth`, { timeout: 90_000 }, async () => {
  const mock = await startMockCli('tests/fixtures/mock/session.oas3.yaml', ['--quiet']);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    const requests = fuzzRequests(COUNT, 20260101);
    const warmup = fuzzRequests(500, 7);
    for (const r of warmup) await sendRaw(mock.url, agent, r);
    const startRss = mock.rss();
    const serverErrors: string[] = [];
    const networkErrors: string[] = [];
    let next = 0;
    let answered = 0;
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        const outcome = await sendRaw(mock.url, agent, request);
        if (outcome instanceof Error) {
          // the server closes the connection after a 413 for a 2 MiB body, so the client may see a reset
          if (!request.huge) networkErrors.push(`${request.method} ${request.path.slice(0, 120)}: ${outcome.message}`);
        } else {
          answered++;
          // `Prefer: code=500` asks for the declared 500 example: that one is not a failure
          const asked = /code=(5\d\d)/.exec(request.headers.prefer ?? '')?.[1];
          if (outcome >= 500 && String(outcome) !== asked) serverErrors.push(`${outcome} ${request.method} ${request.path.slice(0, 120)} ${JSON.stringify(request.headers).slice(0, 200)}`);
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;
    assert.deepEqual(serverErrors.slice(0, 10), [], `${serverErrors.length} answers were 5xx`);
    assert.deepEqual(networkErrors.slice(0, 10), [], `${networkErrors.length} requests failed on the network`);
    assert.ok(answered >= COUNT - COUNT / 500, `only ${answered} of ${COUNT} answered`);
    assert.equal(mock.child.exitCode, null, `the mock exited:\n${mock.output().slice(-2000)}`);
    const alive = await sendRaw(mock.url, agent, { method: 'GET', path: '/me/sessions', headers: { authorization: `Basic ${btoa('admin:admin')}` }, huge: false });
    assert.equal(alive, 200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const endRss = mock.rss();
    if (startRss !== undefined && endRss !== undefined) {
      assert.ok(endRss - startRss < 64 * MIB, `RSS grew from ${(startRss / MIB).toFixed(0)} MiB to ${(endRss / MIB).toFixed(0)} MiB`);
    }
    console.log(`fuzz: ${answered}/${COUNT} answered in ${seconds.toFixed(1)} s; RSS ${((startRss ?? 0) / MIB).toFixed(0)} → ${((endRss ?? 0) / MIB).toFixed(0)} MiB`);
  } finally {
    agent.destroy();
    assert.equal(await mock.stop(), 0);
  }
});
