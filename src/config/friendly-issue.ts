import type { z } from 'zod';
import { didYouMean } from '../markdown/source/did-you-mean.ts';

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
    const guess = didYouMean(key, known);
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
