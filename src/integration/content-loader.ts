import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { Renderer } from '../markdown/types.ts';
import { idForSlug } from './routes.ts';
import { siteConfig } from './site-context.ts';
import { checkLinks, type RenderedPage } from './check-links.ts';
import { CONTENT_DIR, isContentPage, listContentFiles, renderPage } from './render-page.ts';
import { renderPages } from './render-pool.ts';
import { handOverPageHtml } from './page-html-handoff.ts';
import { apiPageSpecs } from '../components/api-page-segments.ts';
import { apiPageAnchors } from '../components/api-reference-data.ts';

/**
 * Astro content loader: markdown-it renders every page (not Astro's Markdown
 * pipeline), links are checked across the whole site, and each page is
 * stored with its HTML and headings.
 */
export function lecternLoader(): Loader {
  return {
    name: 'lectern-content',
    load: async ({ store, logger, watcher, config }) => {
      const root = fileURLToPath(config.root);
      const contentDir = join(root, CONTENT_DIR);
      // loaded on first need: in a build the helper threads usually render every page, and
      // then this module runner need not load (and transform) the Markdown pipeline at all
      let renderer: Promise<Renderer> | undefined;
      const getRenderer = () => (renderer ??= import('../markdown/create-renderer.ts').then(({ createRenderer }) => createRenderer()));
      const { pages, byHelpers } = await renderPages(getRenderer, root, listContentFiles(contentDir));
      if (byHelpers > 0) logger.info(`${pages.length} page(s) rendered, ${byHelpers} of them on helper threads`);
      for (const page of pages) {
        const specs = apiPageSpecs(page.html, page.template, page.spec);
        if (specs.length > 0) page.anchors = await apiPageAnchors(root, specs);
      }
      const level = siteConfig(root).validation.absolute_links;
      for (const warning of checkLinks(pages, siteConfig(root).base_path, level)) logger.warn(warning);
      store.clear();
      for (const page of pages) {
        const { html, headings, ...data } = page;
        const id = idForSlug(page.id);
        // in a build the HTML skips the store (page-html-handoff.ts says why)
        const handedOver = handOverPageHtml(id, html);
        const rendered = handedOver ? { html: '', metadata: { headings, handedOver } } : { html, metadata: { headings } };
        store.set({ id, data: { ...data, links: undefined, anchors: undefined }, filePath: page.file, rendered });
      }
      // included files → the pages that include them, so saving a snippet refreshes its pages
      const includedBy = new Map<string, Set<string>>();
      const track = (page: RenderedPage) => {
        for (const dep of page.dependencies) {
          if (!includedBy.has(dep)) includedBy.set(dep, new Set());
          includedBy.get(dep)!.add(page.relPath);
        }
      };
      pages.forEach(track);
      const refresh = async (relPath: string) => {
        try {
          const page = renderPage(await getRenderer(), root, relPath);
          track(page);
          const { html, headings, ...data } = page;
          const id = idForSlug(page.id);
          // The page route serves edits from the file itself (dev-live-page.ts). Each store write makes
          // Astro re-import the whole collection (seconds at 1 000 pages) and reload the browser again,
          // so write only when what other pages read (title, template, …) changed.
          if (JSON.stringify(store.get(id)?.data) === JSON.stringify({ ...data, links: undefined })) return;
          store.set({ id, data: { ...data, links: undefined, anchors: undefined }, filePath: page.file, rendered: { html, metadata: { headings } } });
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher?.add(contentDir);
      watcher?.on('change', (changed) => {
        if (!changed.startsWith(contentDir + sep)) return;
        const relPath = relative(contentDir, changed).replace(/\\/g, '/');
        if (isContentPage(relPath)) void refresh(relPath);
        for (const dependent of includedBy.get(changed) ?? []) if (dependent !== relPath) void refresh(dependent);
      });
    },
  };
}
