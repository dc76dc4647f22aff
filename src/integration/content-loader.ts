import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { createRenderer } from '../markdown/create-renderer.ts';
import { parseFrontMatter } from '../markdown/front-matter.ts';
import { parsePageMeta, resolveTemplate } from './page-meta.ts';
import { slugForContentPath, idForSlug } from './routes.ts';
import { siteConfig, pageVariables } from './site-context.ts';
import { checkLinks, type RenderedPage } from './check-links.ts';
import { handOverPageHtml } from './page-html-handoff.ts';
import { apiPageSpecs } from '../components/api-page-segments.ts';
import { apiPageAnchors } from '../components/api-reference-data.ts';

export const CONTENT_DIR = 'content';

/** Every `content/**\/*.md`, sorted so builds are deterministic. */
export function listContentFiles(contentDir: string): string[] {
  return (readdirSync(contentDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.toLowerCase().endsWith('.md') && !name.split(/[\\/]/).some((part) => part.startsWith('_')))
    .map((name) => name.replace(/\\/g, '/'))
    .sort();
}

/** Renders one content file into the shape the page route needs. */
export function renderPage(renderer: Awaited<ReturnType<typeof createRenderer>>, root: string, relPath: string): RenderedPage {
  const config = siteConfig(root);
  const contentDir = join(root, CONTENT_DIR);
  const file = `${CONTENT_DIR}/${relPath}`;
  const source = readFileSync(join(contentDir, relPath), 'utf8');
  const { data, body, lineOffset } = parseFrontMatter(source, file);
  const meta = parsePageMeta(data, file);
  const templateLine = source.split('\n').findIndex((line) => /^template\s*:/.test(line)) + 1;
  const template = resolveTemplate(meta.template, file, templateLine || 1);
  const rendered = renderer.render(body, { file, contentDir, variables: pageVariables(config), lineOffset });
  const firstH1 = rendered.headings.find((h) => h.depth === 1);
  return {
    id: slugForContentPath(relPath),
    relPath,
    file,
    title: meta.title ?? firstH1?.text ?? relPath.replace(/\.md$/, ''),
    description: meta.description ?? '',
    template,
    hide: meta.hide,
    spec: meta.spec,
    ...rendered,
  };
}

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
      const renderer = await createRenderer();
      const pages = listContentFiles(contentDir).map((relPath) => renderPage(renderer, root, relPath));
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
      const refresh = (relPath: string) => {
        try {
          const page = renderPage(renderer, root, relPath);
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
        if (!changed.startsWith(contentDir)) return;
        const relPath = relative(contentDir, changed).replace(/\\/g, '/');
        const isPage = relPath.endsWith('.md') && !relPath.split('/').some((part) => part.startsWith('_'));
        if (isPage) refresh(relPath);
        for (const dependent of includedBy.get(changed) ?? []) if (dependent !== relPath) refresh(dependent);
      });
    },
  };
}
