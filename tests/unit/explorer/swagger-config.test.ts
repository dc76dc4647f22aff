import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { createRequestInterceptor, failureExplanationPlugin, jsonFastPathPlugin, readLegacyConfig, resolveAddons } from '../../../src/client/explorer/swagger-config.ts';

const target = { origin: 'http://127.0.0.1:4321', base: '/', specName: 'session' };
const realApis = () => ({});
const realStandaloneLayout = () => ({});
const bundle = { presets: { apis: realApis }, plugins: { DownloadUrl: () => ({}), Layout: realStandaloneLayout } };

/** Runs legacy-shim.js in a fresh global, as the browser does before the page's inline script. */
function shimmedWindow() {
  const window: Record<string, any> = {};
  runInNewContext(readFileSync(new URL('../../../src/client/explorer/legacy-shim.js', import.meta.url), 'utf8'), { window, Proxy });
  return window;
}

test('the shim records a legacy call, with presets and plugins as markers, and returns a handle', () => {
  const w = shimmedWindow();
  const config = {
    url: '/apis/restapis/session.yaml',
    dom_id: '#swagger-ui',
    supportedSubmitMethods: [],
    presets: [w.SwaggerUIBundle.presets.apis, w.SwaggerUIStandalonePreset],
    plugins: [w.SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
  };
  const ui = w.SwaggerUIBundle(config);
  assert.equal(w.__lecternLegacyExplorers.length, 1);
  assert.equal(w.__lecternLegacyExplorers[0].handle, ui);
  assert.deepEqual(resolveAddons(config.presets, bundle), [realApis], 'standalone preset dropped, apis mapped');
  assert.deepEqual(resolveAddons(config.plugins, bundle), [], 'DownloadUrl dropped: Lectern fetches the spec');
  const own = () => ({});
  assert.deepEqual(resolveAddons([own, { __lecternMarker: 'plugins.Nope' }], bundle), [own]);
});

test('calls a legacy script makes on the handle before the bundle loads are kept for the real UI', () => {
  const w = shimmedWindow();
  const ui = w.SwaggerUIBundle({ url: '/x.yaml' });
  ui.initOAuth({ clientId: 'docs' });
  ui.preauthorizeBasic('BasicAuth', 'admin', 'admin');
  assert.deepEqual(JSON.parse(JSON.stringify(w.__lecternLegacyExplorers[0].pending)), [
    ['initOAuth', [{ clientId: 'docs' }]],
    ['preauthorizeBasic', ['BasicAuth', 'admin', 'admin']],
  ]);
});

test('the shim steps aside when the real bundle is already there', () => {
  const real = () => 'real';
  const window: Record<string, any> = { SwaggerUIBundle: real };
  runInNewContext(readFileSync(new URL('../../../src/client/explorer/legacy-shim.js', import.meta.url), 'utf8'), { window, Proxy });
  assert.equal(window.SwaggerUIBundle, real);
});

test('readLegacyConfig keeps the page options but not what Lectern owns', () => {
  const { specUrl, domSelector, options } = readLegacyConfig({
    url: '/apis/restapis/session.yaml',
    dom_id: '#swagger-ui',
    docExpansion: 'list',
    presets: [],
    requestInterceptor: () => ({}),
  });
  assert.equal(specUrl, '/apis/restapis/session.yaml');
  assert.equal(domSelector, '#swagger-ui');
  assert.deepEqual(options, { docExpansion: 'list' });
  assert.equal(readLegacyConfig({ urls: [{ url: '/a.json', name: 'a' }] }).specUrl, '/a.json');
});

test('token requests go to the mock only while the mock server is selected, after its worker is ready', async () => {
  let selected = 'http://127.0.0.1:4321/mock/session/t/{tenant-domain}/api/users/v1';
  const waits: string[] = [];
  const intercept = createRequestInterceptor({
    target,
    tokenUrls: ['https://localhost:9443/oauth2/token'],
    selectedServer: () => selected,
    ensureMock: async () => void waits.push('mock'),
  });
  const token = await intercept({ url: 'https://localhost:9443/oauth2/token', method: 'POST' });
  assert.equal(token.url, 'http://127.0.0.1:4321/mock/session/oauth2/token');
  assert.deepEqual(waits, ['mock']);

  selected = 'https://{host}/t/{tenant-domain}/api/users/v1';
  const real = await intercept({ url: 'https://localhost:9443/oauth2/token', method: 'POST' });
  assert.equal(real.url, 'https://localhost:9443/oauth2/token');
  assert.deepEqual(waits, ['mock'], 'no wait for requests to real servers');
});

test("a legacy page's own interceptor still runs, after Lectern's", async () => {
  const intercept = createRequestInterceptor({
    target,
    tokenUrls: [],
    selectedServer: () => undefined,
    ensureMock: async () => {},
    next: (req) => ({ ...req, headers: { 'x-from-page': '1' } }),
  });
  assert.deepEqual((await intercept({ url: 'https://a.example/x' })).headers, { 'x-from-page': '1' });
});

test('the plugin rewrites "Failed to fetch" for the request that failed, and leaves HTTP errors alone', () => {
  const plugin = failureExplanationPlugin(target)();
  const wrap = plugin.statePlugins.spec.wrapActions.setResponse;
  const seen: any[] = [];
  const system = { specSelectors: { mutatedRequestFor: () => new Map([['url', 'https://localhost:9443/t/carbon.super/api/users/v1/me/sessions']]) } };
  const setResponse = wrap((...args: unknown[]) => seen.push(args), system);
  setResponse('/me/sessions', 'get', { error: true, err: { name: '', message: '**Failed to fetch.** ...' } });
  assert.match(seen[0][2].err.message, /^The browser got no answer from https:\/\/localhost:9443/);
  const unauthorized = { error: true, err: { name: 'Error', message: 'Unauthorized', status: 401, response: {} } };
  setResponse('/me/sessions', 'get', unauthorized);
  assert.equal(seen[1][2].err.message, 'Unauthorized');
});

test('JSON specs skip the YAML parser; other text still goes through it', () => {
  const wrap = jsonFastPathPlugin()().statePlugins.spec.wrapActions.parseToJson;
  const log: unknown[] = [];
  const system = {
    specSelectors: { specStr: () => '{"openapi": "3.1.0", "paths": {}}' },
    errActions: { clear: (what: unknown) => log.push(['clear', what]) },
    specActions: { updateJsonSpec: (json: unknown) => log.push(['json', json]) },
  };
  const parseToJson = wrap((text?: string) => log.push(['yaml', text]), system);
  parseToJson();
  assert.deepEqual(log.splice(0), [['clear', { source: 'parser' }], ['json', { openapi: '3.1.0', paths: {} }]]);
  parseToJson('openapi: 3.1.0');
  assert.deepEqual(log.splice(0), [['yaml', 'openapi: 3.1.0']]);
  parseToJson('{"broken": ');
  assert.deepEqual(log.splice(0), [['yaml', '{"broken": ']], 'invalid JSON: the YAML parser reports the error');
});
