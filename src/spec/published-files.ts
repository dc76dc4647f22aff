/**
 * The downloadable copies of a spec, as the build writes them and the dev server serves them:
 * `{base}apis/restapis/<name>.yaml`, `<name>.json` and `<name>.postman_collection.json`.
 * `apis/restapis/` is the URL the legacy API pages use for their spec.
 */
import { dump } from 'js-yaml';
import type { BundledSpec } from './load-spec.ts';
import { toPostmanCollection } from './postman.ts';

export const PUBLISHED_DIR = 'apis/restapis';

export interface PublishedFile {
  /** file name inside PUBLISHED_DIR */
  fileName: string;
  contentType: string;
  body: string;
}

export interface SpecDownloadUrls {
  yaml: string;
  json: string;
  postman: string;
}

export function publishedFileNames(name: string): { yaml: string; json: string; postman: string } {
  return { yaml: `${name}.yaml`, json: `${name}.json`, postman: `${name}.postman_collection.json` };
}

/** Site URLs for the API page's "Download OpenAPI (YAML/JSON)" and Postman links; `base` is Astro's `config.base`. */
export function specDownloadUrls(base: string, name: string): SpecDownloadUrls {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}${PUBLISHED_DIR}/`;
  const files = publishedFileNames(name);
  return { yaml: prefix + files.yaml, json: prefix + files.json, postman: prefix + files.postman };
}

/**
 * The bundled document (one file, external refs pulled in, `#/components` refs kept so the
 * explorer still shows schema names and the copy lints exactly like the source).
 */
export async function renderPublishedFiles(spec: BundledSpec): Promise<PublishedFile[]> {
  const files = publishedFileNames(spec.name);
  const collection = await toPostmanCollection(spec.name, spec.document);
  return [
    {
      fileName: files.yaml,
      contentType: 'application/yaml; charset=utf-8',
      body: dump(spec.document, { lineWidth: -1, noRefs: true }),
    },
    {
      fileName: files.json,
      contentType: 'application/json; charset=utf-8',
      body: `${JSON.stringify(spec.document, null, 2)}\n`,
    },
    {
      fileName: files.postman,
      contentType: 'application/json; charset=utf-8',
      body: `${JSON.stringify(collection, null, 2)}\n`,
    },
  ];
}
