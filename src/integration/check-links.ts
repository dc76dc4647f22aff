import { posix } from 'node:path';
import { LecternError } from '../errors.ts';
import { isExternalLink } from '../markdown/plugins/links/rewrite.ts';
import type { RenderResult } from '../markdown/types.ts';
import type { PageTemplate } from './page-meta.ts';

export interface RenderedPage extends RenderResult {
  id: string;
  relPath: string;
  file: string;
  title: string;
  description: string;
  template: PageTemplate;
  hide: string[];
  spec: string | undefined;
  /** Ids the page gets outside its Markdown (the static operation list of API pages). */
  anchors?: string[];
}


/**
 * Relative links must reach a page (and heading) that exists: that is an
 * error. Absolute in-site links (`/guides/x`, often from `{{base_path}}` in
 * pages migrated from a larger site) follow `validation.absolute_links`.
 * Returns warnings; throws the first error.
 */
export function checkLinks(pages: RenderedPage[], base: string, absoluteLevel: 'error' | 'warn' | 'ignore'): string[] {
  const bySlug = new Map(pages.map((page) => [page.id, page]));
  const warnings: string[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      if (isExternalLink(link.href)) continue;
      const [pathPart = '', fragment] = link.href.split('#', 2);
      const isAbsolute = pathPart.startsWith('/');
      const target = resolveTarget(page, pathPart, base);
      if (target === undefined) continue; // a static asset or spec download, not a page
      const found = bySlug.get(target);
      const headingMissing = found && fragment && !found.headings.some((h) => h.slug === fragment) && !found.anchors?.includes(fragment) && !found.html.includes(`id="${fragment}"`);
      if (found && !headingMissing) continue;
      const what = found ? `link to missing heading "#${fragment}" on ${found.file}` : `link to missing page "${link.href}"`;
      if (isAbsolute && absoluteLevel !== 'error') {
        if (absoluteLevel === 'warn') warnings.push(`${page.file}:${link.line}: ${what}`);
        continue;
      }
      throw new LecternError('broken-link', what, {
        file: page.file,
        line: link.line,
        hint: isAbsolute ? 'set validation.absolute_links to "warn" to allow links outside this site' : 'check the path relative to this file',
      });
    }
  }
  return warnings;
}

/** The slug a link points at, or undefined when it is not a page link. */
function resolveTarget(page: RenderedPage, pathPart: string, base: string): string | undefined {
  if (pathPart === '') return page.id;
  if (/\.(ya?ml|json|png|jpe?g|gif|svg|webp|pdf|zip|txt|xml|css|js)$/i.test(pathPart)) return undefined;
  let sitePath: string;
  if (pathPart.startsWith('/')) {
    const baseNoSlash = base.replace(/\/$/, '');
    sitePath = baseNoSlash && pathPart.startsWith(`${baseNoSlash}/`) ? pathPart.slice(baseNoSlash.length) : pathPart;
  } else if (/\.md$/i.test(pathPart)) {
    // MkDocs: a link to a .md file is relative to the file that holds it
    sitePath = `/${posix.normalize(posix.join(posix.dirname(page.relPath), pathPart))}`;
  } else {
    // any other relative link is relative to the page's URL (`/apis/session/`)
    sitePath = posix.normalize(posix.join(`/${page.id}/`, pathPart));
  }
  return sitePath
    .replace(/\.md$/i, '')
    .replace(/\/(index|README)$/, '')
    .replace(/^\/+|\/+$/g, '')
    .replace(/^index$/, '');
}
