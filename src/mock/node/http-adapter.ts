/**
 * node:http ↔ mock core. Used by the CLI server and by the dev/preview
 * middleware: translates IncomingMessage → MockRequest and MockResponse →
 * ServerResponse, adds CORS, and stops reading bodies over the limit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handle, queryRecord, stripMount, type MockContext, type MockRequest, type MockResponse, type Model } from '../core/index.ts';

export interface AdapterOptions {
  /** URL path the mock answers under, e.g. `/` or `/docs/mock/session` */
  mount: string;
  /** allowed CORS origins; `*` allows any; empty sends no CORS headers */
  corsOrigins: string[];
  /** one line per request, or nothing */
  log?: (line: string) => void;
}

export type Middleware = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

export function createMockHandler(model: Model, ctx: MockContext, options: AdapterOptions): Middleware {
  const maxBody = model.options.maxBodyBytes;
  return (req, res, next) => {
    const started = options.log ? performance.now() : 0;
    const url = req.url ?? '/';
    const place = stripMount(url, options.mount);
    if (!place) {
      if (next) return next();
      return send(res, { status: 404, headers: { 'content-type': 'text/plain' }, body: `outside the mock mount ${options.mount}` });
    }
    const cors = corsHeaders(req, options.corsOrigins);
    if (cors && req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      return send(res, { status: 204, headers: { ...cors, ...preflightHeaders(req) } });
    }
    const finish = (response: MockResponse) => {
      if (cors) Object.assign(response.headers, cors);
      send(res, response);
      options.log?.(`${req.method} ${url.slice(0, 300)} → ${response.status} ${(performance.now() - started).toFixed(1)} ms`);
    };
    const request: MockRequest = {
      method: req.method ?? 'GET',
      path: place.path,
      query: queryRecord(place.search),
      headers: plainHeaders(req.headers),
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    const hasBody = declared > 0 || req.headers['transfer-encoding'] !== undefined;
    if (!hasBody) return finish(handle(model, request, ctx));
    if (declared > maxBody) return refuseTooLarge(req, res, model, request, ctx, finish);
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBody) {
        done = true;
        refuseTooLarge(req, res, model, request, ctx, finish);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      request.body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      finish(handle(model, request, ctx));
    });
    req.on('error', () => {
      done = true;
    });
  };
}

/** 413 without reading the rest: answer, then close the connection so the client stops sending. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, model: Model, request: MockRequest, ctx: MockContext, finish: (r: MockResponse) => void): void {
  request.bodyTooLarge = true;
  req.pause();
  const response = handle(model, request, ctx);
  response.headers.connection = 'close';
  res.on('finish', () => req.socket.destroy());
  finish(response);
}

/** A string body: node then writes headers and body in one go (measured cheaper than a Buffer here). */
function send(res: ServerResponse, response: MockResponse): void {
  if (res.headersSent) return;
  const body = response.body ?? '';
  response.headers['content-length'] ??= String(Buffer.byteLength(body));
  res.writeHead(response.status, response.headers);
  res.end(body);
}

/** node already lower-cases names; only repeated headers (arrays) need joining. */
function plainHeaders(headers: IncomingMessage['headers']): Record<string, string | undefined> {
  for (const key in headers) {
    if (Array.isArray(headers[key])) return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
  }
  return headers as Record<string, string | undefined>;
}

function corsHeaders(req: IncomingMessage, origins: string[]): Record<string, string> | undefined {
  const origin = req.headers.origin;
  if (!origin || origins.length === 0) return undefined;
  if (!origins.includes('*') && !origins.includes(origin)) return undefined;
  return {
    'access-control-allow-origin': origins.includes('*') ? '*' : origin,
    'access-control-expose-headers': 'www-authenticate, allow, content-length',
    vary: 'origin',
  };
}

function preflightHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? 'authorization, content-type, prefer, accept'),
    'access-control-max-age': '600',
  };
}
