/** Generated hostile requests for the fuzz test: random methods, paths, parameters, headers, bodies. */
import { seededRandom } from '../../../src/mock/core/random.ts';

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** 2 MiB bodies: the server may close the connection after its 413 */
  huge: boolean;
}

const METHODS = ['GET', 'GET', 'GET', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'FOO', 'PROPFIND'];
const BASES = ['', '/t/carbon.super/api/users/v1', '/t/x/api/users/v1', '/t//api/users/v1', '/api/users/v1'];
const PATHS = ['/me/sessions', '/me/sessions/s-1', '/me/sessions/{x}', '/u-john/sessions', '/u-john/sessions/s-9', '/sessions', '/echo', '/oauth2/token', '/__reset', '/', '/me', '/me/sessions/a/b/c', '/..', '/%', '/%E0%A4%A', '/%00', '/me%2Fsessions', `/${'a'.repeat(5000)}`, '/sessions;x=1', '/me//sessions'];
const QUERY_KEYS = ['limit', 'offset', 'filter', 'since', 'until', 'sort', 'x', '', '%', 'limit[]'];
const QUERY_VALUES = ['1', '0', '-1', 'abc', '1e309', '99999999999999999999', '', '%', '%ZZ', 'loginId eq john', 'loginId+eq+john+and+userAgent+co+Chrome', 'colour eq red', 'loginTime ge x', 'a and', '"', '\u00e9'];
const AUTH = ['', `Basic ${btoa('admin:admin')}`, `Basic ${btoa('admin:nope')}`, 'Basic !!!', 'Basic', 'Bearer', 'Bearer x', 'Bearer mock-0000', 'Digest x', 'basic YWRtaW46YWRtaW4=', `Basic ${btoa('admin')}`];
const CONTENT_TYPES = ['', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '*/*', 'application/'];
const ACCEPTS = ['', '*/*', 'application/json', 'text/html', 'application/xml;q=0.5, */*;q=0.1', 'application/json;q=abc', ',,,', 'a/b/c'];
const PREFERS = ['', 'code=200', 'code=404', 'code=500', 'code=abc', 'example=two', 'example=nope', 'dynamic=true', 'code=', '=,=;='];

export function fuzzRequests(count: number, seed: number): FuzzRequest[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out: FuzzRequest[] = [];
  for (let i = 0; i < count; i++) {
    const query = Array.from({ length: Math.floor(random() * 4) }, () => `${pick(QUERY_KEYS)}=${encodeMaybe(pick(QUERY_VALUES), random)}`).join('&');
    const path = pick(BASES) + pick(PATHS) + (query ? `?${query}` : '');
    const headers: Record<string, string> = {};
    const auth = pick(AUTH);
    if (auth) headers.authorization = auth;
    const accept = pick(ACCEPTS);
    if (accept) headers.accept = accept;
    const prefer = pick(PREFERS);
    if (prefer) headers.prefer = prefer;
    const huge = i % 500 === 499;
    const body = huge ? Buffer.alloc(2 * 1024 * 1024, 0x61) : randomBody(random);
    const type = pick(CONTENT_TYPES);
    if (body && type) headers['content-type'] = type;
    if (random() < 0.05) headers['x-junk'] = 'v'.repeat(Math.floor(random() * 4000));
    out.push({ method: pick(METHODS), path, headers, body, huge });
  }
  return out;
}

function encodeMaybe(value: string, random: () => number): string {
  return random() < 0.5 ? encodeURIComponent(value) : value.replace(/ /g, '+').replace(/[^\x21-\x7e]/g, '');
}

function randomBody(random: () => number): Buffer | undefined {
  const roll = random();
  if (roll < 0.4) return undefined;
  if (roll < 0.55) return Buffer.from(JSON.stringify({ name: 'x'.repeat(Math.floor(random() * 50)), tags: ['a', 1, null] }));
  if (roll < 0.65) return Buffer.from('{"name": ');
  if (roll < 0.72) return Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]); // invalid UTF-8
  if (roll < 0.78) {
    const depth = 1 + Math.floor(random() * 200_000);
    return Buffer.from('['.repeat(depth) + ']'.repeat(depth));
  }
  if (roll < 0.82) return Buffer.from('{"a":'.repeat(50_000));
  if (roll < 0.88) return Buffer.from('grant_type=password&username=admin&password=admin&scope=internal_login');
  if (roll < 0.94) return Buffer.from(Array.from({ length: Math.floor(random() * 300) }, () => Math.floor(random() * 256)));
  return Buffer.from(`"${'\\u00'.repeat(1000)}"`);
}
