/**
 * Reads a spec file for the mock in Node: YAML or JSON, Swagger 2.0 converted
 * to OpenAPI 3 with swagger2openapi. Deliberately lighter than the site's
 * Redocly bundle (src/spec/load-spec.ts) so `npm run mock` starts fast;
 * external `$ref`s are not followed (bundle the spec first if it has them).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { load } from 'js-yaml';

export function readSpecFile(file: string): any {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the spec (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return file.endsWith('.json') ? JSON.parse(text) : load(text);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    throw new Error(`${file}${mark ? `:${mark.line + 1}` : ''}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'} (${(error as Error).message.split('\n')[0]})`);
  }
}

/** Swagger 2.0 → OpenAPI 3.0; OpenAPI 3.x passes through. */
export async function toOpenApi3(doc: any, file: string): Promise<any> {
  if (typeof doc?.swagger !== 'string') return doc;
  try {
    // imported only for Swagger 2.0: it is heavy and most specs never need it
    const { default: swagger2openapi } = await import('swagger2openapi');
    const converted = await swagger2openapi.convertObj(doc, { patch: true, warnOnly: true, resolve: false });
    return converted.openapi;
  } catch (error) {
    throw new Error(`${file}: cannot convert Swagger 2.0 to OpenAPI 3 (${(error as Error).message})`);
  }
}

export async function loadMockSpec(file: string): Promise<any> {
  return toOpenApi3(readSpecFile(file), file);
}

export function specNameOf(file: string): string {
  return basename(file, extname(file));
}
