/**
 * Local `$ref` resolution (`#/components/...`) over an already-parsed document.
 * External refs must be bundled before the core sees the document.
 */

export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: any = doc;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(part in node)) return undefined;
    node = node[part];
  }
  return node;
}

/** Follows `$ref` chains at the top of one object (parameters, responses, request bodies, examples). */
export function deref<T = any>(doc: unknown, value: any, where: string): T {
  let current = value;
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`${where}: $ref cycle at ${current.$ref}`);
    const target = resolvePointer(doc, current.$ref);
    if (target === undefined) throw new Error(`${where}: unresolved $ref ${current.$ref} (external refs must be bundled first)`);
    current = target;
  }
  return current as T;
}

/** A schema with its top-level `$ref` followed (for looking at `type`, `items`, `properties`). */
export function topSchema(doc: any, schema: any): any {
  let current = schema;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 32; hops++) current = resolvePointer(doc, current.$ref);
  return current;
}

export function jsonType(schema: any): string | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  if (type) return type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}
