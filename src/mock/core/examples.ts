/** Picking examples out of a compiled media type. */

import { topSchema } from './refs.ts';
import type { MediaSpec, Operation, ResponseSpec } from './model.ts';

/** The media type's example, else its first named example, else the schema's own example; undefined if none. */
export function firstExample(doc: any, media: MediaSpec | undefined): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const names = Object.keys(media.examples);
  if (names.length > 0) return media.examples[names[0]!];
  const schema = topSchema(doc, media.schema);
  if (schema && typeof schema === 'object') {
    if (schema.example !== undefined) return schema.example;
    if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  }
  return undefined;
}

/** Lowest declared 2xx (then `2XX`, then `default`) — the success response of an operation. */
export function successResponse(op: Operation): ResponseSpec | undefined {
  const exact = op.responses.filter((r) => /^2\d\d$/.test(r.status)).sort((a, b) => Number(a.status) - Number(b.status));
  return exact[0] ?? op.responses.find((r) => r.status === '2XX') ?? op.responses.find((r) => r.status === 'DEFAULT');
}

export function jsonMedia(response: ResponseSpec | undefined): MediaSpec | undefined {
  return response?.contents.find((c) => isJson(c.mediaType)) ?? undefined;
}

export function isJson(mediaType: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/.test(mediaType) || mediaType === '*/*';
}

/** Status number for a declared key: `201` → 201, `2XX` → 200, `default` → 200 (or the fallback). */
export function statusNumber(key: string, fallback = 200): number {
  if (/^\d{3}$/.test(key)) return Number(key);
  if (/^[1-5]XX$/.test(key)) return Number(key[0]) * 100;
  return fallback;
}
