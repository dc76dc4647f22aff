import type { Page } from 'playwright-core';

export interface NavEntry {
  title: string;
  url: string;
  /** Index path of the sections above it, outermost first (`['1']`). */
  sectionKeys: string[];
}

interface CompactNode {
  t: string;
  u?: string;
  x?: 1;
  c?: CompactNode[];
}

/** Every internal page link in nav.json, with the sections to open to reach it. */
export function flattenNav(nodes: CompactNode[], parentKey = '', sectionKeys: string[] = []): NavEntry[] {
  return nodes.flatMap((node, index) => {
    const key = parentKey ? `${parentKey}.${index}` : String(index);
    const own = node.u && !node.x ? [{ title: node.t, url: node.u, sectionKeys }] : [];
    return [...own, ...(node.c ? flattenNav(node.c, key, [...sectionKeys, key]) : [])];
  });
}

/** The site chrome as a reader uses it. */
export class Chrome {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  sidebar() {
    return this.page.locator('#site-nav');
  }

  /** Opens the sections leading to an entry (if closed) and follows its sidebar link. */
  async followSidebarLink(entry: NavEntry): Promise<void> {
    for (const key of entry.sectionKeys) {
      const toggle = this.sidebar().locator(`[data-nav-key="${key}"] > .md-nav__toggle`);
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    }
    // wait for the new document's load event, not for a matching URL: when the link is the
    // current page, the URL matches before the reload, and the next step would act on a page
    // that is about to go away
    await Promise.all([this.page.waitForEvent('load'), this.sidebar().locator(`a[href="${entry.url}"]`).first().click()]);
    const arrived = new URL(this.page.url()).pathname;
    if (arrived !== entry.url) throw new Error(`sidebar link "${entry.title}" led to ${arrived}, not ${entry.url}`);
  }

  currentSidebarLink() {
    return this.sidebar().locator('[aria-current="page"]');
  }

  async search(query: string): Promise<void> {
    await this.page.keyboard.press('/');
    const input = this.page.locator('.md-search__input');
    await input.waitFor({ state: 'visible' });
    await input.fill(query);
    await this.page.locator('.md-search__status:not(:empty)').waitFor();
  }

  searchResults() {
    return this.page.locator('.md-search__results a');
  }

  async toggleThemeTo(preference: 'light' | 'dark' | 'system'): Promise<void> {
    for (let i = 0; i < 3 && (await this.page.locator('html').getAttribute('data-theme-pref')) !== preference; i++) {
      await this.page.locator('[data-theme-toggle]').click();
    }
  }
}

/**
 * Records html[data-theme] at the moment <body> first exists, i.e. before the
 * first paint could happen: the inline head script must have set it by then.
 */
export async function recordThemeAtFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      (window as unknown as { firstPaintTheme: string | undefined }).firstPaintTheme = document.documentElement.dataset.theme;
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

export function themeAtFirstPaint(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { firstPaintTheme: string | undefined }).firstPaintTheme);
}

export { useBrowserAndSite } from './support/browser-and-site.ts';
