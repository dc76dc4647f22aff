import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { siteConfigSchema, type SiteConfig } from './schema.ts';
import { LecternError } from '../errors.ts';

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
    const issue = result.error.issues[0]!;
    const key = issue.path.join('.');
    throw new LecternError('config-schema', `${key || '(root)'}: ${issue.message}`, {
      file: CONFIG_FILE,
      line: lineOfKey(text, issue.path[issue.path.length - 1]),
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

function lineOfKey(text: string, key: PropertyKey | undefined): number | undefined {
  if (typeof key !== 'string' || !text) return undefined;
  const index = text.split('\n').findIndex((line) => new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(line));
  return index >= 0 ? index + 1 : undefined;
}
