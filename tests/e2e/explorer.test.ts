/**
 * The session API page of the built site: static operation list, Swagger UI
 * explorer, Try it out answered by the in-browser mock, theme, narrow screens.
 * Every page is isolated: a request leaving 127.0.0.1 fails the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { isolatedPage } from './support/browser.ts';
import { useBrowserAndSite } from './support/browser-and-site.ts';
import { serveStatic } from './support/static-server.ts';
import { ExplorerPage } from './explorer-page.ts';

const built = useBrowserAndSite();
const API_PAGE = 'apis/session/';
const TAGS = ['me', 'admin', 'sysadmin'];


async function openExplorer(options: { colorScheme?: 'light' | 'dark'; hash?: string } = {}) {
  const isolated = await isolatedPage(built.browser, options);
  await isolated.page.goto(`${built.site.url}${API_PAGE}${options.hash ?? ''}`);
  const explorer = new ExplorerPage(isolated.page);
  await explorer.ready();
  return { ...isolated, explorer };
}

test('without JavaScript the page lists all 8 operations under the three tags, with anchors', async () => {
  const context = await built.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${built.site.url}${API_PAGE}`);
  const reference = page.locator('.lectern-api-reference');
  assert.equal(await reference.isVisible(), true);
  assert.deepEqual(await reference.locator('.lectern-api-reference__tag-name').allInnerTexts(), TAGS);
  assert.equal(await reference.locator('.lectern-op').count(), 8);
  const first = reference.locator('#api-session-getSessionsOfLoggedInUser');
  assert.match(await first.innerText(), /GET\s+\/me\/sessions/);
  await context.close();
});

test('site search finds the DELETE operation for "terminate session", linked to its anchor', { skip: !existsSync('dist/pagefind/pagefind.js') && 'no search index in dist/' }, async () => {
  const { page, context } = await isolatedPage(built.browser);
  await page.goto(built.site.url);
  const hits = await page.evaluate(async (base) => {
    const pagefind = await import(`${base}pagefind/pagefind.js`);
    const search = await pagefind.search('terminate session');
    const pages = await Promise.all(search.results.map((r: { data: () => Promise<any> }) => r.data()));
    return pages.flatMap((p: any) => (p.sub_results ?? []).map((s: any) => `${s.url} ${s.title}`));
  }, built.site.url);
  assert.ok(
    hits.some((hit: string) => /\/apis\/session\/#api-session-terminateSessionByLoggedInUser DELETE \/me\/sessions\/\{session-id\}/.test(hit)),
    hits.join('\n'),
  );
  await context.close();
});

test('Swagger UI replaces the list: 8 operations, three tags, mock server first, Try it out on', async () => {
  const { page, context, offsite, errors } = await openExplorer();
  assert.equal(await page.locator('.lectern-explorer .opblock').count(), 8);
  const tags = await page.locator('.lectern-explorer .opblock-tag').evaluateAll((els) => els.map((el) => el.getAttribute('data-tag')));
  assert.deepEqual(tags, TAGS);
  assert.equal(await page.locator('.lectern-api-reference').isHidden(), true, 'static list hidden once the explorer shows operations');
  const firstServer = await page.locator('.servers select option').first().innerText();
  assert.match(firstServer, /\/mock\/session\/t\/\{tenant-domain\}\/api\/users\/v1 - Mock \(runs in your browser\)$/);
  assert.equal(await page.locator('.lectern-explorer .operation-filter-input').count(), 1, 'filter box');
  const op = await new ExplorerPage(page).expand('admin', 'terminateSessionBySessionId');
  assert.equal(await op.locator('.btn.execute').count(), 1, 'DELETE can be executed without pressing Try it out');
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Execute without credentials answers 401 from the in-browser mock', async () => {
  const { explorer, context, offsite } = await openExplorer();
  const response = await explorer.execute('me', 'getSessionsOfLoggedInUser');
  assert.equal(response.status, 401);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('Basic admin:admin → GET sessions 200; DELETE one, GET shows one fewer; authorization survives a reload', async () => {
  const { explorer, page, context, offsite } = await openExplorer();
  await explorer.authorizeBasic('admin', 'admin');
  const before_ = await explorer.execute('me', 'getSessionsOfLoggedInUser');
  assert.equal(before_.status, 200, before_.body);
  const sessions = JSON.parse(before_.body).sessions as { id: string }[];
  assert.ok(sessions.length >= 1, `seed state has sessions: ${before_.body}`);

  const deleted = await explorer.execute('me', 'terminateSessionByLoggedInUser', { 'session-id': sessions[0]!.id });
  assert.ok([200, 204].includes(deleted.status), deleted.body);

  await page.reload();
  await explorer.ready();
  const after_ = await explorer.execute('me', 'getSessionsOfLoggedInUser');
  assert.equal(after_.status, 200, 'still authorized after reload (persistAuthorization)');
  const remaining = (JSON.parse(after_.body).sessions ?? []) as { id: string }[];
  assert.equal(remaining.length, sessions.length - 1);
  assert.ok(!remaining.some((s) => s.id === sessions[0]!.id));
  assert.match(await page.locator('#operations-me-getSessionsOfLoggedInUser .curl-command, #operations-me-getSessionsOfLoggedInUser .request-snippets').first().innerText(), /curl/);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('OAuth2 password flow: the token comes from the mock, then Execute works', async () => {
  const { explorer, context, offsite } = await openExplorer();
  const authErrors = await explorer.authorizePassword('admin', 'admin', 'lectern-docs');
  assert.equal(authErrors, '');
  const response = await explorer.execute('me', 'getSessionsOfLoggedInUser');
  assert.equal(response.status, 200, response.body);
  assert.deepEqual(offsite, [], 'the token request stayed on the site');
  await context.close();
});

test('Bearer: a token obtained elsewhere (here: from the mock token endpoint) can be pasted', async () => {
  const { explorer, page, context, offsite } = await openExplorer();
  const token = await page.evaluate(async (tokenUrl) => {
    // `ready` means active, not yet in control of this page: wait for the claim
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    const response = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=admin&password=admin&client_id=lectern-docs&scope=internal_login',
    });
    return (await response.json()).access_token as string;
  }, `${built.site.url}mock/session/oauth2/token`);
  assert.ok(token, 'the mock issued a token');
  await explorer.authorizeBearer(token);
  const response = await explorer.execute('me', 'getSessionsOfLoggedInUser');
  assert.equal(response.status, 200, response.body);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('a real server that does not answer gets one explaining sentence, not "Failed to fetch"', async () => {
  const { explorer, context } = await openExplorer();
  await explorer.selectServer(1); // https://{host}/… with host localhost:9443: nothing listens there
  await explorer.execute('me', 'getSessionsOfLoggedInUser').catch(() => undefined);
  const text = await explorer.responseError('me', 'getSessionsOfLoggedInUser');
  assert.match(text, /got no answer from https:\/\/localhost:9443/);
  assert.match(text, /Mock \(runs in your browser\)/);
  assert.doesNotMatch(text, /Failed to fetch/);
  await context.close();
});

test('opening an operation by clicking puts its deep link in the address bar', async () => {
  const { page, context } = await openExplorer();
  await page.locator('#operations-admin-getSessionsByUserId .opblock-summary-control').click();
  await page.waitForFunction(() => location.hash === '#/admin/getSessionsByUserId');
  await context.close();
});

test('deep links open the operation and survive a reload', async () => {
  const { page, context } = await openExplorer({ hash: '#/me/getSessionsOfLoggedInUser' });
  const op = page.locator('#operations-me-getSessionsOfLoggedInUser');
  await op.locator('.opblock-body').waitFor();
  await page.reload();
  await new ExplorerPage(page).ready();
  await op.locator('.opblock-body').waitFor();
  assert.equal(new URL(page.url()).hash, '#/me/getSessionsOfLoggedInUser');
  await context.close();
});

test('a link to an operation of the static list opens it in the explorer', async () => {
  const { page, context } = await openExplorer({ hash: '#api-session-terminateSessionByLoggedInUser' });
  await page.locator('#operations-me-terminateSessionByLoggedInUser .opblock-body').waitFor();
  assert.equal(await page.locator('#operations-me-terminateSessionByLoggedInUser').isVisible(), true);
  await context.close();
});

/** Relative luminance (0 black … 1 white) of a computed `rgb(...)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Number(v) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

test('dark theme: explorer background and text follow the site theme, live', async () => {
  const { page, context } = await openExplorer();
  await new ExplorerPage(page).expand('me', 'getSessionsOfLoggedInUser');
  const colours = () =>
    page.evaluate(() => {
      const pick = (selector: string) => {
        const el = document.querySelector(selector)!;
        let node: Element | null = el;
        let bg = 'rgba(0, 0, 0, 0)';
        while (node && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) {
          bg = getComputedStyle(node).backgroundColor;
          node = node.parentElement;
        }
        return { bg, fg: getComputedStyle(el).color };
      };
      return {
        schemes: pick('.lectern-explorer .scheme-container'),
        section: pick('.lectern-explorer #operations-me-getSessionsOfLoggedInUser .opblock-section-header'),
        tag: pick('.lectern-explorer .opblock-tag'),
        params: pick('.lectern-explorer #operations-me-getSessionsOfLoggedInUser .opblock-section-header h4'),
      };
    });
  const light = await colours();
  assert.ok(luminance(light.schemes.bg) > 0.8, `light background: ${light.schemes.bg}`);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await page.waitForFunction(() => document.querySelector('.lectern-explorer')?.getAttribute('data-explorer-theme') === 'dark');
  // Swagger UI animates colour changes: let the new styles apply, then let every transition finish
  await page.evaluate(async () => {
    for (let round = 0; round < 2; round++) {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // a transition replaced by another one rejects with AbortError: that is fine here
      await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    }
  });
  const dark = await colours();
  for (const [name, { bg, fg }] of Object.entries(dark)) {
    assert.ok(luminance(bg) < 0.1, `${name}: dark background expected, got ${bg}`);
    assert.ok(luminance(fg) > 0.5, `${name}: light text expected, got ${fg}`);
  }
  await context.close();
});

// rules a Swagger UI upgrade may break and the site cannot fix go here, with the reason
const KNOWN_SWAGGER_UI_ISSUES = new Set<string>();

for (const theme of ['light', 'dark'] as const) {
  test(`axe (${theme}): no serious or critical accessibility problems in the explorer`, async () => {
    const { page, context } = await openExplorer();
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    await new ExplorerPage(page).expand('me', 'getSessionsOfLoggedInUser');
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    const { violations } = await new AxeBuilder({ page }).include('.lectern-explorer').analyze();
    const serious = violations.filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !KNOWN_SWAGGER_UI_ISSUES.has(v.id));
    assert.deepEqual(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
      [],
    );
    await context.close();
  });
}

test('at 360 px the page does not scroll sideways and keyboard focus is visible', async () => {
  const { page, context } = await openExplorer();
  await page.setViewportSize({ width: 360, height: 740 });
  await new ExplorerPage(page).expand('admin', 'terminateSessionBySessionId');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  const summary = page.locator('#operations-me-getSessionsOfLoggedInUser .opblock-summary-control');
  await summary.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await summary.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
  assert.match(outline, /^solid [1-9]/, `visible focus ring, got ${outline}`);
  await context.close();
});

const SUBPATH_DIST = 'tests/.out/dist-subpath';
test('under a base path (/en/next/) the explorer, its assets and the mock live under that path', { skip: !existsSync(SUBPATH_DIST) && `${SUBPATH_DIST} not built (npm test builds it)` }, async () => {
  const subSite = await serveStatic(SUBPATH_DIST, '/en/next/');
  const { page, context, offsite, errors } = await isolatedPage(built.browser);
  try {
    await page.goto(`${subSite.url}${API_PAGE}`);
    const explorer = new ExplorerPage(page);
    await explorer.ready();
    assert.match(await page.locator('.servers select option').first().innerText(), /127\.0\.0\.1:\d+\/en\/next\/mock\/session\//);
    await explorer.authorizeBasic('admin', 'admin');
    const response = await explorer.execute('me', 'getSessionsOfLoggedInUser');
    assert.equal(response.status, 200, response.body);
    assert.deepEqual(offsite, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await subSite.close();
  }
});
