import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { siteConfig } from './site-context.ts';
import specAssets from './spec-assets.ts';
import redirectPages from './redirects.ts';
import searchIndex from './search.ts';
import contentAssets from './content-assets.ts';
import explorerAssets from './explorer-assets.ts';
import devRefresh from './dev-refresh.ts';
import mockDevServer from './mock-dev-server.ts';
import mockWorker from './mock-worker.ts';
import localProxy from './proxy.ts';
import { closePageHtmlHandoff, openPageHtmlHandoff } from './page-html-handoff.ts';
import { startRenderPool, stopRenderPool } from './render-pool.ts';

/**
 * The Lectern integration. Reads as a checklist; order matters where noted.
 */
export default function lectern(): AstroIntegration {
  return {
    name: 'lectern',
    hooks: {
      'astro:config:setup': ({ updateConfig, config: astroConfig, command }) => {
        // 0. a build hands page HTML from the content loader to the page route in memory
        if (command === 'build') openPageHtmlHandoff();
        // helper threads that render Markdown for the content loader's first load; started now
        // so their set-up overlaps Astro's (render-pool.ts)
        if (command === 'build' || command === 'dev') startRenderPool(fileURLToPath(astroConfig.root));
        // 1. config first: everything below depends on the base path
        const config = siteConfig(fileURLToPath(astroConfig.root));
        updateConfig({
          base: config.base_path,
          trailingSlash: 'ignore',
          // pages render while earlier ones are being written (1 000 pages: generation 2.4 → 1.6 s, same output)
          build: { format: 'directory', concurrency: 4 },
          site: config.site_url,
        });
        // 2. specs: lint spec/* at build start (errors stop the build); publish
        //    {base}apis/restapis/<name>.yaml|.json|.postman_collection.json (built and in dev)
        updateConfig({ integrations: [specAssets()] });
        // 2b. the explorer's self-hosted swagger-ui-dist files under {base}_lectern/swagger-ui/<version>/
        updateConfig({ integrations: [explorerAssets()] });
        //     and the dev/preview-only proxy {base}proxy/<host:port>/… to lectern.config.yaml's proxy.targets
        updateConfig({ integrations: [localProxy()] });
        // 2c. the mock: {base}mock/<spec>/… answered by the dev server, and by dist/mock-sw.js
        //     (a service worker built after the pages) on the static site
        updateConfig({ integrations: [mockDevServer(), mockWorker()] });
        // 2d. dev only: a saved page reloads the browser at once (served from its file, see dev-live-page.ts)
        updateConfig({ integrations: [devRefresh()] });
        // 3. after the HTML is written: redirect stubs (they check their targets exist), then the
        //    other files of content/ (images, downloads; after every other writer, so a clash is
        //    an error, not an overwrite; served from content/ in dev), then the Pagefind search
        //    index over dist/ (it skips the stubs)
        updateConfig({ integrations: [redirectPages(), contentAssets(), searchIndex()] });
      },
      'astro:build:done': () => {
        closePageHtmlHandoff();
        stopRenderPool();
      },
    },
  };
}
