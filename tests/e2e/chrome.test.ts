import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isolatedPage } from './support/browser.ts';
import { Chrome, flattenNav, recordThemeAtFirstPaint, themeAtFirstPaint, useBrowserAndSite } from './chrome-page-objects.ts';

const chromeTest = useBrowserAndSite();

test('every page in nav.json is reached from the sidebar, and each is then marked current', async () => {
  const { page, offsite, errors, context } = await isolatedPage(chromeTest.browser);
  const entries = flattenNav(await (await fetch(`${chromeTest.site.url}nav.json`)).json());
  assert.ok(entries.length >= 4, `expected the site's pages in nav.json, got ${entries.length}`);
  await page.goto(chromeTest.site.url);
  const chrome = new Chrome(page);
  for (const entry of entries) {
    await chrome.followSidebarLink(entry);
    assert.equal(await chrome.currentSidebarLink().first().textContent(), entry.title, `sidebar highlight on ${entry.url}`);
    assert.ok(await page.locator('article h1').count() >= 1, `${entry.url} has a heading`);
  }
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an image kept in content/ next to its page is shown, from the path the Markdown gave', async () => {
  const { page, context } = await isolatedPage(chromeTest.browser);
  const responses: number[] = [];
  page.on('response', (response) => response.url().endsWith('/session-lifecycle.svg') && responses.push(response.status()));
  await page.goto(`${chromeTest.site.url}guides/session-api-with-curl/`);
  const image = page.locator('article img[src$="session-lifecycle.svg"]');
  assert.equal(await image.getAttribute('src'), '../img/session-lifecycle.svg');
  await page.waitForFunction(() => (document.querySelector('article img[src$="session-lifecycle.svg"]') as HTMLImageElement | null)?.complete === true);
  assert.ok((await image.evaluate((img: HTMLImageElement) => img.naturalWidth)) > 0, 'the image decoded');
  assert.deepEqual(responses, [200]);
  await context.close();
});

test('previous/next links walk the pages in sidebar order', async () => {
  const { page, context } = await isolatedPage(chromeTest.browser);
  const entries = flattenNav(await (await fetch(`${chromeTest.site.url}nav.json`)).json());
  await page.goto(`${chromeTest.site.url.replace(/\/$/, '')}${entries[1]!.url}`);
  assert.equal(await page.locator('a[rel="prev"] .md-footer__title').textContent(), entries[0]!.title);
  assert.equal(await page.locator('a[rel="next"] .md-footer__title').textContent(), entries[2]!.title);
  await context.close();
});

test('theme: the toggle choice persists across reloads and pages and is applied before the first paint', async () => {
  const { page, context } = await isolatedPage(chromeTest.browser, { colorScheme: 'light' });
  await recordThemeAtFirstPaint(page);
  await page.goto(chromeTest.site.url);
  assert.equal(await themeAtFirstPaint(page), 'light', 'system preference (light) by default');
  await new Chrome(page).toggleThemeTo('dark');
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  await page.reload();
  assert.equal(await themeAtFirstPaint(page), 'dark', 'stored choice applied before <body> exists');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(background, 'rgb(255, 255, 255)', 'dark background');
  await page.goto(`${chromeTest.site.url}guides/session-api-with-curl/`);
  assert.equal(await themeAtFirstPaint(page), 'dark', 'choice carries to other pages');
  await new Chrome(page).toggleThemeTo('system');
  await page.reload();
  assert.equal(await themeAtFirstPaint(page), 'light', 'back to following the system');
  await context.close();
});

test('theme: a dark system preference is used at first paint when nothing is stored', async () => {
  const { page, context } = await isolatedPage(chromeTest.browser, { colorScheme: 'dark' });
  await recordThemeAtFirstPaint(page);
  await page.goto(chromeTest.site.url);
  assert.equal(await themeAtFirstPaint(page), 'dark');
  await context.close();
});

test('a redirect stub sends the old address to the new page and names it canonical', async () => {
  const raw = await (await fetch(`${chromeTest.site.url}guides/curl/`)).text();
  assert.match(raw, /<meta http-equiv="refresh" content="0; url=\/guides\/session-api-with-curl\/">/);
  assert.match(raw, /<link rel="canonical" href="\/guides\/session-api-with-curl\/">/);
  const { page, context } = await isolatedPage(chromeTest.browser);
  await page.goto(`${chromeTest.site.url}guides/curl/`);
  await page.waitForURL(/\/guides\/session-api-with-curl\/$/);
  assert.match((await page.locator('article h1').first().textContent()) ?? '', /^Manage sessions with curl/);
  await context.close();
});

