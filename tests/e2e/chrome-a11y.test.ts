import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { isolatedPage } from './support/browser.ts';
import { useBrowserAndSite } from './chrome-page-objects.ts';

const chromeTest = useBrowserAndSite();

const pages = [
  ['home page', ''],
  ['guide page', 'guides/session-api-with-curl/'],
  ['API page', 'apis/session/'],
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [label, path] of pages) {
    test(`axe: no serious or critical violations on the ${label} (${colorScheme})`, async () => {
      const { page, context } = await isolatedPage(chromeTest.browser, { colorScheme });
      try {
        await page.goto(`${chromeTest.site.url}${path}`, { waitUntil: 'networkidle' });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
        assert.deepEqual(serious, []);
      } finally {
        await context.close();
      }
    });
  }
}

test('landmarks: banner, site navigation, main, contentinfo, and one h1', async () => {
  const { page, context } = await isolatedPage(chromeTest.browser);
  await page.goto(`${chromeTest.site.url}guides/session-api-with-curl/`);
  for (const role of ['banner', 'main', 'contentinfo'] as const) assert.equal(await page.getByRole(role).count(), 1, role);
  assert.equal(await page.getByRole('navigation', { name: 'Site' }).count(), 1);
  assert.equal(await page.locator('h1').count(), 1);
  await context.close();
});

test('axe: the open search dialog with results has no serious or critical violations', async () => {
  const { page, context } = await isolatedPage(chromeTest.browser);
  try {
    await page.goto(`${chromeTest.site.url}guides/session-api-with-curl/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.locator('.md-search__input').fill('session');
    await page.locator('.md-search__results a').first().waitFor();
    const results = await new AxeBuilder({ page }).include('.md-search').analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
    assert.deepEqual(serious, []);
  } finally {
    await context.close();
  }
});
