import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainFailure, isNetworkFailure } from '../../../src/client/explorer/failure-message.ts';

test('only requests without any HTTP answer count as network failures', () => {
  assert.equal(isNetworkFailure({ error: true, err: { name: '', message: 'Failed to fetch' } }), true);
  assert.equal(isNetworkFailure({ error: true, err: { message: 'Unauthorized', status: 401, response: {} } }), false);
  assert.equal(isNetworkFailure({ error: false }), false);
  assert.equal(isNetworkFailure(undefined), false);
});

test('a real HTTPS server: one sentence naming the host, TLS and CORS, and both ways out', () => {
  const text = explainFailure({ url: 'https://localhost:9443/t/carbon.super/api/users/v1/me/sessions', pageOrigin: 'http://127.0.0.1:4321', toMock: false });
  assert.match(text, /^The browser got no answer from https:\/\/localhost:9443: /);
  assert.match(text, /TLS certificate/);
  assert.match(text, /\(CORS\)/);
  assert.match(text, /Mock \(runs in your browser\)/);
  assert.match(text, /local proxy/);
  assert.equal(text.split(/[.;:] [A-Z]/).length, 1, 'one sentence');
  assert.doesNotMatch(text, /Failed to fetch/);
});

test('plain HTTP servers are not blamed for certificates; the mock gets its own advice', () => {
  assert.doesNotMatch(explainFailure({ url: 'http://10.0.0.1/x', pageOrigin: 'http://127.0.0.1', toMock: false }), /TLS/);
  assert.match(explainFailure({ url: 'http://127.0.0.1/mock/session/x', pageOrigin: 'http://127.0.0.1', toMock: true }), /service worker/);
  assert.match(explainFailure({ url: undefined, pageOrigin: 'http://127.0.0.1', toMock: false }), /no answer from the server/);
});
