import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LecternError } from '../errors.ts';
import { configLine } from '../config/load-config.ts';
import { siteConfig } from './site-context.ts';
import { slugForContentPath } from './routes.ts';

export interface PlannedRedirect {
  /** Site path of the old page without base: `old/page/` (`` for the root). */
  from: string;
  /** Where it goes: a URL under the base, or an absolute external URL. */
  to: string;
  /** The page the target points at, to check it exists (undefined for external targets). */
  targetSlug: string | undefined;
  key: string;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** `old/page.md`, `/old/page/`, `old/page.html` → `old/page/` */
export function sitePathFor(value: string): string {
  const slug = slugForContentPath(value.replace(/^\/+/, '').replace(/\.html?$/i, '.md').replace(/\/+$/, ''));
  return slug ? `${slug}/` : '';
}

export function planRedirects(redirects: Record<string, string>, base: string): PlannedRedirect[] {
  return Object.entries(redirects).map(([key, target]) => {
    if (EXTERNAL.test(target)) return { from: sitePathFor(key), to: target, targetSlug: undefined, key };
    const [path = '', fragment] = target.split('#', 2);
    const sitePath = sitePathFor(path);
    return { from: sitePathFor(key), to: `${base}${sitePath}${fragment ? `#${fragment}` : ''}`, targetSlug: sitePath.replace(/\/$/, ''), key };
  });
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A static redirect page: works on any host, tells search engines where the page lives now. */
export function redirectHtml(to: string, canonical: string): string {
  const href = escapeAttr(to);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Redirecting…</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeAttr(canonical)}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>This page has moved to <a href="${href}">${href}</a>.</p>
</body>
</html>
`;
}

/** Writes each configured redirect as `dist/<old path>/index.html` after the build. */
export default function redirectPages(): AstroIntegration {
  return {
    name: 'lectern-redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const config = siteConfig();
        const root = process.cwd();
        const outDir = fileURLToPath(dir);
        const planned = planRedirects(config.redirects, config.base_path);
        for (const redirect of planned) {
          // the config is read for a line number only when a redirect is wrong
          const where = () => ({ file: 'lectern.config.yaml', line: configLine(root, ['redirects', redirect.key]) });
          const file = join(outDir, redirect.from, 'index.html');
          if (existsSync(file)) {
            throw new LecternError('redirect-shadows-page', `redirect "${redirect.key}" would replace an existing page`, { ...where(), hint: 'remove the redirect or the page' });
          }
          if (redirect.targetSlug !== undefined && !existsSync(join(outDir, redirect.targetSlug, 'index.html'))) {
            throw new LecternError('redirect-missing-target', `redirect "${redirect.key}" points at "${config.redirects[redirect.key]}", which is not a page`, {
              ...where(),
              hint: 'targets are content paths (guides/curl.md) or site paths (/guides/curl/)',
            });
          }
          const canonical = config.site_url && !EXTERNAL.test(redirect.to) ? new URL(redirect.to, config.site_url).href : redirect.to;
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, redirectHtml(redirect.to, canonical));
        }
        if (planned.length) logger.info(`redirects: ${planned.length} page(s) written`);
      },
    },
  };
}
