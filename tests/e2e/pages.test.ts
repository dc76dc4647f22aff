import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isolatedPage } from './support/browser.ts';
import { useBrowserAndSite } from './support/browser-and-site.ts';

const built = useBrowserAndSite();

test('home page renders from the built site and fetches nothing off 127.0.0.1', async () => {
  const { page, offsite, errors, context } = await isolatedPage(built.browser);
  const response = await page.goto(built.site.url);
  assert.equal(response?.status(), 200);
  assert.ok(await page.locator('article h1').count() >= 1);
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every content page is built and renders its first heading', async () => {
  const { page, offsite, errors, context } = await isolatedPage(built.browser);
  for (const path of ['', 'apis/overview/', 'apis/session/', 'guides/register-application/', 'guides/session-api-with-curl/']) {
    const response = await page.goto(built.site.url + path);
    assert.equal(response?.status(), 200, path);
    assert.ok((await page.locator('article h1').first().textContent())?.trim(), `h1 on /${path}`);
  }
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a collapsible opens on click and a content tab switches, with CSS only', async () => {
  const { page, context } = await isolatedPage(built.browser);
  await page.goto(`${built.site.url}guides/session-api-with-curl/`);
  const details = page.locator('article details.question').first();
  assert.equal(await details.getAttribute('open'), null);
  await details.locator('summary').click();
  assert.notEqual(await details.getAttribute('open'), null);
  assert.ok(await details.locator('p').first().isVisible());

  const set = page.locator('.tabbed-set').first();
  const blocks = set.locator('.tabbed-content > .tabbed-block');
  assert.ok(await blocks.nth(0).isVisible());
  assert.equal(await blocks.nth(1).isVisible(), false);
  await set.locator('.tabbed-labels > label').nth(1).click();
  assert.equal(await blocks.nth(0).isVisible(), false);
  assert.ok(await blocks.nth(1).isVisible());
  assert.match((await blocks.nth(1).textContent()) ?? '', /Authorization: Bearer/);
  await context.close();
});

test('the copy button puts the code block text on the clipboard', async () => {
  const { page, context } = await isolatedPage(built.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(built.site.url).origin });
  await page.goto(`${built.site.url}guides/session-api-with-curl/`);
  const block = page.locator('article div.highlight').filter({ hasText: 'terminate-all.sh' }).first();
  await block.hover();
  await block.locator('button.md-clipboard').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, ((await block.locator('code').textContent()) ?? '').replace(/\n$/, ''));
  assert.match(copied, /^USER_ID=/);
  await context.close();
});
