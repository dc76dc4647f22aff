/**
 * Request validation with the compiled validators: parameters (coerced from
 * strings by their schema type), content type, UTF-8, JSON syntax and depth,
 * and the body schema. Every failure is a MockError value.
 */

import type { MockError } from './errors.ts';
import { isJson } from './examples.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { cookieValue } from './request.ts';
import type { MediaSpec, Model, Operation, ParamSpec } from './model.ts';
import type { MockRequest, ValidateFn } from './types.ts';

export interface ValidRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** body as text (for form bodies and the token endpoint) */
  text: string;
}

export type Validation = { ok: true; value: ValidRequest } | { ok: false; error: MockError };

const bad = (detail: string, extra?: Record<string, unknown>): Validation => ({ ok: false, error: { status: 400, title: 'Bad Request', detail, extra } });

export function validateRequest(model: Model, op: Operation, req: MockRequest, pathParams: Record<string, string>): Validation {
  const query: Record<string, unknown> = {};
  for (const param of op.params) {
    const raw = rawParam(param, req, pathParams);
    if (raw === undefined || (param.in === 'path' && raw === '')) {
      if (param.required) return bad(`${param.in} parameter "${param.name}" is required by ${op.key}`);
      continue;
    }
    const value = coerce(param, raw);
    if (param.schemaId) {
      const problem = firstProblem(model.validators(param.schemaId), value);
      if (problem) return bad(`${param.in} parameter "${param.name}"${problem.pointer} ${problem.message}`, { parameter: param.name, in: param.in });
    }
    if (param.in === 'query') query[param.name] = value;
  }
  const text = decodeBody(req.body);
  if (text === undefined) return bad('the request body is not valid UTF-8');
  const hasBody = text.length > 0;
  if (!op.body || op.body.contents.length === 0) {
    if (hasBody) return bad(`${op.key} takes no request body`);
    return { ok: true, value: { params: pathParams, query, body: undefined, text } };
  }
  if (!hasBody) {
    if (op.body.required) return bad(`${op.key} requires a request body (${op.body.contents.map((c) => c.mediaType).join(', ')})`);
    return { ok: true, value: { params: pathParams, query, body: undefined, text } };
  }
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const media = matchMedia(op.body.contents, contentType);
  if (!media) {
    return {
      ok: false,
      error: {
        status: 415,
        title: 'Unsupported Media Type',
        detail: `${op.key} accepts ${op.body.contents.map((c) => c.mediaType).join(', ')}, not ${contentType || 'a body without Content-Type'}`,
      },
    };
  }
  if (!isJson(media.mediaType) && !isJson(contentType)) {
    const body = contentType === 'application/x-www-form-urlencoded' ? Object.fromEntries(new URLSearchParams(text)) : text;
    return { ok: true, value: { params: pathParams, query, body, text } };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const where = findJsonSyntaxError(text);
    const at = where ? ` at line ${where.line} column ${where.column} (offset ${where.offset}): ${where.message}` : '';
    return bad(`the body is not valid JSON${at}`, where ? { offset: where.offset, line: where.line, column: where.column } : undefined);
  }
  if (tooDeep(body, model.options.maxJsonDepth)) return bad(`the JSON body nests deeper than ${model.options.maxJsonDepth} levels`);
  if (media.schemaId) {
    const problem = firstProblem(model.validators(media.schemaId), body);
    if (problem) return bad(`body${problem.pointer ? ` at ${problem.pointer}` : ''}: ${problem.message}`, { pointer: problem.pointer || '/' });
  }
  return { ok: true, value: { params: pathParams, query, body, text } };
}

function rawParam(param: ParamSpec, req: MockRequest, pathParams: Record<string, string>): string | string[] | undefined {
  switch (param.in) {
    case 'path':
      return pathParams[param.name];
    case 'query':
      return req.query[param.name];
    case 'header': {
      const name = param.name.toLowerCase();
      // OpenAPI: these are described by other fields, never as parameters
      if (name === 'accept' || name === 'content-type' || name === 'authorization') return undefined;
      return req.headers[name];
    }
    case 'cookie':
      return cookieValue(req.headers.cookie, param.name);
  }
}

function coerce(param: ParamSpec, raw: string | string[]): unknown {
  if (param.type === 'array') {
    const values = Array.isArray(raw) ? raw : param.explode && param.in === 'query' ? [raw] : raw.split(',');
    return values.map((value) => coerceScalar(param.itemType, value));
  }
  return coerceScalar(param.type, Array.isArray(raw) ? raw[0]! : raw);
}

function coerceScalar(type: string | undefined, value: string): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function firstProblem(validate: ValidateFn, value: unknown): { pointer: string; message: string } | undefined {
  if (validate(value)) return undefined;
  const error = validate.errors?.[0];
  const property = error?.keyword === 'required' ? `/${String(error.params?.missingProperty ?? '')}` : '';
  return { pointer: `${error?.instancePath ?? ''}${property}`, message: error?.message ?? 'is invalid' };
}

function matchMedia(contents: MediaSpec[], contentType: string): MediaSpec | undefined {
  if (!contentType) return undefined;
  return (
    contents.find((c) => c.mediaType === contentType) ??
    contents.find((c) => c.mediaType.endsWith('/*') && contentType.startsWith(c.mediaType.slice(0, -1))) ??
    contents.find((c) => c.mediaType === '*/*')
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text of the body, '' when absent, undefined when the bytes are not UTF-8. */
function decodeBody(body: Uint8Array | string | undefined): string | undefined {
  if (body === undefined) return '';
  if (typeof body === 'string') return body;
  try {
    return utf8.decode(body);
  } catch {
    return undefined;
  }
}

/** Iterative, so a hostile body cannot overflow the stack here. */
function tooDeep(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
