import { getCollection } from 'astro:content';
import { buildNav, type SiteNav } from '../integration/nav.ts';
import { siteConfig } from '../integration/site-context.ts';
import { configLine } from '../config/load-config.ts';

let cached: { signature: string; nav: SiteNav } | undefined;

/**
 * The site's navigation, built once and shared by every page of a build.
 * Rebuilt only when a page is added, removed or retitled (dev server).
 */
export async function siteNav(): Promise<SiteNav> {
  // a production build's content cannot change mid-build: skip re-reading the collection per page
  if (cached && !import.meta.env.DEV) return cached.nav;
  const pages = (await getCollection('docs')).map((entry) => ({ id: entry.data.id as string, relPath: entry.data.relPath as string, title: entry.data.title as string }));
  const signature = pages.map((page) => `${page.relPath}\t${page.title}`).join('\n');
  if (cached?.signature !== signature) {
    const config = siteConfig();
    const root = process.cwd();
    cached = { signature, nav: buildNav(pages, config.base_path, config.nav, (at) => configLine(root, at)) };
    if (cached.nav.unlisted.length) {
      console.warn(`lectern.config.yaml: nav leaves out ${cached.nav.unlisted.length} page(s), built but reachable only by link: ${cached.nav.unlisted.join(', ')}`);
    }
  }
  return cached.nav;
}
