import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, isolatedPage } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

before(async () => {
  browser = await launchBrowser();
  site = await serveStatic('dist');
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('home page renders from the built site and fetches nothing off 127.0.0.1', async () => {
  const { page, offsite, errors, context } = await isolatedPage(browser);
  const response = await page.goto(site.url);
  assert.equal(response?.status(), 200);
  assert.ok(await page.locator('article h1').count() >= 1);
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});
