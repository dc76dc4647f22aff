/**
 * The search dialog, loaded on first use by search-trigger.ts. Queries the
 * Pagefind index built into dist/pagefind/ (no server), shows each page with
 * its best-matching sections; Pagefind marks matches with <mark>.
 */
import { escapeHtml } from '../markdown/escape-html.ts';

interface PagefindWeightedLocation {
  weight: number;
}
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: PagefindWeightedLocation[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_PAGES = 8;
const MAX_SECTIONS = 3;
const base = document.documentElement.dataset.base ?? '/';
let pagefind: Promise<Pagefind> | undefined;
let dialog: HTMLDialogElement | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 24 });
    return module;
  })();
  return pagefind;
}

function createDialog(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'md-search';
  element.setAttribute('aria-label', 'Search');
  element.innerHTML = `
    <form class="md-search__form" method="dialog" role="search">
      <label class="md-visually-hidden" for="md-search-input">Search the documentation</label>
      <input id="md-search-input" class="md-search__input" type="search" placeholder="Search" autocomplete="off" spellcheck="false" aria-controls="md-search-results">
      <button class="md-search__close" type="button" aria-label="Close search">Esc</button>
    </form>
    <p class="md-search__status" role="status" aria-live="polite"></p>
    <ol class="md-search__results" id="md-search-results"></ol>`;
  document.body.append(element);
  const input = element.querySelector<HTMLInputElement>('input')!;
  input.addEventListener('input', () => void runSearch(element, input.value));
  element.querySelector('.md-search__close')!.addEventListener('click', () => element.close());
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close(); // click on the backdrop
  });
  element.addEventListener('keydown', (event) => {
    // a search field swallows the first Escape to clear itself; close at once instead
    if (event.key === 'Escape') {
      event.preventDefault();
      element.close();
    } else moveFocus(element, event);
  });
  return element;
}

/** Arrow keys walk from the input through the result links. */
function moveFocus(element: HTMLDialogElement, event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops = [element.querySelector<HTMLElement>('input')!, ...element.querySelectorAll<HTMLElement>('.md-search__results a')];
  const index = stops.indexOf(document.activeElement as HTMLElement);
  const next = stops[Math.max(0, Math.min(stops.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

async function runSearch(element: HTMLDialogElement, query: string): Promise<void> {
  const status = element.querySelector<HTMLElement>('.md-search__status')!;
  const list = element.querySelector<HTMLElement>('.md-search__results')!;
  if (!query.trim()) {
    status.textContent = '';
    list.innerHTML = '';
    return;
  }
  let search: Awaited<ReturnType<Pagefind['debouncedSearch']>>;
  try {
    search = await (await loadPagefind()).debouncedSearch(query, {}, 150);
  } catch {
    status.textContent = 'Search is not available: the index is built by `npm run build`.';
    return;
  }
  if (!search) return; // a newer query superseded this one
  const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((result) => result.data()));
  status.textContent = pages.length ? `${search.results.length} matching page${search.results.length === 1 ? '' : 's'}` : `No results for “${query}”`;
  list.innerHTML = pages.map(renderResult).join('');
}


/** Pagefind excerpts are escaped text plus <mark> tags: drop any other tag, whatever the index holds. */
const safeExcerpt = (excerpt: string) => excerpt.replace(/<(?!\/?mark>)[^>]*>?/g, '');

const headingHits = (section: PagefindSubResult) => (section.weighted_locations ?? []).filter((location) => location.weight > 1).length;

function renderResult(page: PagefindResultData): string {
  const title = page.meta.title ?? page.url;
  // sections whose heading matches come first (Pagefind weighs heading words above 1), then page order
  const sections = page.sub_results
    .filter((section) => section.url !== page.url && section.url.includes('#'))
    .map((section, order) => ({ section, order, hits: headingHits(section) }))
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, MAX_SECTIONS)
    .map(({ section }) => section);
  const sectionItems = sections
    .map((section) => `<li><a class="md-search__section" href="${escapeHtml(section.url)}"><span class="md-search__section-title">${escapeHtml(section.title)}</span><span class="md-search__excerpt">${safeExcerpt(section.excerpt)}</span></a></li>`)
    .join('');
  const target = sections.length === 1 ? sections[0]!.url : page.url;
  return `<li class="md-search__result"><a class="md-search__page" href="${escapeHtml(target)}"><span class="md-search__title">${escapeHtml(title)}</span><span class="md-search__excerpt">${safeExcerpt(page.excerpt)}</span></a>${sections.length > 1 ? `<ul>${sectionItems}</ul>` : ''}</li>`;
}

export function openSearch(): void {
  dialog ??= createDialog();
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  input.focus();
  input.select();
  void loadPagefind().catch(() => undefined); // warm up while the reader types
}

// following a result to a heading on the current page: close the dialog so the jump is visible
document.addEventListener('click', (event) => {
  if (dialog?.open && (event.target as Element).closest?.('.md-search__results a')) dialog.close();
});
