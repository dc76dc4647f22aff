import { readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { bundle, createConfig, detectSpec } from '@redocly/openapi-core';

export type SpecVersion = '3.1' | '3.0' | '2.0';

export interface LoadedSpec {
  /** file name without extension: `session` for spec/session.yaml; used in URLs */
  name: string;
  /** absolute path of the source file */
  file: string;
  /** one self-contained document: external refs pulled in, internal `#/components/...` refs kept */
  document: Record<string, any>;
  /** the same document with every $ref replaced by its target (what the explorer/mock walk) */
  dereferenced: Record<string, any>;
  version: SpecVersion;
}

const SPEC_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Every spec file directly under `<root>/spec/`, absolute paths, sorted for a stable order. */
export function listSpecFiles(root: string): string[] {
  const dir = resolve(root, 'spec');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error: any) {
    if (error?.code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => SPEC_EXTENSIONS.has(extname(name).toLowerCase()))
    .sort()
    .map((name) => join(dir, name));
}

export function specName(file: string): string {
  return basename(file, extname(file));
}

const VERSION_BY_DETECTED: Record<string, SpecVersion> = {
  oas3_1: '3.1',
  oas3_0: '3.0',
  oas2: '2.0',
};

/**
 * Loads and bundles one spec with Redocly. Lint is separate (src/spec/lint.ts): loading
 * never fails on style problems, only on files that cannot be read or are not OpenAPI.
 */
export async function loadSpec(absPath: string): Promise<LoadedSpec> {
  // bundling needs a config object but no rules; a neutral one keeps load independent of redocly.yaml
  const config = await createConfig({});
  const bundled = await bundle({ ref: absPath, config, dereference: false });
  const document = bundled.bundle.parsed as Record<string, any>;
  if (!document || typeof document !== 'object') {
    throw new Error(`${absPath}: not a YAML/JSON object`);
  }
  let detected: string;
  try {
    detected = detectSpec(document);
  } catch (error: any) {
    throw new Error(`${absPath}: ${error.message}`);
  }
  const version = VERSION_BY_DETECTED[detected];
  if (!version) throw new Error(`${absPath}: not an OpenAPI/Swagger document (detected ${detected})`);
  const dereferencedResult = await bundle({ ref: absPath, config, dereference: true });
  return {
    name: specName(absPath),
    file: absPath,
    document,
    dereferenced: dereferencedResult.bundle.parsed as Record<string, any>,
    version,
  };
}
