/**
 * Generic stateful behaviour for inferred collections: list, create, read,
 * replace/merge, delete one, delete all — on the caller's own world.
 */

import { randomUuid } from './random.ts';
import type { CollectionSpec, Model, Operation, Reply } from './model.ts';
import type { MockContext, MockResponse, World } from './types.ts';

export function newWorld(): World {
  return { collections: new Map(), extensions: new Map() };
}

/** `/{user-id}/sessions` + {user-id: u1} → `/u1/sessions` (one collection per concrete path). */
function concretePath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
}

function items(world: World, spec: CollectionSpec, params: Record<string, string>): unknown[] {
  const key = concretePath(spec.path, params);
  let list = world.collections.get(key);
  if (!list) {
    list = structuredClone(spec.seed);
    world.collections.set(key, list);
  }
  return list;
}

export function collectionResponse(model: Model, op: Operation, params: Record<string, string>, body: unknown, world: World, ctx: MockContext, reply: Reply): MockResponse | undefined {
  const role = op.collection;
  const spec = role ? model.collections.get(role.path) : undefined;
  if (!role || !spec) return undefined;
  const list = items(world, spec, params);
  if (role.role === 'list') {
    switch (op.method) {
      case 'GET':
        return reply.success(envelope(spec, list));
      case 'DELETE':
        list.length = 0;
        return reply.success();
      case 'POST': {
        if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
        const item: Record<string, unknown> = { ...(body as object) };
        item[spec.idField] ??= randomUuid(ctx.random);
        list.push(item);
        return reply.success(item);
      }
    }
    return undefined;
  }
  const id = params[spec.idParam] ?? '';
  const index = list.findIndex((item: any) => String(item?.[spec.idField]) === id);
  if (index < 0 && ['GET', 'DELETE', 'PUT', 'PATCH'].includes(op.method)) {
    return reply.error(404, 'Not Found', `no item with ${spec.idParam} ${JSON.stringify(id)} in ${concretePath(spec.path, params)}`);
  }
  switch (op.method) {
    case 'GET':
      return reply.success(list[index]);
    case 'DELETE':
      list.splice(index, 1);
      return reply.success();
    case 'PUT':
    case 'PATCH': {
      if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
      const base = op.method === 'PATCH' ? (list[index] as object) : {};
      const updated = { ...base, ...(body as object), [spec.idField]: (list[index] as any)[spec.idField] };
      list[index] = updated;
      return reply.success(updated);
    }
  }
  return undefined;
}

function envelope(spec: CollectionSpec, list: unknown[]): unknown {
  if (!spec.envelopeKey) return list;
  const base = spec.listExample && typeof spec.listExample === 'object' ? spec.listExample : {};
  return { ...base, [spec.envelopeKey]: list };
}
