/**
 * handle(model, request, ctx) → response. The whole pipeline, in order:
 * reset / token endpoint → route (404/405/OPTIONS/HEAD) → 413 → security
 * (401/403) → validation (400/415) → Prefer → Accept (406) → extension →
 * collection state → declared example.
 */

import { renderError, type MockError } from './errors.ts';
import type { HandlerInput, MediaSpec, Model, Operation, Reply } from './model.ts';
import { negotiate, parsePrefer } from './negotiate.ts';
import { chooseResponse, exampleBody, render } from './respond.ts';
import { matchesPrefix, matchRoute, splitPath, type RouteNode } from './router.ts';
import { authenticate, handleTokenRequest } from './security.ts';
import { collectionResponse, newWorld } from './state.ts';
import type { MockContext, MockRequest, MockResponse } from './types.ts';
import { validateRequest } from './validate.ts';

export const RESET_PATH = '/__reset';

export function handle(model: Model, req: MockRequest, ctx: MockContext): MockResponse {
  let response: MockResponse;
  try {
    response = route(model, req, ctx);
  } catch (error) {
    // a bug in the mock or an unusable spec part, never a client mistake
    response = renderError(model, undefined, { status: 500, title: 'Mock error', detail: String((error as Error)?.message ?? error) }, ctx.random);
  }
  response.headers['cache-control'] ??= 'no-store';
  if (req.method.toUpperCase() === 'HEAD' && response.body !== undefined) {
    response.headers['content-length'] = String(new TextEncoder().encode(response.body).length);
    delete response.body;
  }
  return response;
}

function route(model: Model, req: MockRequest, ctx: MockContext): MockResponse {
  const method = req.method.toUpperCase();
  const fail = (error: MockError, op?: Operation) => renderError(model, op, error, ctx.random);
  if (req.path === RESET_PATH) {
    if (method !== 'POST') return fail({ status: 405, title: 'Method Not Allowed', detail: `${RESET_PATH} takes POST`, headers: { allow: 'POST' } });
    ctx.store.resetWorlds();
    return { status: 204, headers: {} };
  }
  if (model.tokenPaths.has(req.path)) {
    if (req.bodyTooLarge) return fail({ status: 413, title: 'Content Too Large', detail: `the body is over ${model.options.maxBodyBytes} bytes` });
    const text = typeof req.body === 'string' ? req.body : req.body ? new TextDecoder().decode(req.body) : '';
    return handleTokenRequest(model, req, text, ctx);
  }
  let segments: string[];
  try {
    segments = splitPath(req.path).map((segment) => (segment.includes('%') ? decodeURIComponent(segment) : segment));
  } catch {
    return fail({ status: 400, title: 'Bad Request', detail: `the path ${JSON.stringify(req.path.slice(0, 200))} has a malformed percent-escape` });
  }
  const found = findRoute(model, segments);
  if (!found) return fail({ status: 404, title: 'Not Found', detail: `no operation of ${model.title} has the path ${req.path.slice(0, 200)}` });
  const methods = found.node.methods!;
  const op = methods.get(method) ?? (method === 'HEAD' ? methods.get('GET') : undefined);
  if (!op) {
    const allow = allowedMethods(methods);
    if (method === 'OPTIONS') return { status: 204, headers: { allow } };
    return fail({ status: 405, title: 'Method Not Allowed', detail: `${found.node.template} answers ${allow}, not ${method.slice(0, 20)}`, headers: { allow } });
  }
  if (req.bodyTooLarge) return fail({ status: 413, title: 'Content Too Large', detail: `the body is over ${model.options.maxBodyBytes} bytes` }, op);
  const auth = authenticate(model, op, req, ctx);
  if (!auth.ok) return fail(auth.error, op);
  const valid = validateRequest(model, op, req, found.params);
  if (!valid.ok) return fail(valid.error, op);
  const prefer = parsePrefer(req.headers.prefer);
  const chosen = chooseResponse(op, prefer);
  if ('title' in chosen) return fail(chosen, op);
  const media = negotiate(chosen.response.contents, req.headers.accept);
  if (chosen.response.contents.length > 0 && !media) {
    return fail({ status: 406, title: 'Not Acceptable', detail: `${op.key} answers ${chosen.response.contents.map((c) => c.mediaType).join(', ')}; Accept was ${req.headers.accept}` }, op);
  }
  const isPlainSuccess = prefer.code === undefined && prefer.example === undefined && !prefer.dynamic;
  const staticReply = (): MockResponse => {
    if (!media) return render(chosen.status, undefined, undefined);
    const body = exampleBody(model, op, media, prefer, ctx.random);
    return body.ok ? render(chosen.status, media, body.value) : fail(body.error, op);
  };
  if (!isPlainSuccess) return staticReply();

  const reply = makeReply(model, op, ctx, staticReply, chosen.status, media);
  const world = ctx.store.world(auth.principal?.user ?? 'anonymous', newWorld);
  for (const { extension, config } of model.extensions) {
    const handler = extension.handlers[op.key];
    if (!handler) continue;
    let state = world.extensions.get(extension.name);
    if (state === undefined) world.extensions.set(extension.name, (state = extension.seed(model, config)));
    const input: HandlerInput<unknown> = { model, op, params: valid.value.params, query: valid.value.query, body: valid.value.body, principal: auth.principal, state, config, ctx, reply };
    const answered = handler(input);
    if (answered) return answered;
  }
  return collectionResponse(model, op, valid.value.params, valid.value.body, world, ctx, reply) ?? staticReply();
}

function findRoute(model: Model, segments: string[]): { node: RouteNode<Operation>; params: Record<string, string> } | undefined {
  for (const prefix of model.prefixes) {
    if (!matchesPrefix(prefix, segments)) continue;
    const match = matchRoute(model.routes, segments, prefix.length);
    if (match) return match;
  }
  return matchRoute(model.routes, segments, 0);
}

function allowedMethods(methods: Map<string, Operation>): string {
  const out = new Set(methods.keys());
  if (out.has('GET')) out.add('HEAD');
  out.add('OPTIONS');
  return [...out].join(', ');
}

const JSON_MEDIA: MediaSpec = { mediaType: 'application/json', examples: {} };

function makeReply(model: Model, op: Operation, ctx: MockContext, staticReply: () => MockResponse, status: number, media: MediaSpec | undefined): Reply {
  return {
    success(body) {
      if (body === undefined) return staticReply();
      return render(status, media ?? JSON_MEDIA, body);
    },
    successText(json): MockResponse {
      const type = media && media.mediaType !== '*/*' ? media.mediaType : 'application/json';
      return status === 204 ? { status, headers: {} } : { status, headers: { 'content-type': type }, body: json };
    },
    json(code, body) {
      return render(code, JSON_MEDIA, body);
    },
    error(code, title, detail, extra) {
      return renderError(model, op, { status: code, title, detail, extra }, ctx.random);
    },
  };
}
