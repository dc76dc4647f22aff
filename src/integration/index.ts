import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { siteConfig } from './site-context.ts';

/**
 * The Lectern integration. Reads as a checklist; order matters where noted.
 */
export default function lectern(): AstroIntegration {
  return {
    name: 'lectern',
    hooks: {
      'astro:config:setup': ({ updateConfig, config: astroConfig }) => {
        // 1. config first: everything below depends on the base path
        const config = siteConfig(fileURLToPath(astroConfig.root));
        updateConfig({
          base: config.base_path,
          trailingSlash: 'ignore',
          build: { format: 'directory' },
          site: config.site_url,
        });
      },
    },
  };
}
