import { z } from 'zod';

/**
 * MkDocs `nav:`: a list whose entries are a page path (`guides/curl.md`), or a
 * one-key mapping `Title: path-or-url` or `Title: [nested entries]`.
 * Entries are normalised into tagged items; `at` keeps the config path so
 * later checks (does the page exist?) can point at the right line.
 */
export type NavConfigItem =
  | { kind: 'page'; title: string | undefined; path: string; at: (string | number)[] }
  | { kind: 'link'; title: string; url: string; at: (string | number)[] }
  | { kind: 'section'; title: string; children: NavConfigItem[]; at: (string | number)[] };

const EXTERNAL_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const SHAPE_HINT = 'each nav entry is "path.md", "Title: path.md", "Title: https://…" or "Title:" followed by a nested list';

type Issue = { message: string; path: (string | number)[] };

function normaliseEntries(value: unknown, at: (string | number)[], issues: Issue[]): NavConfigItem[] {
  if (!Array.isArray(value)) {
    issues.push({ message: `must be a list (${SHAPE_HINT})`, path: at });
    return [];
  }
  return value.flatMap((entry, index) => normaliseEntry(entry, [...at, index], issues));
}

function normaliseEntry(entry: unknown, at: (string | number)[], issues: Issue[]): NavConfigItem[] {
  if (typeof entry === 'string') return [{ kind: 'page', title: undefined, path: entry, at }];
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    issues.push({ message: `unexpected ${entry === null ? 'empty entry' : typeof entry} (${SHAPE_HINT})`, path: at });
    return [];
  }
  const keys = Object.keys(entry);
  if (keys.length !== 1) {
    issues.push({ message: `a nav entry maps exactly one title, found ${keys.length} keys (${keys.join(', ')}); put a "-" before each`, path: at });
    return [];
  }
  const title = keys[0]!;
  const target = (entry as Record<string, unknown>)[title];
  const here = [...at, title];
  if (typeof target === 'string') {
    return EXTERNAL_URL.test(target) ? [{ kind: 'link', title, url: target, at: here }] : [{ kind: 'page', title, path: target, at: here }];
  }
  if (Array.isArray(target)) return [{ kind: 'section', title, children: normaliseEntries(target, here, issues), at: here }];
  issues.push({ message: `"${title}" needs a page path, a URL or a nested list (${SHAPE_HINT})`, path: here });
  return [];
}

export const navSchema = z.unknown().transform((value, ctx): NavConfigItem[] => {
  const issues: Issue[] = [];
  const items = normaliseEntries(value, [], issues);
  for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return items;
});
