/** `Accept` and `Prefer` headers. */

import type { MediaSpec } from './model.ts';

export interface Preferences {
  code?: string;
  example?: string;
  dynamic: boolean;
}

/** Prism-compatible: `Prefer: code=404, example=expired, dynamic=true`. */
export function parsePrefer(header: string | undefined): Preferences {
  const out: Preferences = { dynamic: false };
  if (!header) return out;
  for (const part of (header ?? '').split(/[,;]/)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (key === 'code') out.code = value;
    else if (key === 'example') out.example = value;
    else if (key === 'dynamic') out.dynamic = value === 'true';
  }
  return out;
}

interface AcceptRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): AcceptRange[] {
  const out: AcceptRange[] = [];
  for (const part of header.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const [type, subtype] = (range ?? '').trim().split('/');
    if (!type || !subtype) continue;
    let q = 1;
    for (const param of params) {
      const [k, v] = param.trim().split('=');
      if (k === 'q') q = Number(v);
    }
    if (Number.isFinite(q)) out.push({ type, subtype, q });
  }
  return out;
}

function quality(ranges: AcceptRange[], mediaType: string): number {
  const [type, subtype] = mediaType.split(';')[0]!.split('/');
  let best = 0;
  let bestSpecificity = -1;
  for (const range of ranges) {
    const typeOk = range.type === '*' || range.type === type || type === '*';
    const subtypeOk = range.subtype === '*' || range.subtype === subtype || subtype === '*';
    if (!typeOk || !subtypeOk) continue;
    const specificity = (range.type === '*' ? 0 : 1) + (range.subtype === '*' ? 0 : 1);
    if (specificity > bestSpecificity) {
      bestSpecificity = specificity;
      best = range.q;
    }
  }
  return best;
}

/** The declared media type the client accepts best (declared order breaks ties); undefined = 406. */
export function negotiate(contents: MediaSpec[], accept: string | undefined): MediaSpec | undefined {
  if (contents.length === 0) return undefined;
  if (!accept || !accept.trim() || accept === '*/*') return contents[0];
  // the common case, one exact media type, without parsing
  const exact = contents.find((media) => media.mediaType === accept);
  if (exact) return exact;
  const ranges = parseAccept(accept);
  if (ranges.length === 0) return contents[0];
  let chosen: MediaSpec | undefined;
  let chosenQ = 0;
  for (const media of contents) {
    const q = quality(ranges, media.mediaType);
    if (q > chosenQ) {
      chosen = media;
      chosenQ = q;
    }
  }
  return chosen;
}
