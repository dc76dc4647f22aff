/**
 * Choosing and rendering a declared response. Order (tested): explicit
 * `Prefer: code` → lowest 2xx (`2XX`, `default`); Accept → media type;
 * `Prefer: example` → media example → first named example → schema example →
 * generated from the schema (seeded; `Prefer: dynamic=true` draws fresh values).
 */

import type { MockError } from './errors.ts';
import { firstExample, isJson } from './examples.ts';
import { generate } from './generate.ts';
import type { MediaSpec, Model, Operation, ResponseSpec } from './model.ts';
import type { Preferences } from './negotiate.ts';
import { seededRandom } from './random.ts';
import type { MockResponse } from './types.ts';

export function chooseResponse(op: Operation, prefer: Preferences): { response: ResponseSpec; status: number } | MockError {
  if (prefer.code === undefined) {
    return op.defaultResponse ?? { status: 400, title: 'Bad Request', detail: `${op.key} declares no responses` };
  }
  const code = prefer.code.toUpperCase();
  const response = op.responses.find((r) => r.status === code) ?? op.responses.find((r) => r.status === `${code[0]}XX`) ?? op.responses.find((r) => r.status === 'DEFAULT');
  if (!response || !/^[1-5]\d\d$/.test(code)) {
    return { status: 400, title: 'Bad Request', detail: `Prefer: code=${prefer.code} is not a response of ${op.key} (declared: ${op.responses.map((r) => r.status.toLowerCase()).join(', ')})` };
  }
  return { response, status: Number(code) };
}

/** The body to send; wrapped, because an example may itself look like an error value. */
export function exampleBody(model: Model, op: Operation, media: MediaSpec, prefer: Preferences, random: () => number): { ok: true; value: unknown } | { ok: false; error: MockError } {
  if (prefer.example !== undefined) {
    if (!Object.hasOwn(media.examples, prefer.example)) {
      const names = Object.keys(media.examples);
      return { ok: false, error: { status: 400, title: 'Bad Request', detail: `Prefer: example=${prefer.example} is not an example of ${op.key} (${names.length ? `declared: ${names.join(', ')}` : 'it declares no named examples'})` } };
    }
    return { ok: true, value: media.examples[prefer.example] };
  }
  if (!prefer.dynamic) {
    const example = firstExample(model.doc, media);
    if (example !== undefined) return { ok: true, value: example };
  }
  const rng = prefer.dynamic ? random : seededRandom(model.options.seed);
  return { ok: true, value: generate(model.doc, media.schema, { dynamic: prefer.dynamic, random: rng, direction: 'response' }) };
}

export function render(status: number, media: MediaSpec | undefined, body: unknown): MockResponse {
  if (!media || body === undefined || status === 204 || status === 304) return { status, headers: {} };
  const contentType = media.mediaType === '*/*' ? 'application/json' : media.mediaType;
  const text = typeof body === 'string' && !isJson(media.mediaType) ? body : JSON.stringify(body);
  return { status, headers: { 'content-type': contentType }, body: text };
}
