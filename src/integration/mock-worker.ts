/**
 * Builds `{outDir}/mock-sw.js` — the mock service worker for every spec/*.yaml —
 * when the site build is done. It sits at the base root so its default scope
 * is the whole site (static hosts rarely send Service-Worker-Allowed).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSpecFiles, specName } from '../spec/load-spec.ts';
import { buildMockWorker } from '../mock/sw/build-worker.ts';

export const MOCK_WORKER_FILE = 'mock-sw.js';

export default function mockWorker(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'lectern:mock-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = listSpecFiles(root);
        const code = await buildMockWorker(files.map((file) => ({ file, name: specName(file) })));
        await writeFile(join(fileURLToPath(dir), MOCK_WORKER_FILE), code);
        logger.info(`mock service worker for ${files.map(specName).join(', ') || 'no specs'} → ${MOCK_WORKER_FILE} (${Math.round(code.length / 1024)} KiB)`);
      },
    },
  };
}
