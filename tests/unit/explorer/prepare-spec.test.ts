import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MOCK_SERVER_LABEL, mockServer, mockTokenUrl, oauthTokenUrls, serverPath, tokenUrlFor, withBearerAlternative, withMockServer, BEARER_SCHEME } from '../../../src/client/explorer/prepare-spec.ts';

const target = { origin: 'http://127.0.0.1:4321', base: '/en/next/', specName: 'session' };
const doc = {
  openapi: '3.1.0',
  servers: [
    {
      url: 'https://{host}/t/{tenant-domain}/api/users/v1',
      variables: { host: { default: 'localhost:9443' }, 'tenant-domain': { default: 'carbon.super' } },
    },
  ],
  components: {
    securitySchemes: {
      BasicAuth: { type: 'http', scheme: 'basic' },
      OAuth2: { type: 'oauth2', flows: { password: { tokenUrl: 'https://localhost:9443/oauth2/token', scopes: {} } } },
      Relative: { type: 'oauth2', flows: { password: { tokenUrl: '/oauth2/token', scopes: {} } } },
    },
  },
};

test('serverPath keeps the path of a URL template, host variables and all', () => {
  assert.equal(serverPath('https://{host}/t/{tenant-domain}/api/users/v1'), '/t/{tenant-domain}/api/users/v1');
  assert.equal(serverPath('/api/v2/'), '/api/v2');
  assert.equal(serverPath('https://example.com'), '');
  assert.equal(serverPath('//cdn.example.com/x'), '/x');
});

test('the mock server keeps the path variables of the first server, not the host', () => {
  assert.deepEqual(mockServer(doc, target), {
    url: 'http://127.0.0.1:4321/en/next/mock/session/t/{tenant-domain}/api/users/v1',
    description: MOCK_SERVER_LABEL,
    variables: { 'tenant-domain': { default: 'carbon.super' } },
  });
});

test('withMockServer puts the mock first and leaves the input untouched', () => {
  const out = withMockServer(doc, target);
  assert.equal(out.servers.length, 2);
  assert.equal(out.servers[0].description, MOCK_SERVER_LABEL);
  assert.equal(out.servers[1], doc.servers[0]);
  assert.equal(doc.servers.length, 1);
});

test('a spec without servers still gets the mock, then "/"', () => {
  const out = withMockServer({ openapi: '3.0.3', paths: {} }, { ...target, base: '/' });
  assert.deepEqual(out.servers.map((s: { url: string }) => s.url), ['http://127.0.0.1:4321/mock/session', '/']);
});

test('Swagger 2.0 documents are left to Swagger UI', () => {
  const swagger = { swagger: '2.0', host: 'x' };
  assert.equal(withMockServer(swagger, target), swagger);
});

test('oauthTokenUrls lists absolute token URLs only; mockTokenUrl maps their path under the mock', () => {
  assert.deepEqual(oauthTokenUrls(doc), ['https://localhost:9443/oauth2/token']);
  assert.equal(mockTokenUrl('https://localhost:9443/oauth2/token', target), 'http://127.0.0.1:4321/en/next/mock/session/oauth2/token');
});

test('allow-listed proxy origins are offered after the real servers, with the same path variables', () => {
  const out = withMockServer(doc, target, ['https://localhost:9443']);
  assert.deepEqual(out.servers[2], {
    url: 'http://127.0.0.1:4321/en/next/proxy/localhost:9443/t/{tenant-domain}/api/users/v1',
    description: 'https://localhost:9443 through the local proxy (astro dev / preview only)',
    variables: { 'tenant-domain': { default: 'carbon.super' } },
  });
});

test('the token URL follows the selected server: mock, local proxy, or the real server', () => {
  const token = 'https://localhost:9443/oauth2/token';
  assert.equal(tokenUrlFor(token, 'http://127.0.0.1:4321/en/next/mock/session/t/{tenant-domain}/api/users/v1', target), 'http://127.0.0.1:4321/en/next/mock/session/oauth2/token');
  assert.equal(tokenUrlFor(token, 'http://127.0.0.1:4321/en/next/proxy/localhost:9443/t/{tenant-domain}/api/users/v1', target), 'http://127.0.0.1:4321/en/next/proxy/localhost:9443/oauth2/token');
  assert.equal(tokenUrlFor(token, 'http://127.0.0.1:4321/en/next/proxy/other:9443/t/x', target), token, 'a proxy to another host does not take the token request');
  assert.equal(tokenUrlFor(token, 'https://{host}/t/{tenant-domain}/api/users/v1', target), token);
});

test('a Bearer alternative is added wherever OAuth2 is accepted, unless the spec has one', () => {
  const spec = {
    openapi: '3.1.0',
    security: [{ BasicAuth: [] }],
    paths: {
      '/me': { parameters: [], get: { security: [{ BasicAuth: [] }, { OAuth2: ['internal_login'] }] } },
      '/open': { get: { security: [] } },
      '/basic': { post: { security: [{ BasicAuth: [] }] } },
    },
    components: doc.components,
  };
  const out = withBearerAlternative(spec);
  assert.deepEqual(out.paths['/me'].get.security, [{ BasicAuth: [] }, { OAuth2: ['internal_login'] }, { [BEARER_SCHEME]: [] }]);
  assert.deepEqual(out.paths['/me'].parameters, []);
  assert.deepEqual(out.paths['/open'].get.security, []);
  assert.deepEqual(out.paths['/basic'].post.security, [{ BasicAuth: [] }]);
  assert.deepEqual(out.security, [{ BasicAuth: [] }], 'root security without OAuth2 unchanged');
  assert.equal(out.components.securitySchemes[BEARER_SCHEME].scheme, 'bearer');
  assert.equal(spec.paths['/me'].get.security.length, 2, 'input untouched');
  const already = { ...spec, components: { securitySchemes: { ...doc.components.securitySchemes, Jwt: { type: 'http', scheme: 'Bearer' } } } };
  assert.equal(withBearerAlternative(already), already);
});
