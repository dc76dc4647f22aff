/**
 * The dev/preview proxy, end to end on loopback: Vite's preview server with
 * Lectern's proxy routes in front of a plain HTTP server and an HTTPS server
 * with a self-signed certificate.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { proxyPrefix, proxyRoutes } from '../../../src/integration/proxy.ts';
import { proxySchema } from '../../../src/config/proxy-schema.ts';

let dir: string;
let plain: Server;
let tls: Server | undefined;
let seen: { path: string; authorization?: string; origin?: string }[] = [];
const servers: PreviewServer[] = [];

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

function selfSignedCert(): { key: string; cert: string } | undefined {
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore', timeout: 20_000 });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return undefined;
  }
}

const answer = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
  seen.push({ path: req.url ?? '', authorization: req.headers.authorization, origin: req.headers.origin });
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
};

async function startPreview(targets: unknown): Promise<string> {
  const { targets: parsed } = proxySchema.parse({ targets });
  const server = await preview({
    configFile: false,
    root: dir,
    appType: 'mpa', // as astro preview: no index.html fallback
    logLevel: 'silent',
    build: { outDir: join(dir, 'site') },
    preview: { host: '127.0.0.1', port: 20000 + Math.floor(Math.random() * 20000), proxy: proxyRoutes('/', parsed) },
  });
  servers.push(server);
  return server.resolvedUrls!.local[0]!.replace(/\/$/, '');
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-proxy-'));
  mkdirSync(join(dir, 'site'), { recursive: true });
  writeFileSync(join(dir, 'site/index.html'), '<!doctype html><title>site</title>');
  plain = createHttpServer(answer);
  const pair = selfSignedCert();
  if (pair) tls = createHttpsServer(pair, answer);
});
after(async () => {
  for (const server of servers) await server.close();
  plain?.close();
  tls?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('routes are keyed by the target host under the base path', () => {
  assert.equal(proxyPrefix('/en/next/', { url: 'https://localhost:9443' }), '/en/next/proxy/localhost:9443');
  assert.deepEqual(Object.keys(proxyRoutes('/', proxySchema.parse({ targets: [{ url: 'https://localhost:9443', insecure: true }] }).targets)), ['/proxy/localhost:9443/']);
  assert.throws(() => proxySchema.parse({ targets: [{ url: 'https://localhost:9443/api' }] }), /without a path/);
  assert.throws(() => proxySchema.parse({ targets: [{ url: 'https://x', tls: false }] }), /Unrecognized key/);
});

test('an allow-listed HTTP target gets the path, query and credentials; other hosts are not forwarded', async () => {
  const port = await listen(plain);
  const base = await startPreview([{ url: `http://127.0.0.1:${port}` }]);
  seen = [];
  const ok = await fetch(`${base}/proxy/127.0.0.1:${port}/t/carbon.super/api/users/v1/me/sessions?limit=2`, {
    headers: { authorization: 'Basic YWRtaW46YWRtaW4=', origin: base },
  });
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { ok: true });
  assert.deepEqual(seen, [{ path: '/t/carbon.super/api/users/v1/me/sessions?limit=2', authorization: 'Basic YWRtaW46YWRtaW4=', origin: `http://127.0.0.1:${port}` }]);
  const other = await fetch(`${base}/proxy/127.0.0.1:${port + 1}/x`);
  assert.notEqual(other.status, 200);
  assert.equal(seen.length, 1, 'nothing forwarded for a host that is not listed');
});

test('a self-signed HTTPS target needs insecure: true; without it the answer says so', { skip: !tls && 'openssl not available' }, async () => {
  const port = await listen(tls!);
  const strict = await startPreview([{ url: `https://127.0.0.1:${port}` }]);
  const refused = await fetch(`${strict}/proxy/127.0.0.1:${port}/me`);
  assert.equal(refused.status, 502);
  assert.match((await refused.json()).detail, /does not trust .*insecure: true/);
  const relaxed = await startPreview([{ url: `https://127.0.0.1:${port}`, insecure: true }]);
  const ok = await fetch(`${relaxed}/proxy/127.0.0.1:${port}/me`);
  assert.equal(ok.status, 200);
});
