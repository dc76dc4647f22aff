import { join, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from './render-page.ts';

/**
 * Dev server only: when a Markdown file under content/ is saved, tell the
 * browser to reload at once. The page route serves the edit straight from
 * the file (dev-live-page.ts); without this the reload waits for Astro's
 * content store, which saves 500 ms after the change.
 */
export default function devRefresh(): AstroIntegration {
  return {
    name: 'lectern:dev-refresh',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const contentDir = join(server.config.root, CONTENT_DIR) + sep;
        server.watcher.on('change', (file) => {
          if (file.startsWith(contentDir) && file.toLowerCase().endsWith('.md')) server.hot.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
}
