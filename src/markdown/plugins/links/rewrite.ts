import { posix } from 'node:path';
import { slugForContentPath } from '../../../integration/routes.ts';

const EXTERNAL = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/**
 * MkDocs links between pages by file: `../guides/curl.md#basic` written in
 * `apis/session.md` (URL `/apis/session/`) becomes `../../guides/curl/#basic`.
 * Anything that is not a relative link to a `.md` file is returned as is.
 */
export function rewriteMarkdownLink(href: string, pagePath: string): string {
  if (!href || EXTERNAL.test(href) || href.startsWith('/') || href.startsWith('#')) return href;
  const hashAt = href.search(/[?#]/);
  const path = hashAt < 0 ? href : href.slice(0, hashAt);
  const suffix = hashAt < 0 ? '' : href.slice(hashAt);
  if (!/\.md$/i.test(path)) return href;
  const target = posix.normalize(posix.join(posix.dirname(pagePath), decodeURI(path)));
  if (target.startsWith('../')) return href;
  const from = `/${slugForContentPath(pagePath)}/`.replace(/\/+/g, '/');
  const to = `/${slugForContentPath(target)}/`.replace(/\/+/g, '/');
  const relative = posix.relative(from, to);
  if (relative === '') return suffix.startsWith('#') ? suffix : `./${suffix}`;
  return `${encodeURI(relative)}/${suffix}`;
}
