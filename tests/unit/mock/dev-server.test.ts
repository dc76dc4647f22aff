import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import mockDevServer, { PASS_THROUGH_WORKER } from '../../../src/integration/mock-dev-server.ts';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Runs the integration's dev-server hook against a stand-in Vite server and serves its middleware. */
async function devServer(base: string) {
  const middlewares: Middleware[] = [];
  const hooks = mockDevServer().hooks as Record<string, (options: any) => void>;
  hooks['astro:config:done']!({ config: { root: pathToFileURL(`${process.cwd()}/`) } });
  const logger = { info() {}, warn() {}, error() {}, debug() {} };
  hooks['astro:server:setup']!({ server: { config: { base }, middlewares: { use: (m: Middleware) => middlewares.push(m) } }, logger });
  const server = createServer((req, res) => middlewares[0]!(req, res, () => res.writeHead(404).end('next')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('dev server: {base}mock/<spec>/… is answered from spec/<spec>.yaml; other URLs pass on', async () => {
  const dev = await devServer('/en/next/');
  try {
    const ok = await fetch(`${dev.origin}/en/next/mock/session/t/carbon.super/api/users/v1/me/sessions`, { headers: { authorization: `Basic ${btoa('admin:admin')}` } });
    assert.equal(ok.status, 200);
    assert.ok(Array.isArray((await ok.json()).sessions));
    const unauthorized = await fetch(`${dev.origin}/en/next/mock/session/me/sessions`);
    assert.equal(unauthorized.status, 401);
    assert.equal(await (await fetch(`${dev.origin}/en/next/mock/nospec/x`)).text(), 'next');
    assert.equal(await (await fetch(`${dev.origin}/en/next/guides/`)).text(), 'next');
    const worker = await fetch(`${dev.origin}/en/next/mock-sw.js`);
    assert.equal(await worker.text(), PASS_THROUGH_WORKER);
  } finally {
    await dev.close();
  }
});
