import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ProxyOptions } from 'vite';
import type { ProxyTarget } from '../config/proxy-schema.ts';
import { siteConfig } from './site-context.ts';

/**
 * Dev/preview-only local proxy: `{base}proxy/<host:port>/<path>` forwards to
 * a real server from the `proxy.targets` allow-list, so Try it out reaches a
 * local identity server without CORS changes (and, with `insecure: true`,
 * despite its self-signed certificate). Hosts not on the list are not
 * proxied. Static hosting has no proxy: the explorer says so.
 */

/** Path prefix for one target: `/proxy/localhost:9443`. */
export function proxyPrefix(base: string, target: Pick<ProxyTarget, 'url'>): string {
  return `${base.endsWith('/') ? base : `${base}/`}proxy/${new URL(target.url).host}`;
}

/** A request that got no answer from the target: 502 with the reason and, for TLS, the fix. */
function answerProxyError(target: ProxyTarget, error: NodeJS.ErrnoException, res: ServerResponse | unknown) {
  const response = res as ServerResponse;
  if (typeof response?.writeHead !== 'function' || response.headersSent) return;
  const tls = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(error.code ?? error.message);
  const detail = tls && !target.insecure
    ? `${target.url} presented a TLS certificate this machine does not trust (${error.code}); set insecure: true for it under proxy.targets in lectern.config.yaml if it is your local server`
    : `${target.url} did not answer (${error.code ?? error.message})`;
  response.writeHead(502, { 'content-type': 'application/problem+json' });
  response.end(JSON.stringify({ type: 'about:blank', title: 'Bad Gateway', status: 502, detail }));
}

/** Vite `server.proxy` / `preview.proxy` entries for the allow-listed targets. */
export function proxyRoutes(base: string, targets: ProxyTarget[]): Record<string, ProxyOptions> {
  const routes: Record<string, ProxyOptions> = {};
  for (const target of targets) {
    const prefix = proxyPrefix(base, target);
    routes[`${prefix}/`] = {
      target: new URL(target.url).origin,
      changeOrigin: true,
      secure: !target.insecure,
      // the browser's Origin names the docs site; the real server should see a same-origin call
      headers: { origin: new URL(target.url).origin },
      rewrite: (path) => path.slice(prefix.length) || '/',
      configure: (proxy) => {
        proxy.on('error', (error: NodeJS.ErrnoException, _req: IncomingMessage, res: unknown) => answerProxyError(target, error, res));
      },
    };
  }
  return routes;
}

export default function localProxy(): AstroIntegration {
  return {
    name: 'lectern:local-proxy',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const site = siteConfig(fileURLToPath(config.root));
        const routes = proxyRoutes(site.base_path, site.proxy.targets);
        if (Object.keys(routes).length === 0) return;
        updateConfig({ vite: { server: { proxy: routes }, preview: { proxy: routes } } });
      },
    },
  };
}
