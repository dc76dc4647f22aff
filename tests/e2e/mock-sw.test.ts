/**
 * The scenario suite against the mock service worker in Chromium: a worker
 * built for the test specs, served under a sub-path with a strict
 * Content-Security-Policy (no eval, so generated validators must be static).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { rolldown } from 'rolldown';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, isolatedPage } from './support/browser.ts';
import { buildMockWorker } from '../../src/mock/sw/build-worker.ts';
import { loadScenarios, runScenario, type Send } from '../unit/mock/scenario-runner.ts';

const OUT = 'tests/.out/mock-sw';
const BASE = '/en/next/';
const SUITES = [
  { name: 'fixture', file: 'tests/fixtures/mock/session-fixture.scenarios.yaml' },
  { name: 'session', file: 'tests/fixtures/mock/session-spec.scenarios.yaml' },
  { name: 'store', file: 'tests/fixtures/mock/store.scenarios.yaml' },
  { name: 'legacy', file: 'tests/fixtures/mock/legacy.scenarios.yaml' },
];
const CSP = "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'";
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

let browser: Browser;
let server: Server;
let origin: string;
let page: Page;
let pageErrors: string[];
let offsite: string[];

async function buildFiles(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const specs = SUITES.map((suite) => {
    const loaded = loadScenarios(suite.file);
    return { file: loaded.spec, name: suite.name, options: loaded.accounts ? { accounts: loaded.accounts } : {} };
  });
  writeFileSync(join(OUT, 'mock-sw.js'), await buildMockWorker(specs));
  const bundle = await rolldown({ input: 'src/client/mock-sw-register.ts', platform: 'browser', logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  writeFileSync(join(OUT, 'register.js'), `${output[0].code}\nwindow.ensureMockWorker = ensureMockWorker;`);
  writeFileSync(join(OUT, 'csp-probe.js'), "try { new Function('return 1'); window.cspProbe = 'allowed'; } catch { window.cspProbe = 'blocked'; }");
  writeFileSync(join(OUT, 'index.html'), '<!doctype html><title>mock</title><script src="csp-probe.js"></script><script type="module" src="register.js"></script>');
}

/** Files under BASE, every response with a strict CSP (the worker's too). */
function serve(): Promise<void> {
  server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const name = pathname === BASE ? 'index.html' : pathname.startsWith(BASE) ? pathname.slice(BASE.length) : '';
    const file = join(OUT, name);
    if (!name || name.includes('..') || !existsSync(file)) {
      res.writeHead(404, { 'content-security-policy': CSP }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      resolve();
    }),
  );
}

before(async () => {
  await buildFiles();
  await serve();
  browser = await launchBrowser();
  const isolated = await isolatedPage(browser);
  page = isolated.page;
  pageErrors = isolated.errors;
  offsite = isolated.offsite;
  await page.goto(`${origin}${BASE}`);
  await page.waitForFunction(() => typeof (window as any).ensureMockWorker === 'function');
  await page.evaluate((base) => (window as any).ensureMockWorker(base), BASE);
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

function swSender(mount: string): Send {
  return (request) =>
    page.evaluate(
      async ({ url, method, headers, body }) => {
        const response = await fetch(url, { method, headers, body });
        const out: Record<string, string> = {};
        response.headers.forEach((value, key) => (out[key] = value));
        return { status: response.status, headers: out, body: await response.text() };
      },
      { url: `${mount}${request.url}`, method: request.method, headers: request.headers, body: request.body },
    );
}

test('service worker: controls the page under the sub-path and answers the mock mount', async () => {
  const state = await page.evaluate(() => ({ controller: navigator.serviceWorker.controller?.scriptURL, scope: location.pathname }));
  assert.equal(state.controller, `${origin}${BASE}mock-sw.js`);
  // the CSP is in force: code generation from strings is refused here, as it would be in the worker
  assert.equal(await page.evaluate(() => (window as any).cspProbe), 'blocked');
  const response = await swSender(`${BASE}mock/session`)({ method: 'GET', url: '/t/carbon.super/api/users/v1/me/sessions', headers: { authorization: `Basic ${btoa('admin:admin')}` } });
  assert.equal(response.status, 200);
  // outside the mount the worker stays out of the way
  const page404 = await swSender(BASE)({ method: 'GET', url: 'nothing-here', headers: {} });
  assert.equal(page404.body, 'not found');
});

for (const suite of SUITES) {
  const loaded = loadScenarios(suite.file);
  for (const scenario of loaded.scenarios) {
    const skip = scenario.skip?.includes('sw') ? 'cannot run in a browser (see the scenario file)' : false;
    test(`service worker: ${scenario.name} (${suite.file})`, { skip }, async () => runScenario(scenario, swSender(`${BASE}mock/${suite.name}`)));
  }
}

test('service worker: no page errors, nothing fetched off 127.0.0.1', () => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(offsite, []);
});

test('service worker: the site build ships dist/mock-sw.js answering {base}mock/session/… from spec/session.yaml', async (t) => {
  if (!existsSync('dist/mock-sw.js')) return t.skip('dist/ is not built (npm test builds it first)');
  const { serveStatic } = await import('./support/static-server.ts');
  const site = await serveStatic('dist');
  const { context, page: sitePage } = await isolatedPage(browser);
  try {
    await sitePage.goto(site.url);
    const answer = await sitePage.evaluate(async () => {
      await navigator.serviceWorker.register('/mock-sw.js', { scope: '/' });
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => {
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
          navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage('lectern-mock:claim'));
        });
      }
      const response = await fetch('/mock/session/t/carbon.super/api/users/v1/me/sessions', { headers: { authorization: `Basic ${btoa('admin:admin')}` } });
      return { status: response.status, body: await response.json() };
    });
    assert.equal(answer.status, 200);
    assert.ok(Array.isArray(answer.body.sessions));
  } finally {
    await context.close();
    await site.close();
  }
});
