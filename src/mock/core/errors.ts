/**
 * Error responses. A mock error is a value ({status, title, detail}); this
 * renders it in the operation's own error schema when it declares one
 * (e.g. `Error {code, message, description, traceId}`), else as
 * `application/problem+json`.
 */

import { jsonMedia } from './examples.ts';
import { generate } from './generate.ts';
import { randomUuid } from './random.ts';
import { topSchema } from './refs.ts';
import type { Model, Operation, ResponseSpec } from './model.ts';
import type { MockResponse } from './types.ts';

export interface MockError {
  status: number;
  title: string;
  detail: string;
  headers?: Record<string, string>;
  /** extra members for problem+json (e.g. `pointer`) */
  extra?: Record<string, unknown>;
}

/** Short stable codes per status, used for the `code` member of error bodies. */
const CODES: Record<number, string> = {
  400: 'MOCK-40000', 401: 'MOCK-40100', 403: 'MOCK-40300', 404: 'MOCK-40400', 405: 'MOCK-40500',
  406: 'MOCK-40600', 413: 'MOCK-41300', 415: 'MOCK-41500', 500: 'MOCK-50000',
};

export function renderError(model: Model, op: Operation | undefined, error: MockError, random: () => number): MockResponse {
  const declared = op ? declaredErrorResponse(model, op, error.status) : undefined;
  const media = jsonMedia(declared);
  const schema = topSchema(model.doc, media?.schema);
  const headers = { ...error.headers };
  if (media && schema?.properties) {
    headers['content-type'] = media.mediaType === '*/*' ? 'application/json' : media.mediaType;
    return { status: error.status, headers, body: JSON.stringify(fillErrorSchema(model, schema, error, random)) };
  }
  headers['content-type'] = 'application/problem+json';
  const body = { type: 'about:blank', title: error.title, status: error.status, detail: error.detail, ...error.extra };
  return { status: error.status, headers, body: JSON.stringify(body) };
}

function declaredErrorResponse(model: Model, op: Operation, status: number): ResponseSpec | undefined {
  const withObjectSchema = (r: ResponseSpec | undefined) => (r && topSchema(model.doc, jsonMedia(r)?.schema)?.properties ? r : undefined);
  return (
    withObjectSchema(op.responses.find((r) => r.status === String(status))) ??
    withObjectSchema(op.responses.find((r) => r.status === `${String(status)[0]}XX`)) ??
    withObjectSchema(op.responses.find((r) => r.status === 'DEFAULT')) ??
    // any other declared 4xx/5xx with a JSON object body (jsonMedia only finds JSON media types)
    op.responses.find((r) => /^[45]/.test(r.status) && withObjectSchema(r))
  );
}

function fillErrorSchema(model: Model, schema: any, error: MockError, random: () => number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries<any>(schema.properties)) {
    const prop = topSchema(model.doc, raw);
    const numeric = prop?.type === 'integer' || prop?.type === 'number';
    const key = name.toLowerCase();
    if (key === 'code' || key === 'errorcode') out[name] = numeric ? error.status : CODES[error.status] ?? `MOCK-${error.status}00`;
    else if (key === 'status' || key === 'statuscode') out[name] = numeric ? error.status : String(error.status);
    else if (key === 'message' || key === 'title' || key === 'error') out[name] = error.title;
    else if (key === 'description' || key === 'detail' || key === 'details' || key === 'error_description') out[name] = error.detail;
    else if (key === 'traceid' || key === 'trace_id' || key === 'correlationid' || key === 'requestid') out[name] = randomUuid(random);
    else if ((schema.required ?? []).includes(name)) out[name] = generate(model.doc, raw, { dynamic: false, random, direction: 'response' });
  }
  // a schema with a message but no field for details (e.g. GitHub's basic-error) still gets the reason
  const names = Object.keys(schema.properties).map((n) => n.toLowerCase());
  const messageKey = Object.keys(schema.properties).find((n) => ['message', 'title', 'error'].includes(n.toLowerCase()));
  if (messageKey && !names.some((n) => ['description', 'detail', 'details', 'error_description'].includes(n))) out[messageKey] = `${error.title}: ${error.detail}`;
  return out;
}
