/**
 * Reads markdown-it style fixture files: a title line, then `.`, the
 * Markdown, `.`, the expected HTML, `.`. Each case remembers the line of its
 * title so a failure points at `file:line`.
 */
import { readFileSync } from 'node:fs';

export interface FixtureCase {
  title: string;
  line: number;
  markdown: string;
  html: string;
}

export function readFixtureCases(path: string): FixtureCase[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const cases: FixtureCase[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i + 1] !== '.' || !lines[i]!.trim()) {
      i++;
      continue;
    }
    const title = lines[i]!.trim();
    const line = i + 1;
    const parts: string[][] = [[], []];
    let part = 0;
    i += 2;
    while (i < lines.length && part < 2) {
      if (lines[i] === '.') part++;
      else parts[part]!.push(lines[i]!);
      i++;
    }
    if (part < 2) throw new Error(`${path}:${line}: fixture "${title}" is not closed with "."`);
    cases.push({ title, line, markdown: parts[0]!.join('\n'), html: parts[1]!.join('\n') });
  }
  return cases;
}
