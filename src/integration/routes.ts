/**
 * Maps content files to URLs the MkDocs way: `apis/session.md` → `apis/session/`,
 * `guides/index.md` → `guides/`, `index.md` → `` (site root).
 */
/** Content-store id of the site root page (Astro ids cannot be empty). */
export const ROOT_ID = 'index';

export function idForSlug(slug: string): string {
  return slug === '' ? ROOT_ID : slug;
}

export function slugForId(id: string): string {
  return id === ROOT_ID ? '' : id;
}

export function slugForContentPath(relativePath: string): string {
  const withoutExt = relativePath.replace(/\\/g, '/').replace(/\.md$/i, '');
  if (withoutExt === 'index' || withoutExt === 'README') return '';
  return withoutExt.replace(/\/(index|README)$/, '');
}

/** URL of a page under the site's base path, always with a trailing slash. */
/**
 * A request URL's path below the base, decoded: `/docs/guides/x.png?v=1` under
 * `/docs/` → `guides/x.png`; undefined outside the base or when it does not decode.
 */
export function pathUnderBase(base: string, url: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
}

export function urlForSlug(base: string, slug: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return slug ? `${prefix}${slug}/` : prefix;
}
