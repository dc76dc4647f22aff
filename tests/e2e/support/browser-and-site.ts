import { before, after } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

export type StaticSite = Awaited<ReturnType<typeof serveStatic>>;

/** One browser and one static server for a test file, started before its tests and stopped after. */
export function useBrowserAndSite(dir = 'dist', base = '/'): { browser: Browser; site: StaticSite } {
  const state = {} as { browser: Browser; site: StaticSite };
  before(async () => {
    state.browser = await launchBrowser();
    state.site = await serveStatic(dir, base);
  });
  after(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
