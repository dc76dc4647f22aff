/** Helpers adapters share to build a MockRequest from a URL. */

export function queryRecord(search: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!search) return out;
  for (const [key, value] of new URLSearchParams(search)) {
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}

/** The value of cookie `name` in a `Cookie` header, if it is there. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * `/base/mock/session/t/x/me?y=1` with mount `/base/mock/session` → `{ path: '/t/x/me', search: 'y=1' }`;
 * undefined when the URL is outside the mount.
 */
export function stripMount(pathAndQuery: string, mount: string): { path: string; search: string } | undefined {
  const q = pathAndQuery.indexOf('?');
  const pathname = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
  const search = q < 0 ? '' : pathAndQuery.slice(q + 1);
  const base = mount.replace(/\/+$/, '');
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return undefined;
  return { path: pathname.slice(base.length) || '/', search };
}
