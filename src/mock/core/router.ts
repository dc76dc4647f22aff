/**
 * Path routing over a segment trie. Literal segments are tried before
 * templated ones, so `/me/sessions` never lands on `/{user-id}/sessions`;
 * a path that exists with other methods is distinguished from no path at all.
 */

export interface RouteNode<T> {
  literal: Map<string, RouteNode<T>>;
  templated: Array<{ names: string[]; pattern: RegExp; node: RouteNode<T> }>;
  /** method → handler payload, present when a path template ends here */
  methods?: Map<string, T>;
  template?: string;
}

export function createRouteNode<T>(): RouteNode<T> {
  return { literal: new Map(), templated: [] };
}

/** `/a/b/` → ['a', 'b']; inner empty segments are kept (and so match nothing). */
export function splitPath(path: string): string[] {
  const parts = path.split('/');
  if (parts[0] === '') parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** `{name}` or `prefix-{a}.{b}` → a regex with one capture per variable; undefined for a literal segment. */
function segmentPattern(segment: string): { names: string[]; pattern: RegExp } | undefined {
  if (!segment.includes('{')) return undefined;
  const names: string[] = [];
  const source = segment.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name: string | undefined, text: string | undefined) => {
    if (name) {
      names.push(name);
      return '([^/]+?)';
    }
    return text!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return { names, pattern: new RegExp(`^${source}$`) };
}

export function insertRoute<T>(root: RouteNode<T>, template: string, method: string, value: T): void {
  let node = root;
  for (const segment of splitPath(template)) {
    const templated = segmentPattern(segment);
    if (!templated) {
      let child = node.literal.get(segment);
      if (!child) node.literal.set(segment, (child = createRouteNode()));
      node = child;
      continue;
    }
    let entry = node.templated.find((t) => t.pattern.source === templated.pattern.source);
    if (!entry) {
      entry = { ...templated, node: createRouteNode() };
      node.templated.push(entry);
      // whole-segment variables last: `{id}.json` is more specific than `{id}`
      node.templated.sort((a, b) => Number(a.pattern.source === '^([^/]+?)$') - Number(b.pattern.source === '^([^/]+?)$'));
    }
    node = entry.node;
  }
  node.methods ??= new Map();
  node.methods.set(method, value);
  node.template = template;
}

export interface RouteMatch<T> {
  node: RouteNode<T>;
  params: Record<string, string>;
}

/** Segments must already be percent-decoded. */
export function matchRoute<T>(root: RouteNode<T>, segments: string[], from = 0): RouteMatch<T> | undefined {
  const params: Record<string, string> = {};
  const found = walk(root, segments, from, params);
  return found ? { node: found, params } : undefined;
}

function walk<T>(node: RouteNode<T>, segments: string[], index: number, params: Record<string, string>): RouteNode<T> | undefined {
  if (index === segments.length) return node.methods ? node : undefined;
  const segment = segments[index]!;
  const literal = node.literal.get(segment);
  if (literal) {
    const found = walk(literal, segments, index + 1, params);
    if (found) return found;
  }
  for (const entry of node.templated) {
    const match = entry.pattern.exec(segment);
    if (!match) continue;
    const found = walk(entry.node, segments, index + 1, params);
    if (found) {
      entry.names.forEach((name, i) => (params[name] = match[i + 1]!));
      return found;
    }
  }
  return undefined;
}

/** A server base path (`/t/{tenant-domain}/api/users/v1`) as per-segment matchers. */
export type ServerPrefix = Array<string | RegExp>;

export function compilePrefix(path: string): ServerPrefix {
  return splitPath(path).map((segment) => segmentPattern(segment)?.pattern ?? segment);
}

export function matchesPrefix(prefix: ServerPrefix, segments: string[]): boolean {
  if (prefix.length > segments.length) return false;
  return prefix.every((expected, i) => (typeof expected === 'string' ? expected === segments[i] : expected.test(segments[i]!)));
}
