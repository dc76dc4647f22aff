/**
 * OpenAPI → Postman collection (v2.1) with openapi-to-postmanv2, made reproducible: the converter
 * stamps random UUIDs on every item, so ids are replaced with ones derived from the spec name and
 * the item's place in the collection, and variables the requests use but nobody declares
 * (e.g. `{{basicAuthUsername}}`) are declared empty so Postman lists them for the user to fill.
 */
import { createHash } from 'node:crypto';
import converter from 'openapi-to-postmanv2';

export const POSTMAN_SCHEMA_V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

const CONVERTER_OPTIONS = {
  folderStrategy: 'Tags',
  parametersResolution: 'Example',
  // optional query parameters are listed but unticked, so the first Send makes a valid request
  enableOptionalParameters: false,
} as const;

type Json = Record<string, any>;

function convert(specJson: string): Promise<Json> {
  return new Promise((resolve, reject) => {
    converter.convert({ type: 'string', data: specJson }, CONVERTER_OPTIONS, (error: unknown, result: any) => {
      if (error) return reject(error);
      if (!result?.result) return reject(new Error(`openapi-to-postmanv2: ${result?.reason ?? 'conversion failed'}`));
      const collection = result.output?.find((o: any) => o.type === 'collection')?.data;
      if (!collection) return reject(new Error('openapi-to-postmanv2: no collection in the output'));
      // the converter returns class instances (descriptions); a JSON round trip gives plain data
      resolve(JSON.parse(JSON.stringify(collection)));
    });
  });
}

function stableUuid(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  // shaped like a version-5 UUID so importers that check the format accept it
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function replaceIds(node: any, seed: string): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => replaceIds(child, `${seed}/${i}`));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'id' || key === '_postman_id') && typeof value === 'string') node[key] = stableUuid(seed);
    else replaceIds(value, `${seed}/${key}`);
  }
}

const VARIABLE_USE = /\{\{([A-Za-z0-9_.-]+)\}\}/g;

function declareUsedVariables(collection: Json): void {
  const declared = new Set<string>((collection.variable ?? []).map((v: Json) => v.key));
  const used = new Set<string>();
  for (const match of JSON.stringify(collection.item ?? []).matchAll(VARIABLE_USE)) used.add(match[1]);
  collection.variable = collection.variable ?? [];
  for (const name of [...used].sort()) {
    if (!declared.has(name)) collection.variable.push({ key: name, value: '', type: 'string' });
  }
}

export async function toPostmanCollection(name: string, document: Json): Promise<Json> {
  const collection = await convert(JSON.stringify(document));
  replaceIds(collection, `lectern:${name}`);
  declareUsedVariables(collection);
  return collection;
}
