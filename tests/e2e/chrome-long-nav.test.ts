import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, isolatedPage } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { makeTempSite } from '../support-temp-site.ts';

// A flat folder of 150 pages: each page embeds only a window of that list; "Show all" loads the rest.
const PAGE_COUNT = 150;
const files: Record<string, string> = { 'content/index.md': '# Home\n\nA site with one long folder.\n' };
for (let i = 1; i <= PAGE_COUNT; i++) files[`content/many/p-${String(i).padStart(3, '0')}.md`] = `# Page ${i}\n\nText of page ${i}.\n`;

const temp = makeTempSite(files, 'site_name: Long list\n');
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

before(async () => {
  const build = temp.build();
  assert.equal(build.status, 0, build.output);
  browser = await launchBrowser();
  site = await serveStatic(join(temp.root, 'dist'));
});
after(async () => {
  await browser?.close();
  await site?.close();
  temp.remove();
});

test('a long sidebar list is cut around the current page, and "Show all" restores every entry', async () => {
  const { page, errors, context } = await isolatedPage(browser);
  await page.goto(`${site.url}many/p-100/`);
  const links = page.locator('#site-nav .md-nav__section a');
  const embedded = await links.count();
  assert.ok(embedded < 60, `only a window is embedded, got ${embedded} links`);
  assert.equal(await page.locator('#site-nav [aria-current="page"]').textContent(), 'Page 100');
  await page.locator('#site-nav .md-nav__more').first().click();
  await page.waitForFunction((count) => document.querySelectorAll('#site-nav .md-nav__section a').length === count, PAGE_COUNT);
  assert.equal(await page.locator('#site-nav [aria-current="page"]').textContent(), 'Page 100', 'still marked after the swap');
  assert.equal(await page.locator('#site-nav .md-nav__more').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
