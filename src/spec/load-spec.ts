import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { bundle, createConfig, detectSpec } from '@redocly/openapi-core';
import { load } from 'js-yaml';
import { LecternError } from '../errors.ts';

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
/** Reads the root file and checks it is a spec we handle, with file:line errors for authors. */
function detectVersion(absPath: string): SpecVersion {
  let root: unknown;
  try {
    root = load(readFileSync(absPath, 'utf8'));
  } catch (error: any) {
    const line = typeof error?.mark?.line === 'number' ? error.mark.line + 1 : undefined;
    throw new LecternError('spec-load', error?.reason ?? error?.message ?? String(error), { file: absPath, line });
  }
  let detected = '';
  try {
    detected = root && typeof root === 'object' ? detectSpec(root) : '';
  } catch {
    // unknown kinds and versions get the one message below
  }
  const version = VERSION_BY_DETECTED[detected];
  if (!version) {
    throw new LecternError('spec-load', 'not an OpenAPI 3.x or Swagger 2.0 document', {
      file: absPath,
      hint: 'a spec needs a top-level `openapi: 3.1.0` (or 3.0.x) or `swagger: "2.0"`',
    });
  }
  return version;
}

/** A spec without its dereferenced copy: what the site build needs (downloads, operation lists). */
export type BundledSpec = Omit<LoadedSpec, 'dereferenced'>;

async function bundleSpec(absPath: string, dereference: boolean): Promise<Record<string, any>> {
  // bundling needs a config object but no rules; a neutral one keeps load independent of redocly.yaml
  const config = await createConfig({});
  try {
    return (await bundle({ ref: absPath, config, dereference })).bundle.parsed as Record<string, any>;
  } catch (error: any) {
    throw new LecternError('spec-load', `cannot bundle: ${error?.message ?? error}`, { file: absPath });
  }
}

/** Bundles the spec once, with its internal refs kept. */
export async function loadBundledSpec(absPath: string): Promise<BundledSpec> {
  const version = detectVersion(absPath);
  return { name: specName(absPath), file: absPath, document: await bundleSpec(absPath, false), version };
}

export async function loadSpec(absPath: string): Promise<LoadedSpec> {
  const bundled = await loadBundledSpec(absPath);
  return { ...bundled, dereferenced: await bundleSpec(absPath, true) };
}
