import type { z } from 'zod';

/**
 * Turns one zod issue into a sentence an author can act on, plus the key path
 * whose line should be reported. Unknown keys get a "did you mean" from the
 * keys the schema accepts at that level.
 */
export function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType): { path: PropertyKey[]; message: string } {
  const where = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const known = keysAt(schema, issue.path);
    const guess = closest(key, known);
    const place = where ? `${where}.${key}` : key;
    const suggestion = guess ? ` (did you mean ${guess}?)` : known.length ? ` (known keys: ${known.join(', ')})` : '';
    return { path: [...issue.path, key], message: `unknown key "${place}"${suggestion}` };
  }
  return { path: issue.path, message: `${where || '(root)'}: ${issue.message}` };
}

/** Keys of the object schema found by following `path` through optional/default wrappers. */
function keysAt(schema: z.ZodType, path: PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const step of [...path, undefined]) {
    while (current && typeof current === 'object' && 'def' in current && (current as { def: { innerType?: unknown } }).def.innerType) {
      current = (current as { def: { innerType: unknown } }).def.innerType;
    }
    const shape = (current as { shape?: Record<string, unknown> } | undefined)?.shape;
    if (step === undefined) return shape ? Object.keys(shape) : [];
    if (!shape) return [];
    current = shape[String(step)];
  }
  return [];
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}
