/**
 * Collections inferred from path shapes: `/x` with a GET, plus `/x/{id}`,
 * make a collection whose items are seeded from the list (and item)
 * examples. Operations on both paths get a role the state code acts on.
 */

import { firstExample, jsonMedia, successResponse } from './examples.ts';
import { topSchema } from './refs.ts';
import type { CollectionSpec, Model, Operation } from './model.ts';

export function inferCollections(model: Model): Map<string, CollectionSpec> {
  const byTemplate = new Map<string, Operation[]>();
  for (const op of model.operations) {
    const list = byTemplate.get(op.template) ?? [];
    list.push(op);
    byTemplate.set(op.template, list);
  }
  const collections = new Map<string, CollectionSpec>();
  for (const [template, ops] of byTemplate) {
    const match = /^(.*)\/\{([^/{}]+)\}$/.exec(template);
    if (!match) continue;
    const [, listPath, idParam] = match as unknown as [string, string, string];
    const listOps = byTemplate.get(listPath);
    const listGet = listOps?.find((op) => op.method === 'GET');
    if (!listOps || !listGet) continue;
    const itemGet = ops.find((op) => op.method === 'GET');
    const spec = describeCollection(model, listPath, template, idParam, listGet, itemGet);
    collections.set(listPath, spec);
    for (const op of listOps) op.collection = { path: listPath, role: 'list' };
    for (const op of ops) op.collection = { path: listPath, role: 'item', idParam };
  }
  return collections;
}

function describeCollection(model: Model, path: string, itemPath: string, idParam: string, listGet: Operation, itemGet: Operation | undefined): CollectionSpec {
  const listMedia = jsonMedia(successResponse(listGet));
  const listExample = firstExample(model.doc, listMedia);
  let envelopeKey: string | undefined;
  let seed: unknown[] = [];
  if (Array.isArray(listExample)) seed = listExample;
  else if (listExample && typeof listExample === 'object') {
    envelopeKey = Object.keys(listExample).find((key) => Array.isArray((listExample as any)[key]));
    if (envelopeKey) seed = (listExample as any)[envelopeKey];
  } else {
    const schema = topSchema(model.doc, listMedia?.schema);
    envelopeKey = Object.keys(schema?.properties ?? {}).find((key) => topSchema(model.doc, schema.properties[key])?.type === 'array');
  }
  const itemExample = firstExample(model.doc, jsonMedia(itemGet ? successResponse(itemGet) : undefined));
  const idField = pickIdField(idParam, [...seed, itemExample]);
  if (itemExample && typeof itemExample === 'object' && !seed.some((s: any) => s?.[idField] === (itemExample as any)[idField])) {
    seed = [...seed, itemExample];
  }
  return { path, itemPath, idParam, idField, envelopeKey, seed: seed.filter((s) => s && typeof s === 'object'), listExample };
}

function pickIdField(idParam: string, samples: unknown[]): string {
  const camel = idParam.replace(/[-_](\w)/g, (_m, c: string) => c.toUpperCase());
  const keys = new Set<string>();
  for (const sample of samples) if (sample && typeof sample === 'object') Object.keys(sample).forEach((k) => keys.add(k));
  for (const candidate of [camel, idParam, 'id', 'uuid', 'name']) if (keys.has(candidate)) return candidate;
  return [...keys].find((k) => /id$/i.test(k)) ?? 'id';
}
