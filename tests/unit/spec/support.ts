/** Shared paths and helpers for the spec tests. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = resolve(ROOT, 'tests/fixtures/specs');
export const SESSION_SPEC = resolve(ROOT, 'spec/session.yaml');
/** Third-party reference, present only in the workspace, never in a fresh clone: tests skip without it. */
export const REFERENCE_SPEC = resolve(ROOT, '../shared/reference/upstream-session.yaml');
export const referenceSkip = existsSync(REFERENCE_SPEC) ? false : 'no ../shared/reference/upstream-session.yaml';

/** `# expect: rule-id` markers of a fixture, as `LINE rule-id` strings. */
export function expectedMarkers(file: string): string[] {
  const expected: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const match = /#\s*expect:\s*(\S+)\s*$/.exec(text);
      if (match) expected.push(`${i + 1} ${match[1]}`);
    });
  return expected.sort();
}
