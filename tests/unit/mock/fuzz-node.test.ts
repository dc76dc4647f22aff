import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request as httpRequest } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createServer } from 'node:http';
import { startMockCli } from './cli-process.ts';
import { createNodeMock } from '../../../src/mock/node/create-mock.ts';
import { createMockHandler } from '../../../src/mock/node/http-adapter.ts';
import { fuzzRequests, type FuzzRequest } from './fuzz-requests.ts';

// LECTERN_FUZZ_COUNT raises the count for a longer manual soak
const COUNT = Number(process.env.LECTERN_FUZZ_COUNT ?? 10_000);
const CONCURRENCY = 16;
const MIB = 1024 * 1024;
const mb = (bytes: number | undefined) => ((bytes ?? 0) / MIB).toFixed(0);

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
    let answered = 0;
    const worker = async () => {
      while (requests.length > 0) {
        const request = requests.shift()!;
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
    // two halves: memory after the second half must not have grown much past the first (no leak, bounded state)
    const half = requests.length / 2;
    const all = requests.splice(0);
    requests.push(...all.slice(0, half));
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const midRss = mock.rss();
    requests.push(...all.slice(half));
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
    // RSS also grows with V8's heap capacity, so this is a coarse bound; the heap test below is the precise one
    if (startRss !== undefined && endRss !== undefined) {
      assert.ok(endRss - startRss < 64 * MIB, `RSS grew from ${mb(startRss)} MiB to ${mb(endRss)} MiB`);
    }
    console.log(`fuzz: ${answered}/${COUNT} answered in ${seconds.toFixed(1)} s; RSS ${mb(startRss)} → ${mb(midRss)} (half) → ${mb(endRss)} MiB`);
  } finally {
    agent.destroy();
    assert.equal(await mock.stop(), 0);
  }
});

test('fuzz: the live heap after garbage collection stays flat across rounds of generated requests', { timeout: 90_000 }, async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const { model, ctx } = await createNodeMock('tests/fixtures/mock/session.oas3.yaml');
  const handler = createMockHandler(model, ctx, { mount: '/', corsOrigins: [] });
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const heap: number[] = [];
  try {
    for (let round = 0; round < 4; round++) {
      const requests = fuzzRequests(2500, 100 + round);
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (requests.length > 0) await sendRaw(base, agent, requests.shift()!);
      }));
      gc();
      gc();
      heap.push(process.memoryUsage().heapUsed);
    }
  } finally {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
  // round 0 warms caches (compiled validators, worlds, tokens); later rounds must not add to the live heap
  const growth = heap[3]! - heap[1]!;
  assert.ok(growth < 2 * MIB, `live heap after GC: ${heap.map((h) => (h / MIB).toFixed(1)).join(' → ')} MiB`);
});
