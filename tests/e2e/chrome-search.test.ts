import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Browser } from 'playwright-core';
import { launchBrowser, isolatedPage } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { Chrome, flattenNav } from './chrome-page-objects.ts';

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const [label, dir, base] of [
  ['at /', 'dist', '/'],
  ['under /en/next/', 'tests/.out/dist-subpath', '/en/next/'],
] as const) {
  test(`search ${label}: a guide word finds the guide with a highlighted excerpt, and a result jumps to its heading`, async () => {
    const site = await serveStatic(dir, base);
    const { page, offsite, errors, context } = await isolatedPage(browser);
    try {
      await page.goto(site.url);
      const chrome = new Chrome(page);
      await chrome.search('everywhere');
      const guide = page.locator(`.md-search__result:has(a[href^="${base}guides/session-api-with-curl/"])`);
      await guide.first().waitFor();
      assert.ok((await guide.first().locator('mark').count()) > 0, 'excerpt marks the match');
      const sectionLink = guide.first().locator('a[href*="#"]').first();
      const href = (await sectionLink.getAttribute('href'))!;
      await sectionLink.click();
      await page.waitForURL((url) => url.pathname === `${base}guides/session-api-with-curl/` && url.hash !== '');
      const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
      assert.ok(href.endsWith(`#${encodeURIComponent(hash)}`) || href.endsWith(`#${hash}`));
      const heading = page.locator(`[id="${hash}"]`);
      assert.equal(await heading.count(), 1, `the result's anchor #${hash} exists on the page`);
      const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
      assert.ok(top >= 0 && top < 300, `heading scrolled into view (top ${top})`);
      assert.deepEqual(offsite, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await site.close();
    }
  });
}

test('search: an operation summary finds the API page (terminate session → DELETE operation)', async () => {
  const site = await serveStatic('dist');
  const { page, context } = await isolatedPage(browser);
  try {
    await page.goto(site.url);
    await new Chrome(page).search('terminate session');
    const apiResult = page.locator('.md-search__result:has(a[href^="/apis/session/"])');
    await apiResult.first().waitFor();
    // the static operations list puts each operation under its own heading, so a result can name it
    const operationLinks = await apiResult.first().locator('a[href*="#"]').allTextContents();
    assert.ok(
      operationLinks.some((text) => /DELETE/.test(text) && /terminat/i.test(text)),
      `no DELETE operation about terminating among the API page's matches: ${JSON.stringify(operationLinks)}`,
    );
  } finally {
    await context.close();
    await site.close();
  }
});

test('search: each DELETE operation summary in spec/session.yaml finds its operation on the API page', async () => {
  const spec = load(readFileSync('spec/session.yaml', 'utf8')) as { paths: Record<string, Record<string, { summary?: string }>> };
  const summaries = Object.values(spec.paths).flatMap((item) => (item.delete?.summary ? [item.delete.summary] : []));
  assert.ok(summaries.length > 0, 'the session spec has DELETE operations with summaries');
  const site = await serveStatic('dist');
  const { page, context } = await isolatedPage(browser);
  try {
    await page.goto(site.url);
    const chrome = new Chrome(page);
    for (const summary of summaries) {
      await chrome.search(summary);
      // results update as the query is typed: wait for this query's operation, then say what was shown if it never comes
      const links = page.locator('.md-search__result:has(a[href^="/apis/session/"]) a[href*="#"]');
      const wanted = links.filter({ hasText: 'DELETE' }).filter({ hasText: summary });
      const found = await wanted.first().waitFor({ timeout: 5000 }).then(() => true, () => false);
      assert.ok(found, `"${summary}" not found as a DELETE operation: ${JSON.stringify(await links.allTextContents())}`);
      await page.keyboard.press('Escape');
    }
  } finally {
    await context.close();
    await site.close();
  }
});

test('Ctrl-K opens search too, one Escape closes it even with a query typed, and the search code is fetched only then', async () => {
  const site = await serveStatic('dist');
  const { page, context } = await isolatedPage(browser);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  try {
    await page.goto(site.url, { waitUntil: 'networkidle' });
    assert.equal(fetched.filter((path) => path.includes('pagefind')).length, 0);
    await page.keyboard.press('Control+k');
    await page.locator('.md-search__input').waitFor({ state: 'visible' });
    assert.ok(await page.locator('.md-search__input').evaluate((input) => input === document.activeElement));
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind/pagefind.js')));
    await page.locator('.md-search__input').fill('session');
    await page.locator('.md-search__results a').first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.md-search').waitFor({ state: 'hidden' });
  } finally {
    await context.close();
    await site.close();
  }
});

test('the site under /en/next/: every link, asset and nav request stays under the base', async () => {
  const base = '/en/next/';
  const site = await serveStatic('tests/.out/dist-subpath', base);
  const { page, offsite, errors, context } = await isolatedPage(browser);
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(base)) outside.push(url.pathname);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  try {
    const entries = flattenNav(await (await fetch(`${site.url}nav.json`)).json());
    assert.ok(entries.every((entry) => entry.url.startsWith(base)), 'nav.json URLs carry the base');
    await page.goto(site.url);
    const chrome = new Chrome(page);
    for (const entry of entries) await chrome.followSidebarLink(entry);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    assert.deepEqual(hrefs.filter((href) => !href.startsWith(base)), [], 'root-relative links outside the base');
    assert.deepEqual(outside, []);
    assert.deepEqual(failed, []);
    assert.deepEqual(offsite, []);
    assert.deepEqual(errors, []);
    const redirect = await (await fetch(`${site.url}guides/curl/`)).text();
    assert.match(redirect, /url=\/en\/next\/guides\/session-api-with-curl\//);
    const notFound = await fetch(`${site.url}missing/`);
    assert.equal(notFound.status, 404);
    assert.match(await notFound.text(), /href="\/en\/next\/_astro\/[^"]+\.css"/, '404 page links its stylesheet under the base');
  } finally {
    await context.close();
    await site.close();
  }
});
