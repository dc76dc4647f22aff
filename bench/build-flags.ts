import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './projects.ts';

/**
 * The Node flags `npm run build` runs Astro with (package.json `scripts.build`,
 * e.g. `--max-semi-space-size=8`), so the bench measures the build users run
 * without paying for npm's own start-up in every timing.
 */
export function nodeFlagsOf(script: string): string[] {
  const match = /(?:^|\s)node((?:\s+--\S+)*)\s+\S*astro\.mjs\s+build\b/.exec(script);
  if (!match) throw new Error(`package.json scripts.build does not run "node [flags] …astro.mjs build": ${script}`);
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}

export function buildNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return nodeFlagsOf(pkg.scripts.build ?? '');
}
