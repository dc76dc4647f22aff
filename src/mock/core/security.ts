/**
 * Security: checks an operation's requirements against the credentials
 * presented (Basic accounts, Bearer tokens the mock issued, API keys) and
 * implements the OAuth2 password grant at the spec's token URL path.
 */

import type { MockError } from './errors.ts';
import type { Model, Operation, SecurityScheme } from './model.ts';
import { randomHex } from './random.ts';
import { cookieValue } from './request.ts';
import type { MockContext, MockRequest, MockResponse, Principal } from './types.ts';

export type AuthOutcome = { ok: true; principal?: Principal } | { ok: false; error: MockError };

type SchemeCheck = { state: 'missing' } | { state: 'invalid'; why: string } | { state: 'ok'; principal: Principal };

export function authenticate(model: Model, op: Operation, req: MockRequest, ctx: MockContext): AuthOutcome {
  if (op.security.length === 0) return { ok: true, principal: identifyAny(model, req, ctx) };
  let insufficient: string | undefined;
  let invalid: string | undefined;
  for (const requirement of op.security) {
    const names = Object.keys(requirement);
    if (names.length === 0) return { ok: true, principal: identifyAny(model, req, ctx) };
    let principal: Principal | undefined;
    let satisfied = true;
    for (const name of names) {
      const scheme = model.securitySchemes.get(name);
      const check: SchemeCheck = scheme ? checkScheme(model, scheme, req, ctx) : { state: 'invalid', why: `unknown security scheme ${name}` };
      if (check.state !== 'ok') {
        if (check.state === 'invalid') invalid ??= check.why;
        satisfied = false;
        break;
      }
      const needed = requirement[name] ?? [];
      const missingScope = check.principal.scopes ? needed.find((scope) => !check.principal.scopes!.includes(scope)) : undefined;
      if (missingScope) {
        insufficient ??= `the token lacks the scope ${missingScope} required by ${op.key}`;
        satisfied = false;
        break;
      }
      principal ??= check.principal;
    }
    if (satisfied) return { ok: true, principal };
  }
  if (insufficient && !invalid) return { ok: false, error: { status: 403, title: 'Forbidden', detail: insufficient } };
  return {
    ok: false,
    error: {
      status: 401,
      title: 'Unauthorized',
      detail: invalid ?? `${op.key} needs credentials (${op.security.map((r) => Object.keys(r).join(' + ')).join(' or ')})`,
      headers: { 'www-authenticate': challenges(model, op, invalid !== undefined) },
    },
  };
}

/** On open operations, still find out who is calling (for their own world); bad credentials are simply ignored. */
function identifyAny(model: Model, req: MockRequest, ctx: MockContext): Principal | undefined {
  if (!req.headers.authorization) return undefined;
  for (const scheme of model.securitySchemes.values()) {
    const check = checkScheme(model, scheme, req, ctx);
    if (check.state === 'ok') return check.principal;
  }
  return undefined;
}

function checkScheme(model: Model, scheme: SecurityScheme, req: MockRequest, ctx: MockContext): SchemeCheck {
  switch (scheme.type) {
    case 'basic':
      return checkBasic(model, scheme, req.headers.authorization);
    case 'bearer':
    case 'oauth2':
      return checkBearer(scheme, req.headers.authorization, ctx);
    case 'apiKey': {
      const value = apiKeyValue(scheme, req);
      if (!value) return { state: 'missing' };
      return { state: 'ok', principal: { user: `apikey:${value.slice(0, 64)}`, scheme: scheme.name } };
    }
    default:
      return { state: 'invalid', why: `security scheme ${scheme.name} is not supported by the mock` };
  }
}

