import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { siteConfig } from '../integration/site-context.ts';
import { urlForSlug } from '../integration/routes.ts';

/**
 * sitemap.xml of every content page (not the 404 page or redirect stubs).
 * Locations are absolute when `site_url` is set, as the sitemap protocol
 * wants; otherwise they are paths under the base.
 */
export const GET: APIRoute = async () => {
  const config = siteConfig();
  const entries = await getCollection('docs');
  const locations = entries
    .map((entry) => urlForSlug(config.base_path, entry.data.id as string))
    .sort()
    .map((path) => (config.site_url ? new URL(path, config.site_url).href : path));
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${locations.map((loc) => `  <url><loc>${escape(loc)}</loc></url>`).join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
