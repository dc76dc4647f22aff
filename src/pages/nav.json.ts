import type { APIRoute } from 'astro';
import { siteNav } from '../components/site-nav.ts';
import { compactTree } from '../integration/nav.ts';

/** The whole navigation tree, once per site; the sidebar expands closed sections from it. */
export const GET: APIRoute = async () => {
  const nav = await siteNav();
  return new Response(JSON.stringify(compactTree(nav.tree)), { headers: { 'content-type': 'application/json' } });
};