test('an unknown address answers the 404 page, styled, with a way home', async () => {
  const { page, errors, context } = await isolatedPage(chromeTest.browser);
  const response = await page.goto(`${chromeTest.site.url}no/such/page/`);
  assert.equal(response?.status(), 404);
  assert.equal(await page.locator('article h1').textContent(), 'Page not found');
  assert.equal(await page.locator('article a[href="/"]').count(), 1);
  const headerColour = await page.evaluate(() => getComputedStyle(document.querySelector('.md-header')!).backgroundColor);
  assert.notEqual(headerColour, 'rgba(0, 0, 0, 0)', 'stylesheet loaded from the 404 page at a nested address');
  assert.deepEqual(errors, []);
  await context.close();
});

test('sitemap.xml lists every page and nothing else', async () => {
  const xml = await (await fetch(`${chromeTest.site.url}sitemap.xml`)).text();
  const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const pages = flattenNav(await (await fetch(`${chromeTest.site.url}nav.json`)).json()).map((entry) => entry.url);
  assert.deepEqual([...locations].sort(), [...new Set(pages)].sort());
});

test('at 360 px the sidebar is a drawer opened by the menu button and closed with Escape', async () => {
  const { page, context } = await isolatedPage(chromeTest.browser);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${chromeTest.site.url}guides/session-api-with-curl/`);
  const drawer = page.locator('#site-nav');
  assert.equal(await drawer.isVisible(), false);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 360px`);
  await page.locator('[data-drawer-toggle]').click();
  await page.waitForFunction(() => document.querySelector('#site-nav')!.getBoundingClientRect().left >= 0);
  assert.equal(await page.locator('[data-drawer-toggle]').getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('#site-nav')!.getBoundingClientRect().right <= 0);
  await context.close();
});

test('keyboard: skip link goes to the content, sections expand with Enter', async () => {
  const { page, context } = await isolatedPage(chromeTest.browser);
  await page.goto(chromeTest.site.url);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
  const controls = await page.locator('#site-nav .md-nav__toggle[aria-expanded="false"]').first().getAttribute('aria-controls');
  const toggle = page.locator(`#site-nav .md-nav__toggle[aria-controls="${controls}"]`);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await page.locator(`#${controls} a`).first().waitFor({ state: 'visible' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Enter');
  await page.locator(`#${controls}`).waitFor({ state: 'hidden' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'Enter again collapses it');
  await context.close();
});

test('JavaScript budget: a Markdown page ships at most 15 KB gzip before search is opened', async (t) => {
  const { page, context } = await isolatedPage(chromeTest.browser);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${chromeTest.site.url}guides/session-api-with-curl/`, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'));
  // each file is compressed on its own, as a server sends it
  const gzip = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join('dist', path))).length, inline ? gzipSync(inline).length : 0);
  t.diagnostic(`Markdown page JS: ${scripts.length} file(s) + inline, ${gzip} B gzip (${scripts.join(', ')})`);
  assert.ok(gzip <= 15 * 1024, `${gzip} B gzip > 15 KB`);
  assert.ok(!scripts.some((path) => path.includes('pagefind')), 'Pagefind loads only when search opens');
  await context.close();
});

test('print: the chrome is hidden and collapsed blocks are opened for the paper copy', async () => {
  const { page, context } = await isolatedPage(chromeTest.browser);
  await page.goto(`${chromeTest.site.url}guides/session-api-with-curl/`);
  const closed = page.locator('article details:not([open])');
  const closedBefore = await closed.count();
  assert.ok(closedBefore > 0, 'the guide has a collapsed ??? block');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.equal(await closed.count(), 0);
  for (const selector of ['.md-header', '#site-nav', '.md-footer']) assert.equal(await page.locator(selector).isVisible(), false, `${selector} hidden in print`);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  assert.equal(await closed.count(), closedBefore, 'closed again after printing');
  await context.close();
});

test('table of contents: scrolling marks the heading being read', async () => {
  const { page, context } = await isolatedPage(chromeTest.browser);
  await page.goto(`${chromeTest.site.url}guides/session-api-with-curl/`);
  const links = page.locator('.md-toc__link');
  assert.ok((await links.count()) >= 2, 'the guide has a table of contents');
  for (const link of [links.nth(1), links.last()]) {
    const href = (await link.getAttribute('href'))!;
    await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).evaluate((heading) => heading.scrollIntoView());
    await page.waitForFunction((expected) => document.querySelector('.md-toc__link--active')?.getAttribute('href') === expected, href);
    assert.equal(await page.locator('.md-toc__link[aria-current="location"]').count(), 1);
  }
  await context.close();
});
