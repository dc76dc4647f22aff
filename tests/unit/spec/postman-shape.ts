/**
 * A structural check of Postman Collection v2.1 (what Postman's importer needs), written from
 * the v2.1 schema's required fields: problems as `path: message`, [] when the shape holds.
 */
const METHODS = new Set(['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'COPY', 'HEAD', 'OPTIONS', 'LINK', 'UNLINK', 'PURGE', 'LOCK', 'UNLOCK', 'PROPFIND', 'VIEW']);
export const V21_SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

export function postmanShapeProblems(collection: any): string[] {
  const problems: string[] = [];
  const fail = (path: string, message: string) => problems.push(`${path}: ${message}`);
  if (typeof collection?.info?.name !== 'string' || !collection.info.name) fail('info.name', 'required string');
  if (collection?.info?.schema !== V21_SCHEMA) fail('info.schema', `must be ${V21_SCHEMA}`);
  if (!Array.isArray(collection?.item)) fail('item', 'required array');
  const walk = (items: any[], path: string) => {
    items.forEach((entry, i) => {
      const here = `${path}[${i}]`;
      if (Array.isArray(entry.item)) {
        if (typeof entry.name !== 'string') fail(`${here}.name`, 'folder needs a name');
        walk(entry.item, `${here}.item`);
        return;
      }
      const request = entry.request;
      if (!request) return fail(`${here}.request`, 'an item is a folder (item[]) or has a request');
      if (typeof request === 'string') return;
      if (!METHODS.has(request.method)) fail(`${here}.request.method`, `unknown method ${request.method}`);
      const url = request.url;
      if (typeof url !== 'string' && !(url && (typeof url.raw === 'string' || Array.isArray(url.host) || Array.isArray(url.path)))) {
        fail(`${here}.request.url`, 'string or object with raw/host/path');
      }
      if (entry.response !== undefined && !Array.isArray(entry.response)) fail(`${here}.response`, 'must be an array');
      if (request.auth && typeof request.auth.type !== 'string') fail(`${here}.request.auth.type`, 'required');
      for (const [j, header] of (request.header ?? []).entries()) {
        if (typeof header.key !== 'string') fail(`${here}.request.header[${j}].key`, 'required string');
      }
    });
  };
  if (Array.isArray(collection?.item)) walk(collection.item, 'item');
  for (const [i, variable] of (collection?.variable ?? []).entries()) {
    if (typeof variable.key !== 'string') fail(`variable[${i}].key`, 'required string');
  }
  return problems;
}

/** Every request in the collection as `METHOD /path/with/:vars`, in order. */
export function postmanRequests(collection: any): string[] {
  const out: string[] = [];
  const walk = (items: any[]) => {
    for (const entry of items) {
      if (Array.isArray(entry.item)) walk(entry.item);
      else out.push(`${entry.request.method} /${entry.request.url.path.join('/')}`);
    }
  };
  walk(collection.item);
  return out;
}
