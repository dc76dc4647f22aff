/**
 * The other files of content/ (images, PDFs, downloads), as MkDocs treats the
 * other files of docs/: copied next to the pages at the same path, so the
 * relative links the Markdown renderer rewrote (plugins/links) reach them.
 * The build copies them into the output; `astro dev` serves them from
 * content/. Markdown files are pages or includes, and dot-files stay private.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lookup } from 'mrmime';
import { LecternError } from '../errors.ts';
import { CONTENT_DIR } from './render-page.ts';
import { pathUnderBase } from './routes.ts';

/** Every file of `contentDir` that is not Markdown and not hidden, relative, sorted. */
export function listContentAssets(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return (readdirSync(contentDir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((name) => name.replace(/\\/g, '/'))
    .filter((name) => !name.toLowerCase().endsWith('.md') && !name.split('/').some((part) => part.startsWith('.')))
    .filter((name) => statSync(join(contentDir, name)).isFile())
    .sort();
}

/**
 * Copies the assets into `outDir`. A file the build already wrote at the same
 * path (a page, a spec download, something from public/) is not overwritten:
 * that is an error naming both, so nothing is silently lost.
 */
export function copyContentAssets(contentDir: string, outDir: string): string[] {
  const assets = listContentAssets(contentDir);
  for (const relPath of assets) {
    const target = join(outDir, relPath);
    if (existsSync(target)) {
      throw new LecternError('asset-collision', `${CONTENT_DIR}/${relPath} would replace ${relPath}, which the build already wrote`, {
        file: `${CONTENT_DIR}/${relPath}`,
        hint: 'rename or move the file (public/, spec downloads and pages own their paths)',
      });
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(contentDir, relPath), target);
  }
  return assets;
}

/** `/docs/guides/img/flow.png` under base `/docs/` → `guides/img/flow.png` when it names an asset, else undefined. */
export function assetPathFromUrl(contentDir: string, base: string, url: string): string | undefined {
  const relPath = pathUnderBase(base, url);
  if (!relPath || relPath.endsWith('/') || relPath.toLowerCase().endsWith('.md')) return undefined;
  if (relPath.split('/').some((part) => part === '..' || part.startsWith('.'))) return undefined;
  const file = join(contentDir, relPath);
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? relPath : undefined;
}

export default function contentAssets(): AstroIntegration {
  let contentDir = join(process.cwd(), CONTENT_DIR);
  let base = '/';
  return {
    name: 'lectern:content-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        contentDir = join(fileURLToPath(config.root), CONTENT_DIR);
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const relPath = assetPathFromUrl(contentDir, base, req.url ?? '');
          if (!relPath) return next();
          res.setHeader('Content-Type', lookup(relPath) ?? 'application/octet-stream');
          res.end(readFileSync(join(contentDir, relPath)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const copied = copyContentAssets(contentDir, fileURLToPath(dir));
        if (copied.length > 0) logger.info(`copied ${copied.length} file(s) from ${CONTENT_DIR}/ next to the pages`);
      },
    },
  };
}
