/**
 * Values generated from a schema when no example exists. Static mode is
 * deterministic (examples, defaults, enums, format samples); dynamic mode
 * (`Prefer: dynamic=true`) draws from the RNG it is given.
 */

import { topSchema } from './refs.ts';
import { randomHex, randomUuid } from './random.ts';

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  time: '00:00:00Z',
  email: 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  byte: 'bW9jaw==',
  password: 'secret',
};

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];

export interface GenerateOptions {
  dynamic: boolean;
  random: () => number;
  /** omit readOnly properties (request bodies) or writeOnly ones (responses) */
  direction: 'response' | 'request';
}

export function generate(doc: any, schema: unknown, options: GenerateOptions, depth = 0): unknown {
  const s = topSchema(doc, schema);
  if (!s || typeof s !== 'object' || depth > 8) return null;
  if (!options.dynamic) {
    if (s.example !== undefined) return s.example;
    if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
    if (s.default !== undefined) return s.default;
  }
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return options.dynamic ? s.enum[Math.floor(options.random() * s.enum.length)] : s.enum[0];
  const parts = s.allOf ?? undefined;
  if (Array.isArray(parts)) {
    const merged: Record<string, unknown> = {};
    for (const part of parts) Object.assign(merged, generate(doc, part, options, depth + 1));
    return merged;
  }
  const choice = s.oneOf ?? s.anyOf;
  if (Array.isArray(choice) && choice.length > 0) return generate(doc, choice[0], options, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type ?? (s.properties ? 'object' : s.items ? 'array' : 'string');
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries<any>(s.properties ?? {})) {
        const prop = topSchema(doc, sub);
        if (options.direction === 'response' && prop?.writeOnly) continue;
        if (options.direction === 'request' && prop?.readOnly) continue;
        out[name] = generate(doc, sub, options, depth + 1);
      }
      return out;
    }
    case 'array': {
      const count = options.dynamic ? 1 + Math.floor(options.random() * 3) : Math.max(1, s.minItems ?? 1);
      return Array.from({ length: Math.min(count, 5) }, () => generate(doc, s.items, options, depth + 1));
    }
    case 'integer':
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : 0;
      const max = typeof s.maximum === 'number' ? s.maximum : min + 1000;
      const value = options.dynamic ? min + options.random() * (max - min) : min;
      return type === 'integer' ? Math.ceil(value) : Math.round(value * 100) / 100;
    }
    case 'boolean':
      return options.dynamic ? options.random() < 0.5 : true;
    case 'null':
      return null;
    default:
      return generateString(s, options);
  }
}

function generateString(s: any, options: GenerateOptions): string {
  if (s.format === 'uuid') return options.dynamic ? randomUuid(options.random) : FORMAT_SAMPLES.uuid!;
  if (s.format === 'date-time' && options.dynamic) return new Date(Date.UTC(2026, 0, 1) + Math.floor(options.random() * 3e10)).toISOString();
  if (typeof s.format === 'string' && FORMAT_SAMPLES[s.format]) return FORMAT_SAMPLES[s.format]!;
  const base = options.dynamic ? `${WORDS[Math.floor(options.random() * WORDS.length)]}-${randomHex(options.random, 6)}` : 'string';
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : Infinity;
  return base.padEnd(min, 'x').slice(0, max);
}
