import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium, CHROMIUM_HELP } from '../../support-chromium.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A page that refuses every request leaving 127.0.0.1 and records it, so a
 * test can assert that nothing was fetched from anywhere else.
 */
export async function isolatedPage(browser: Browser, options: { colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: { width: 1280, height: 900 } });
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
      return route.continue();
    }
    offsite.push(url.href);
    return route.abort('blockedbyclient');
  });
  const errors: string[] = [];
  const page: Page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, offsite, errors };
}
