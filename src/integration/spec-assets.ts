/**
 * Specs in the site build: lint every spec/*.{yaml,yml,json} with redocly.yaml when the build starts (errors
 * stop the build, warnings are printed), write the downloadable copies to
 * `{outDir}/apis/restapis/` when it is done, and serve the same files at the same URLs in `astro dev`.
 * `astro preview` serves them from the build output. Added by src/integration/index.ts.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSpecFiles, loadBundledSpec, specName } from '../spec/load-spec.ts';
import { countBySeverity, formatProblem, lintSpecs } from '../spec/lint.ts';
import { PUBLISHED_DIR, publishedFileNames, renderPublishedFiles } from '../spec/published-files.ts';
import type { PublishedFile } from '../spec/published-files.ts';
import type { LintProblem } from '../spec/lint.ts';
import { LecternError } from '../errors.ts';
import { pathUnderBase } from './routes.ts';

/** The build's spec lint failure; `problems` are the errors, the message lists them one per line. */
export class SpecLintError extends LecternError {
  readonly problems: LintProblem[];

  constructor(problems: LintProblem[]) {
    super('spec-lint', `spec lint failed with ${problems.length} error(s):\n${problems.map(formatProblem).join('\n')}`, {
      hint: 'run `npm run lint:spec` to see them; rules are in redocly.yaml',
    });
    this.name = 'SpecLintError';
    this.problems = problems;
  }
}

/** Lints the given specs with redocly.yaml; throws SpecLintError listing the errors, logs the warnings. */
export async function lintSpecsForBuild(
  root: string,
  files: string[],
  logger: Pick<AstroIntegrationLogger, 'warn' | 'info'>,
): Promise<void> {
  const problems = await lintSpecs(root, files);
  for (const warning of problems.filter((p) => p.severity === 'warn')) logger.warn(formatProblem(warning));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new SpecLintError(errors);
  const { warnings } = countBySeverity(problems);
  logger.info(`linted ${files.length} spec(s): 0 errors, ${warnings} warning(s)`);
}

/** Every published file of every spec, keyed by its path under the output directory. */
export async function renderAllPublishedFiles(root: string): Promise<Map<string, PublishedFile>> {
  const byPath = new Map<string, PublishedFile>();
  for (const file of listSpecFiles(root)) {
    for (const published of await renderPublishedFiles(await loadBundledSpec(file))) {
      byPath.set(`${PUBLISHED_DIR}/${published.fileName}`, published);
    }
  }
  return byPath;
}

/** Writes every published file under `outDir`; returns the paths written, relative to `outDir`. */
export async function writePublishedFiles(root: string, outDir: string): Promise<string[]> {
  const files = await renderAllPublishedFiles(root);
  await mkdir(join(outDir, PUBLISHED_DIR), { recursive: true });
  for (const [path, file] of files) await writeFile(join(outDir, path), file.body);
  return [...files.keys()];
}

/** `/docs/apis/restapis/session.json` → `apis/restapis/session.json` when it belongs to us, else undefined. */
export function publishedPathFromUrl(base: string, url: string): string | undefined {
  const path = pathUnderBase(base, url);
  if (!path?.startsWith(`${PUBLISHED_DIR}/`)) return undefined;
  const fileName = path.slice(PUBLISHED_DIR.length + 1);
  return fileName && !fileName.includes('/') ? `${PUBLISHED_DIR}/${fileName}` : undefined;
}

export default function specAssets(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'lectern:spec-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:start': async ({ logger }) => {
        await lintSpecsForBuild(root, listSpecFiles(root), logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writePublishedFiles(root, fileURLToPath(dir));
        logger.info(`published ${written.length} spec download(s) under ${base}${PUBLISHED_DIR}/`);
      },
      'astro:server:setup': ({ server, logger }) => {
        // in dev a lint error is logged, not fatal; edited specs are linted again on save
        const lintInDev = (files: string[]) =>
          lintSpecsForBuild(root, files, logger).catch((error) => logger.error(error.message));
        lintInDev(listSpecFiles(root));
        server.watcher.add(join(root, 'spec'));
        // returns the lint's promise so callers (tests) can wait for it; the watcher ignores it
        server.watcher.on('change', (file: string) => (listSpecFiles(root).includes(file) ? lintInDev([file]) : undefined));
        // files are rendered per request, so a reload after an edit downloads the new spec
        server.middlewares.use(async (req, res, next) => {
          const path = publishedPathFromUrl(base, req.url ?? '');
          const fileName = path?.slice(PUBLISHED_DIR.length + 1);
          const specFile =
            fileName && listSpecFiles(root).find((f) => Object.values(publishedFileNames(specName(f))).includes(fileName));
          if (!specFile) return next();
          try {
            const published = (await renderPublishedFiles(await loadBundledSpec(specFile))).find((f) => f.fileName === fileName);
            if (!published) return next();
            res.setHeader('Content-Type', published.contentType);
            res.end(published.body);
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
