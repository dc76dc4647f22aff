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
export function urlForSlug(base: string, slug: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return slug ? `${prefix}${slug}/` : prefix;
}
