import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Builds the Pagefind index into dist/pagefind/ once the HTML is written.
 * Only `data-pagefind-body` articles are indexed (DocLayout marks them; the
 * 404 page and redirect stubs are left out), headings with ids become the
 * sections a result can jump to.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'lectern-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({
          forceLanguage: 'en',
          // heading permalinks (¶) are not words; keep them out of titles and excerpts
          excludeSelectors: ['.headerlink'],
        });
        if (!index) throw new Error(`search index: pagefind could not start: ${errors.join('; ')}`);
        try {
          const sitePath = fileURLToPath(dir);
          const added = await index.addDirectory({ path: sitePath });
          if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${sitePath}/pagefind` });
          if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
