/**
 * Sidebar behaviour: expand/collapse sections (filling closed ones from the
 * shared nav.json the first time), keep the current page in view, and the
 * small-screen drawer.
 */
import { escapeHtml } from '../markdown/escape-html.ts';

interface CompactNode {
  t: string;
  u?: string;
  x?: 1;
  c?: CompactNode[];
}

const base = document.documentElement.dataset.base ?? '/';
let tree: Promise<CompactNode[]> | undefined;

function loadTree(): Promise<CompactNode[]> {
  tree ??= fetch(`${base}nav.json`).then((response) => {
    if (!response.ok) throw new Error(`nav.json: HTTP ${response.status}`);
    return response.json() as Promise<CompactNode[]>;
  });
  return tree;
}

function nodeAt(nodes: CompactNode[], key: string): CompactNode | undefined {
  let node: CompactNode | undefined;
  let level: CompactNode[] | undefined = nodes;
  for (const index of key.split('.')) {
    node = level?.[Number(index)];
    level = node?.c;
  }
  return node;
}

/** Same markup as NavList.astro renders for a closed level. */
function renderList(nodes: CompactNode[], parentKey: string): string {
  const items = nodes.map((node, index) => {
    const key = parentKey ? `${parentKey}.${index}` : String(index);
    const link = node.u ? `<a href="${escapeHtml(node.u)}"${node.x ? ' rel="noopener"' : ''}>${escapeHtml(node.t)}</a>` : '';
    if (!node.c) return `<li>${link}</li>`;
    const id = `nav-${key.replace(/\./g, '-')}`;
    const toggle = link
      ? `<button type="button" class="md-nav__toggle" aria-expanded="false" aria-controls="${id}" aria-label="${escapeHtml(node.t)} section"></button>`
      : `<button type="button" class="md-nav__toggle md-nav__toggle--title" aria-expanded="false" aria-controls="${id}">${escapeHtml(node.t)}</button>`;
    return `<li class="md-nav__section" data-nav-key="${key}">${link}${toggle}<div id="${id}" hidden></div></li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/**
 * "Show all": a long list was cut to a window around the current page; put
 * the whole list in its place, keeping the current page marked and its open
 * sections open.
 */
async function showWholeList(button: HTMLButtonElement): Promise<void> {
  const list = button.closest('ul');
  if (!list) return;
  const key = button.dataset.navMore ?? '';
  const nodes = await loadTree();
  const openKeys = [...list.querySelectorAll<HTMLElement>(':scope > li[data-nav-key]')]
    .filter((item) => item.querySelector(':scope > .md-nav__toggle')?.getAttribute('aria-expanded') === 'true')
    .map((item) => item.dataset.navKey!);
  const template = document.createElement('template');
  template.innerHTML = renderList(key ? (nodeAt(nodes, key)?.c ?? []) : nodes, key);
  const whole = template.content.firstElementChild as HTMLElement;
  list.replaceWith(whole);
  whole.querySelector(`a[href="${CSS.escape(location.pathname)}"]`)?.setAttribute('aria-current', 'page');
  for (const open of openKeys) {
    const toggle = whole.querySelector<HTMLButtonElement>(`:scope > li[data-nav-key="${open}"] > .md-nav__toggle`);
    if (toggle) await toggleSection(toggle);
  }
  (whole.querySelector<HTMLElement>('[aria-current="page"]') ?? whole.querySelector<HTMLElement>('a, button'))?.focus();
}

async function toggleSection(button: HTMLButtonElement): Promise<void> {
  const item = button.closest<HTMLElement>('[data-nav-key]');
  const children = item?.querySelector<HTMLElement>(':scope > div');
  if (!item || !children) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  if (open && !children.firstElementChild) {
    const key = item.dataset.navKey!;
    const node = nodeAt(await loadTree(), key);
    children.innerHTML = renderList(node?.c ?? [], key);
  }
  button.setAttribute('aria-expanded', String(open));
  children.hidden = !open;
}

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const moreButton = target.closest?.<HTMLButtonElement>('.md-nav__more');
  if (moreButton) {
    showWholeList(moreButton).catch((error) => console.error('navigation:', error));
    return;
  }
  const toggle = target.closest?.<HTMLButtonElement>('.md-nav__toggle');
  if (toggle) {
    toggleSection(toggle).catch((error) => console.error('navigation:', error));
    return;
  }
  const drawerButton = target.closest?.('[data-drawer-toggle]');
  if (drawerButton) setDrawer(document.documentElement.dataset.drawer !== 'open');
  else if (document.documentElement.dataset.drawer === 'open' && !target.closest?.('#site-nav')) setDrawer(false);
});

function setDrawer(open: boolean): void {
  const root = document.documentElement;
  if (open) root.dataset.drawer = 'open';
  else delete root.dataset.drawer;
  const button = document.querySelector<HTMLElement>('[data-drawer-toggle]');
  button?.setAttribute('aria-expanded', String(open));
  if (open) document.querySelector<HTMLElement>('#site-nav a, #site-nav button')?.focus();
  else button?.focus();
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && document.documentElement.dataset.drawer === 'open') setDrawer(false);
});

// keep the current page visible in a long sidebar without scrolling the page itself
const sidebar = document.querySelector<HTMLElement>('[data-nav-root]');
const current = sidebar?.querySelector<HTMLElement>('[aria-current="page"]');
if (sidebar && current) {
  const top = current.getBoundingClientRect().top - sidebar.getBoundingClientRect().top;
  if (top < 0 || top > sidebar.clientHeight - current.offsetHeight) sidebar.scrollTop += top - sidebar.clientHeight / 3;
}
