import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { siteConfigSchema, type SiteConfig } from './schema.ts';
import { LecternError } from '../errors.ts';
import { lineOfPath } from './yaml-locate.ts';
import { describeIssue } from './friendly-issue.ts';

export const CONFIG_FILE = 'lectern.config.yaml';

/**
 * Reads and validates `lectern.config.yaml`. Every schema failure becomes one
 * LecternError naming the file, the line of the offending key when we can find
 * it, and the key path.
 */
export function loadSiteConfig(root: string, overrides: Partial<SiteConfig> = {}): SiteConfig {
  const file = join(root, CONFIG_FILE);
  let raw: unknown = {};
  let text = '';
  if (existsSync(file)) {
    text = readFileSync(file, 'utf8');
    try {
      raw = loadYaml(text) ?? {};
    } catch (error) {
      const mark = (error as { mark?: { line: number } }).mark;
      throw new LecternError('config-yaml', `invalid YAML: ${(error as Error).message.split('\n')[0]}`, {
        file: CONFIG_FILE,
        line: mark ? mark.line + 1 : undefined,
      });
    }
  }
  const result = siteConfigSchema.safeParse({ ...(raw as object), ...stripUndefined(overrides) });
  if (!result.success) {
    const { path, message } = describeIssue(result.error.issues[0]!, siteConfigSchema);
    throw new LecternError('config-schema', message, {
      file: CONFIG_FILE,
      line: lineOfPath(text, path),
      hint: 'see the "Site config" section of README.md',
    });
  }
  const config = result.data;
  config.base_path = normaliseBase(config.base_path);
  return config;
}

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed === '' ? '/' : `${trimmed}/`;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Line of a key path in the config file, for errors found after validation (a nav page that does not exist). */
export function configLine(root: string, path: readonly PropertyKey[]): number | undefined {
  const file = join(root, CONFIG_FILE);
  return existsSync(file) ? lineOfPath(readFileSync(file, 'utf8'), path) : undefined;
}
