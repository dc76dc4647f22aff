import { posix } from 'node:path';
import { slugForContentPath } from '../../../integration/routes.ts';

const EXTERNAL = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/** A link with a scheme (`https:`, `mailto:`) or a protocol-relative one (`//host/…`): not this site's to check. */
export function isExternalLink(href: string): boolean {
  return EXTERNAL.test(href);
}

/**
 * A link relative to the page's file, split into its path (as written and
 * percent-decoded) and its `?…`/`#…` suffix; undefined for external, absolute
 * and same-page links, and for a path that does not decode (left as written;
 * the link check reports it at its line).
 */
function splitRelative(href: string): { path: string; decoded: string; suffix: string } | undefined {
  if (!href || EXTERNAL.test(href) || href.startsWith('/') || href.startsWith('#')) return undefined;
  const at = href.search(/[?#]/);
  const path = at < 0 ? href : href.slice(0, at);
  try {
    return { path, decoded: decodeURI(path), suffix: at < 0 ? '' : href.slice(at) };
  } catch {
    return undefined;
  }
}

/** The URL folder a page is served from (`apis/session.md` → `/apis/session/`): relative links in its HTML start there. */
function pageUrl(pagePath: string): string {
  return `/${slugForContentPath(pagePath)}/`.replace(/\/+/g, '/');
}

/**
 * MkDocs links between pages by file: `../guides/curl.md#basic` written in
 * `apis/session.md` (URL `/apis/session/`) becomes `../../guides/curl/#basic`.
 * Anything that is not a relative link to a `.md` file is returned as is.
 */
export function rewriteMarkdownLink(href: string, pagePath: string): string {
  const link = splitRelative(href);
  if (!link || !/\.md$/i.test(link.path)) return href;
  const { decoded, suffix } = link;
  const target = posix.normalize(posix.join(posix.dirname(pagePath), decoded));
  if (target.startsWith('../')) return href;
  const relative = posix.relative(pageUrl(pagePath), pageUrl(target));
  if (relative === '') return suffix.startsWith('#') ? suffix : `./${suffix}`;
  return `${encodeURI(relative)}/${suffix}`;
}

/** Extensions of files a page links to or shows that must exist in content/ when linked relatively. */
const ASSET_EXTENSION = /\.(png|jpe?g|gif|svg|webp|avif|ico|bmp|pdf|zip|gz|tgz|txt|csv|mp4|webm|mp3|ogg|woff2?)$/i;

export type AssetLink = { kind: 'not-asset' } | { kind: 'asset'; href: string; target: string } | { kind: 'missing'; target: string };

/**
 * MkDocs copies every other file of docs/ next to the pages and keeps a
 * relative link to one pointing at it from the page's URL: `img/flow.png`
 * written in `guides/curl.md` (URL `/guides/curl/`) becomes `../img/flow.png`.
 * `isContentFile` says whether a path inside content/ is such a file. A
 * relative link to a missing image or document is reported (`missing`);
 * other relative links (to URLs, to downloads the build makes) stay as they are.
 */
export function rewriteAssetLink(href: string, pagePath: string, isContentFile: (relPath: string) => boolean): AssetLink {
  const link = splitRelative(href);
  if (!link || !link.path || /\.md$/i.test(link.path) || link.path.endsWith('/')) return { kind: 'not-asset' };
  const { decoded, suffix } = link;
  const target = posix.normalize(posix.join(posix.dirname(pagePath), decoded));
  if (target.startsWith('../')) return { kind: 'not-asset' };
  if (!isContentFile(target)) return ASSET_EXTENSION.test(target) ? { kind: 'missing', target } : { kind: 'not-asset' };
  return { kind: 'asset', href: `${encodeURI(posix.relative(pageUrl(pagePath), `/${target}`))}${suffix}`, target };
}
