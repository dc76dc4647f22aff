import { loadSiteConfig } from '../config/load-config.ts';
import type { SiteConfig } from '../config/schema.ts';

/**
 * The site config, read once per process. `LECTERN_BASE` overrides the base
 * path so one checkout can be built for `/` and for a sub-path (tests do).
 */
let cached: SiteConfig | undefined;

export function siteConfig(root: string = process.cwd()): SiteConfig {
  cached ??= loadSiteConfig(root, { base_path: process.env.LECTERN_BASE || undefined });
  return cached;
}

/** Variables every page sees: the config's, plus `base_path` without its trailing slash (MkDocs style). */
export function pageVariables(config: SiteConfig): Record<string, unknown> {
  return { ...config.variables, base_path: config.base_path.replace(/\/$/, ''), site_name: config.site_name };
}
