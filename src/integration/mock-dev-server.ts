/**
 * The mock in `astro dev`: `{base}mock/<spec>/…` answered by the Node adapter
 * for every spec/*.yaml, recompiled when the file changes. `{base}mock-sw.js`
 * is a pass-through worker here, so the explorer's ensureMockWorker() succeeds
 * and its requests reach this middleware. (`astro preview` takes no
 * integration middleware: there the built service worker answers in the browser.)
 */
import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listSpecFiles, specName } from '../spec/load-spec.ts';
import { createNodeMock } from '../mock/node/create-mock.ts';
import { createMockHandler, type Middleware } from '../mock/node/http-adapter.ts';

export const PASS_THROUGH_WORKER = [
  '// dev build of the mock worker: the dev server answers {base}mock/… itself',
  "self.addEventListener('install', () => self.skipWaiting());",
  "self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));",
  "self.addEventListener('message', (event) => { if (event.data === 'lectern-mock:claim') event.waitUntil(self.clients.claim()); });",
].join('\n');

export default function mockDevServer(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'lectern:mock-dev-server',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
        const mocks = new Map<string, { mtime: number; handler: Promise<Middleware> }>();
        const handlerFor = (file: string): Promise<Middleware> => {
          const mtime = statSync(file).mtimeMs;
          const known = mocks.get(file);
          if (known && known.mtime === mtime) return known.handler;
          const handler = createNodeMock(file, {}, (line) => logger.warn(line)).then(({ model, ctx }) =>
            createMockHandler(model, ctx, { mount: `${base}mock/${specName(file)}`, corsOrigins: [], log: (line) => logger.debug(line) }),
          );
          mocks.set(file, { mtime, handler });
          return handler;
        };
        server.middlewares.use((req, res, next) => {
          const pathname = (req.url ?? '/').split('?')[0]!;
          if (pathname === `${base}mock-sw.js`) {
            res.setHeader('content-type', 'text/javascript; charset=utf-8');
            res.end(PASS_THROUGH_WORKER);
            return;
          }
          if (!pathname.startsWith(`${base}mock/`)) return next();
          const name = pathname.slice(`${base}mock/`.length).split('/')[0];
          const file = listSpecFiles(root).find((f) => specName(f) === name);
          if (!file) return next();
          handlerFor(file).then(
            (handler) => handler(req, res, next),
            (error: Error) => {
              logger.error(error.message);
              res.statusCode = 500;
              res.setHeader('content-type', 'text/plain; charset=utf-8');
              res.end(`the mock for ${file} cannot start: ${error.message}`);
            },
          );
        });
      },
    },
  };
}
