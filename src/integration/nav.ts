import { LecternError } from '../errors.ts';
import type { NavConfigItem } from '../config/nav-schema.ts';
import { urlForSlug } from './routes.ts';

/** What navigation needs to know about a page. */
export interface NavPageInput {
  /** URL slug without base: `guides/curl`, `` for the home page. */
  id: string;
  /** Path under content/: `guides/curl.md`. */
  relPath: string;
  title: string;
}

/**
 * One navigation entry. Sections may have a page of their own (the folder's
 * index.md): the section title links to it. `key` is the index path in the
 * tree (`1.0`), which the browser uses to expand a section from nav.json.
 */
export interface NavNode {
  key: string;
  title: string;
  url?: string;
  slug?: string;
  external?: boolean;
  children?: NavNode[];
}

export interface NavPlace {
  /** Sections containing the page, outermost first. */
  trail: NavNode[];
  previous?: NavNode;
  next?: NavNode;
}

export interface SiteNav {
  tree: NavNode[];
  /** Where a page (by slug) sits; pages left out of a configured nav have no place. */
  place(slug: string): NavPlace | undefined;
  /** Content pages a configured `nav:` leaves out (MkDocs warns about these). */
  unlisted: string[];
}

/**
 * Builds the navigation once per build: from `nav:` when configured, else from
 * the folder tree (index.md first, then names in order; titles from the pages).
 */
export function buildNav(pages: NavPageInput[], base: string, configured?: NavConfigItem[], configLine?: (at: (string | number)[]) => number | undefined): SiteNav {
  const byPath = new Map(pages.map((page) => [page.relPath, page]));
  const drafts = configured ? fromConfig(configured, byPath, configLine ?? (() => undefined)) : fromFolders(pages);
  const tree = finish(drafts, base, '');
  const listed = new Set<string>();
  const ordered: { node: NavNode; trail: NavNode[] }[] = [];
  walk(tree, [], (node, trail) => {
    if (node.slug !== undefined) {
      listed.add(node.slug);
      ordered.push({ node, trail });
    }
  });
  const places = new Map<string, NavPlace>();
  ordered.forEach(({ node, trail }, index) => {
    if (places.has(node.slug!)) return; // a page listed twice keeps its first place
    places.set(node.slug!, { trail, previous: ordered[index - 1]?.node, next: ordered[index + 1]?.node });
  });
  return {
    tree,
    place: (slug) => places.get(slug),
    unlisted: pages.filter((page) => !listed.has(page.id)).map((page) => page.relPath),
  };
}

/** A node before keys and URLs are assigned. */
interface Draft {
  title: string;
  page?: NavPageInput;
  url?: string;
  children?: Draft[];
}

function fromConfig(items: NavConfigItem[], byPath: Map<string, NavPageInput>, configLine: (at: (string | number)[]) => number | undefined): Draft[] {
  return items.map((item): Draft => {
    const at = ['nav', ...item.at];
    if (item.kind === 'link') return { title: item.title, url: item.url };
    if (item.kind === 'section') return { title: item.title, children: fromConfig(item.children, byPath, configLine) };
    const path = item.path.replace(/^\.?\//, '');
    const page = byPath.get(path) ?? byPath.get(`${path.replace(/\/$/, '')}/index.md`);
    if (!page) {
      throw new LecternError('nav-missing-page', `nav entry "${item.path}" is not a page under content/`, {
        file: 'lectern.config.yaml',
        line: configLine(at),
        hint: 'nav paths are relative to content/, e.g. guides/curl.md',
      });
    }
    return { title: item.title ?? page.title, page };
  });
}

interface Folder {
  index?: NavPageInput;
  entries: Map<string, NavPageInput | Folder>;
}

function fromFolders(pages: NavPageInput[]): Draft[] {
  const root: Folder = { entries: new Map() };
  for (const page of pages) {
    const parts = page.relPath.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      let next = folder.entries.get(part);
      if (!next || !('entries' in next)) {
        next = { entries: new Map() };
        folder.entries.set(part, next);
      }
      folder = next;
    }
    const name = parts[parts.length - 1]!;
    if (/^(index|README)\.md$/i.test(name) && !folder.index) folder.index = page;
    else folder.entries.set(name, page);
  }
  return folderDrafts(root, true);
}

function folderDrafts(folder: Folder, isRoot: boolean): Draft[] {
  const drafts: Draft[] = [];
  // the site's home page leads the top level; a sub-folder's index.md becomes its section link
  if (isRoot && folder.index) drafts.push({ title: folder.index.title, page: folder.index });
  const names = [...folder.entries.keys()].sort((a, b) => a.localeCompare(b, 'en'));
  for (const name of names) {
    const entry = folder.entries.get(name)!;
    if (!('entries' in entry)) {
      drafts.push({ title: entry.title, page: entry });
      continue;
    }
    drafts.push({ title: entry.index?.title ?? titleFromFolder(name), page: entry.index, children: folderDrafts(entry, false) });
  }
  return drafts;
}

/** `getting-started` → `Getting started`, as MkDocs names folders. */
export function titleFromFolder(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function finish(drafts: Draft[], base: string, parentKey: string): NavNode[] {
  return drafts.map((draft, index) => {
    const key = parentKey ? `${parentKey}.${index}` : String(index);
    const node: NavNode = { key, title: draft.title };
    if (draft.page) {
      node.slug = draft.page.id;
      node.url = urlForSlug(base, draft.page.id);
    } else if (draft.url) {
      node.url = draft.url;
      node.external = true;
    }
    if (draft.children) node.children = finish(draft.children, base, key);
    return node;
  });
}

function walk(nodes: NavNode[], trail: NavNode[], visit: (node: NavNode, trail: NavNode[]) => void): void {
  for (const node of nodes) {
    visit(node, trail);
    if (node.children) walk(node.children, [...trail, node], visit);
  }
}

/** The shared nav asset: short keys keep it small for thousand-page sites. */
export interface CompactNode {
  t: string;
  u?: string;
  x?: 1;
  c?: CompactNode[];
}

export function compactTree(nodes: NavNode[]): CompactNode[] {
  return nodes.map((node) => ({
    t: node.title,
    ...(node.url ? { u: node.url } : {}),
    ...(node.external ? { x: 1 as const } : {}),
    ...(node.children ? { c: compactTree(node.children) } : {}),
  }));
}

/** Lists longer than this are cut to a window around the reader's place; the rest loads from nav.json. */
export const NAV_LIST_LIMIT = 60;
const NAV_WINDOW_RADIUS = 20;

/**
 * Which slice [start, end) of a sidebar list a page embeds. Short lists are
 * whole; a long one (a flat folder of hundreds of pages) keeps the entries
 * around `focus` (the current page or the open section), or its head.
 */
export function visibleSlice(length: number, focus: number, limit = NAV_LIST_LIMIT, radius = NAV_WINDOW_RADIUS): [number, number] {
  if (length <= limit) return [0, length];
  if (focus < 0) return [0, 2 * radius];
  const start = Math.max(0, Math.min(focus - radius, length - 2 * radius - 1));
  return [start, Math.min(length, start + 2 * radius + 1)];
}
