/**
 * The other ways to embed an explorer, on a throw-away site built from
 * tests/fixtures/pages: a legacy page with its own inline SwaggerUIBundle
 * call, a ReDoc-template page, `<api-explorer>` in an ordinary page, and
 * descriptions that fail to load.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, isolatedPage } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { makeTempSite } from '../support-temp-site.ts';
import { ExplorerPage } from './explorer-page.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

let browser: Browser;
let tempSite: ReturnType<typeof makeTempSite>;
let site: Awaited<ReturnType<typeof serveStatic>>;

before(async () => {
  tempSite = makeTempSite({
    'content/index.md': '# Fixture site\n',
    'content/apis/legacy.md': fixture('legacy-swagger-page.md'),
    'content/apis/redoc.md': fixture('redoc-page.md'),
    'content/guides/element.md': fixture('element-page.md'),
    'content/guides/broken.md': fixture('broken-spec-page.md'),
  });
  const { status, output } = tempSite.build();
  assert.equal(status, 0, output);
  browser = await launchBrowser();
  site = await serveStatic(join(tempSite.root, 'dist'));
});
after(async () => {
  await browser?.close();
  await site?.close();
  tempSite?.remove();
});

test('a legacy page renders its operations with Try it out on, and window.ui is the real UI', async () => {
  const { page, context, offsite, errors } = await isolatedPage(browser);
  await page.goto(`${site.url}apis/legacy/`);
  const explorer = new ExplorerPage(page);
  await explorer.ready();
  assert.equal(await page.locator('#swagger-ui .opblock').count(), 8);
  assert.equal(await page.locator('#swagger-ui .topbar').count(), 0, 'no standalone top bar loading arbitrary URLs');
  const op = await explorer.expand('me', 'getSessionsOfLoggedInUser');
  assert.equal(await op.locator('.btn.execute').count(), 1, 'supportedSubmitMethods: [] is overridden');
  assert.equal(await page.evaluate(() => typeof (window as any).ui?.getSystem), 'function');
  // the page's ui.initOAuth(...) ran before the bundle existed and was replayed on the real UI
  await page.locator('.scheme-container .btn.authorize').click();
  assert.equal(await page.locator('#client_id_password').inputValue(), 'docs-site');
  await page.locator('.dialog-ux button.btn-done').first().click();
  assert.equal(await page.locator('.lectern-api-reference').isHidden(), true);
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a ReDoc-template page shows the explorer for its spec-url', async () => {
  const { page, context, offsite } = await isolatedPage(browser);
  await page.goto(`${site.url}apis/redoc/`);
  await new ExplorerPage(page).ready();
  assert.equal(await page.locator('.lectern-explorer .opblock').count(), 8);
  assert.equal(await page.locator('redoc').count(), 0);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('<api-explorer> in an ordinary page sits between the text around it', async () => {
  const { page, context } = await isolatedPage(browser);
  await page.goto(`${site.url}guides/element/`);
  await new ExplorerPage(page).ready();
  const order = await page.evaluate(() => {
    const texts = [...document.querySelectorAll('article p')].map((p) => p.textContent?.trim());
    const explorer = document.querySelector('api-explorer')!;
    const before = [...document.querySelectorAll('article p')].find((p) => p.textContent?.includes('before'))!;
    const after = [...document.querySelectorAll('article p')].find((p) => p.textContent?.includes('after'))!;
    return {
      texts,
      beforeFirst: !!(before.compareDocumentPosition(explorer) & Node.DOCUMENT_POSITION_FOLLOWING),
      afterLast: !!(after.compareDocumentPosition(explorer) & Node.DOCUMENT_POSITION_PRECEDING),
    };
  });
  assert.ok(order.beforeFirst && order.afterLast, JSON.stringify(order));
  await context.close();
});

test('descriptions that fail to load show a box naming the URL and the reason', async () => {
  const { page, context } = await isolatedPage(browser);
  await page.goto(`${site.url}guides/broken/`);
  const boxes = page.locator('.lectern-explorer-error[role="alert"]');
  await boxes.nth(1).waitFor();
  const [missing, notASpec] = await boxes.allInnerTexts();
  assert.match(missing!, /\/apis\/restapis\/no-such-api\.json: the server answered 404/);
  assert.match(notASpec!, /127\.0\.0\.1:\d+\/: the server answered with an HTML page, not an OpenAPI document/);
  await context.close();
});
