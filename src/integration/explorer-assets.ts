import { copyFileSync, createReadStream, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Self-hosts swagger-ui-dist: the explorer loads these files from the site
 * itself (never a CDN). The folder carries the package version so a static
 * host may cache the files forever.
 */
export const SWAGGER_UI_FILES = ['swagger-ui-bundle.js', 'swagger-ui.css', 'swagger-ui-bundle.js.LICENSE.txt'] as const;

const require = createRequire(import.meta.url);
const distDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const version: string = JSON.parse(readFileSync(join(distDir, 'package.json'), 'utf8')).version;

/** Site-relative folder of the copied files, e.g. `_lectern/swagger-ui/5.35.0/`. */
export const SWAGGER_UI_DIR = `_lectern/swagger-ui/${version}/`;

/** URL of one copied file under the site's base path. */
export function swaggerUiUrl(base: string, file: (typeof SWAGGER_UI_FILES)[number]): string {
  return `${base.endsWith('/') ? base : `${base}/`}${SWAGGER_UI_DIR}${file}`;
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

/** Copies the files into the build and serves them in `astro dev`. */
export default function explorerAssets(): AstroIntegration {
  return {
    name: 'lectern:explorer-assets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
        server.middlewares.use((req, res, next) => {
          const pathname = new URL(req.url ?? '/', 'http://dev').pathname;
          const prefix = [`${base}${SWAGGER_UI_DIR}`, `/${SWAGGER_UI_DIR}`].find((p) => pathname.startsWith(p));
          const name = prefix && pathname.slice(prefix.length);
          if (!name || !(SWAGGER_UI_FILES as readonly string[]).includes(name)) return next();
          res.setHeader('content-type', CONTENT_TYPES[name.slice(name.lastIndexOf('.'))]!);
          createReadStream(join(distDir, name)).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = join(fileURLToPath(dir), SWAGGER_UI_DIR);
        mkdirSync(target, { recursive: true });
        for (const name of SWAGGER_UI_FILES) copyFileSync(join(distDir, name), join(target, name));
      },
    },
  };
}