function checkBasic(model: Model, scheme: SecurityScheme, header: string | undefined): SchemeCheck {
  const match = /^Basic\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return header && /^Basic\b/i.test(header) ? { state: 'invalid', why: 'malformed Basic credentials' } : { state: 'missing' };
  let decoded: string;
  try {
    decoded = atob(match[1]!);
  } catch {
    return { state: 'invalid', why: 'Basic credentials are not valid base64' };
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return { state: 'invalid', why: 'Basic credentials must be user:password' };
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (!Object.hasOwn(model.options.accounts, user) || model.options.accounts[user] !== password) {
    return { state: 'invalid', why: 'unknown user or wrong password' };
  }
  return { state: 'ok', principal: { user, scheme: scheme.name } };
}

function checkBearer(scheme: SecurityScheme, header: string | undefined, ctx: MockContext): SchemeCheck {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return header && /^Bearer\b/i.test(header) ? { state: 'invalid', why: 'malformed Bearer credentials' } : { state: 'missing' };
  const token = ctx.store.token(match[1]!);
  if (!token) return { state: 'invalid', why: 'the token was not issued by this mock (get one at the token URL with the password grant)' };
  if (token.expiresAt <= ctx.now()) return { state: 'invalid', why: 'the token has expired' };
  return { state: 'ok', principal: { user: token.user, scheme: scheme.name, scopes: token.scopes } };
}

function apiKeyValue(scheme: SecurityScheme, req: MockRequest): string | undefined {
  const name = scheme.paramName ?? '';
  if (scheme.in === 'header') return req.headers[name.toLowerCase()];
  if (scheme.in === 'query') {
    const value = req.query[name];
    return Array.isArray(value) ? value[0] : value;
  }
  if (scheme.in === 'cookie') return cookieValue(req.headers.cookie, name);
  return undefined;
}

function challenges(model: Model, op: Operation, invalid: boolean): string {
  const out = new Set<string>();
  for (const requirement of op.security) {
    for (const name of Object.keys(requirement)) {
      const type = model.securitySchemes.get(name)?.type;
      if (type === 'basic') out.add('Basic realm="mock", charset="UTF-8"');
      if (type === 'bearer' || type === 'oauth2') out.add(invalid ? 'Bearer realm="mock", error="invalid_token"' : 'Bearer realm="mock"');
      if (type === 'apiKey') out.add('ApiKey realm="mock"');
    }
  }
  return [...out].join(', ') || 'Basic realm="mock"';
}

/** POST {token URL path}: the OAuth2 resource-owner password grant (RFC 6749 §4.3). */
export function handleTokenRequest(model: Model, req: MockRequest, text: string, ctx: MockContext): MockResponse {
  if (req.method !== 'POST') return tokenError(405, 'invalid_request', 'use POST', { allow: 'POST' });
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  let fields: URLSearchParams;
  if (type.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return tokenError(400, 'invalid_request', `the body is not JSON: ${(error as Error).message}`);
    }
    fields = new URLSearchParams();
    if (parsed && typeof parsed === 'object') for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') fields.set(k, v);
  } else fields = new URLSearchParams(text);
  const grant = fields.get('grant_type');
  if (grant !== 'password') return tokenError(400, 'unsupported_grant_type', `grant_type ${JSON.stringify(grant)} is not supported; the mock implements "password"`);
  const user = fields.get('username') ?? '';
  if (!Object.hasOwn(model.options.accounts, user) || model.options.accounts[user] !== fields.get('password')) {
    return tokenError(400, 'invalid_grant', 'unknown user or wrong password');
  }
  const declared = new Set<string>();
  for (const scheme of model.securitySchemes.values()) scheme.scopes.forEach((s) => declared.add(s));
  const requested = (fields.get('scope') ?? '').split(/[\s,]+/).filter(Boolean);
  const unknown = requested.find((scope) => !declared.has(scope));
  if (unknown) return tokenError(400, 'invalid_scope', `scope ${unknown} is not declared by the spec`);
  const scopes = requested.length > 0 ? requested : [...declared];
  const token = `mock-${randomHex(ctx.random, 40)}`;
  const lifetime = model.options.tokenLifetimeSeconds;
  ctx.store.saveToken(token, { user, scopes, expiresAt: ctx.now() + lifetime * 1000 });
  return {
    status: 200,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: lifetime, scope: scopes.join(' ') }),
  };
}

function tokenError(status: number, error: string, description: string, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }, body: JSON.stringify({ error, error_description: description }) };
}
