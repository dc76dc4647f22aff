/**
 * Build-time data of the static operation list: the spec's operations grouped
 * by tag (in the order of the spec's `tags`, then any others, then untagged),
 * loaded once per spec file per build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledSpec } from '../spec/load-spec.ts';
import { listOperations, type OperationSummary } from '../spec/operations.ts';

export interface TagGroup {
  tag: string;
  description: string;
  operations: OperationSummary[];
}

export interface ReferenceData {
  /** spec name used in URLs and anchors: `session` */
  name: string;
  title: string;
  groups: TagGroup[];
}

export const UNTAGGED = 'default';

/** The file under `<root>/spec/` a page's `spec:` value names (`session`, `session.yaml`), if there is one. */
export function resolveSpecFile(root: string, spec: string): string | undefined {
  const base = spec.replace(/\.(ya?ml|json)$/i, '');
  return [spec, `${base}.yaml`, `${base}.yml`, `${base}.json`].map((name) => join(root, 'spec', name)).find((file) => existsSync(file));
}

export function groupByTag(document: Record<string, any>, operations: OperationSummary[]): TagGroup[] {
  const declared: { name: string; description?: string }[] = Array.isArray(document.tags) ? document.tags : [];
  const groups = new Map<string, TagGroup>();
  for (const tag of declared) groups.set(tag.name, { tag: tag.name, description: tag.description ?? '', operations: [] });
  for (const op of operations) {
    for (const tag of op.tags.length ? op.tags : [UNTAGGED]) {
      if (!groups.has(tag)) groups.set(tag, { tag, description: '', operations: [] });
      groups.get(tag)!.operations.push(op);
    }
  }
  return [...groups.values()].filter((group) => group.operations.length > 0);
}

const cache = new Map<string, Promise<ReferenceData>>();

export function loadReference(file: string): Promise<ReferenceData> {
  let entry = cache.get(file);
  if (!entry) {
    entry = loadBundledSpec(file).then((spec) => ({
      name: spec.name,
      title: String(spec.document.info?.title ?? spec.name),
      groups: groupByTag(spec.document, listOperations(spec.document)),
    }));
    cache.set(file, entry);
  }
  return entry;
}

/** Anchor of an operation in the static list: `api-session-getSessionsOfLoggedInUser`. */
export function operationAnchor(specName: string, op: Pick<OperationSummary, 'operationId' | 'method' | 'path'>): string {
  const id = op.operationId || `${op.method}${op.path}`.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `api-${specName}-${id}`;
}

/** Anchor of a tag heading in the static list: `api-session-tag-me`. */
export function tagAnchor(specName: string, tag: string): string {
  return `api-${specName}-tag-${tag}`;
}

/**
 * Every anchor the static operation lists add to a page, for the build's link
 * check (`other.md#api-session-getSessions` must reach an operation). The
 * specs are the ones the page's explorers show (see api-page-segments.ts).
 */
export async function apiPageAnchors(root: string, specFiles: string[]): Promise<string[]> {
  const anchors: string[] = [];
  for (const spec of specFiles) {
    const file = resolveSpecFile(root, spec);
    if (!file) continue;
    const reference = await loadReference(file);
    for (const group of reference.groups) {
      anchors.push(tagAnchor(reference.name, group.tag), ...group.operations.map((op) => operationAnchor(reference.name, op)));
    }
  }
  return [...new Set(anchors)];
}
