/**
 * Session-management behaviour on top of the generic mock (extension point:
 * MockExtension in src/mock/core/model.ts). Applies to any spec with
 * `/me/sessions` or `/sessions`.
 *
 * - One session table per world (per credential), seeded from every session
 *   found in the spec's examples; each session belongs to its `userId`.
 * - `/me/...` is the authenticated user: the user id of the `/me/sessions`
 *   example (the caller *is* that user in their own world).
 * - `/{user-id}/sessions[/{session-id}]` reach any user's sessions (admin API).
 * - `GET /sessions`: `filter` (grammar and attributes from the spec's filter
 *   description), `limit` (default 20), `since`/`until` paging over sessions
 *   ordered most recent login first, with `previous`/`next` links.
 */

import { firstExample, jsonMedia, successResponse } from '../core/examples.ts';
import { topSchema } from '../core/refs.ts';
import type { HandlerInput, MockExtension, Model, Operation } from '../core/model.ts';
import type { MockResponse } from '../core/types.ts';
import { attributesFromDescription, clauseMatches, parseFilter, type FilterOperator } from './session-filter.ts';

type Session = Record<string, any>;

interface SessionConfig {
  meUserId: string;
  seed: Session[];
  attributes: Map<string, { name: string; operators: FilterOperator[] }>;
  /** SearchResponse items wrap the session as `{ session }` when the schema says so */
  wrapSearchItems: boolean;
  /** list operations whose 2xx body is a bare array rather than `Sessions {userId, sessions}` */
  bareListOps: Set<string>;
}

interface SessionState {
  sessions: Session[];
  /** serialised list answers of the current `sessions` (operation → user and paging → JSON), dropped on every change */
  listCache: Map<string, Map<string, string>>;
}

const LIST_CACHE_LIMIT = 64;

const DEFAULT_ATTRIBUTES = '| loginId | eq, sw, ew, co |\n| sessionId | eq, sw, ew, co |\n| appName | eq, sw, ew, co |\n| ipAddress | eq |\n| userAgent | eq, sw, ew, co |\n| loginTime | le, ge |\n| lastAccessTime | le, ge |';
const DEFAULT_LIMIT = 20;

const byKey = (model: Model, key: string) => model.operations.find((op) => op.key === key);

export const sessionExtension: MockExtension<SessionState> = {
  name: 'session-management',
  applies(model): SessionConfig | undefined {
    const meList = byKey(model, 'GET /me/sessions');
    const search = byKey(model, 'GET /sessions');
    if (!meList && !search) return undefined;
    const seed: Session[] = [];
    const add = (session: unknown, owner?: unknown) => {
      if (!session || typeof session !== 'object') return;
      const s = { ...(session as Session) };
      if (s.session && typeof s.session === 'object' && !s.id) Object.assign(s, s.session), delete s.session;
      if (s.userId === undefined && typeof owner === 'string') s.userId = owner;
      if (s.id !== undefined && !seed.some((x) => x.id === s.id)) seed.push(s);
    };
    for (const op of model.operations) {
      if (op.method !== 'GET' || !/sessions/.test(op.template)) continue;
      for (const example of examplesOf(model, op)) {
        if (Array.isArray(example)) example.forEach((s) => add(s));
        else if (example && typeof example === 'object') {
          const envelope = example as Record<string, unknown>;
          // `Sessions {userId, sessions}` and `SearchResponse {Resources}` wrap lists; anything else is one session
          const list = [envelope.sessions, envelope.Resources].find(Array.isArray) as unknown[] | undefined;
          if (list) list.forEach((s) => add(s, envelope.userId));
          else add(example);
        }
      }
    }
    const meExample = meList ? (examplesOf(model, meList)[0] as any) : undefined;
    const meUserId = String(meExample?.userId ?? meExample?.sessions?.[0]?.userId ?? 'me');
    const filterParam = search?.params.find((p) => p.name === 'filter');
    const description = String(rawParamDescription(model, search, 'filter') ?? '');
    const attributes = attributesFromDescription(description);
    const itemSchema = topSchema(model.doc, topSchema(model.doc, topSchema(model.doc, jsonMedia(search && successResponse(search))?.schema)?.properties?.Resources)?.items);
    return {
      meUserId,
      seed,
      attributes: attributes.size > 0 || !filterParam ? attributes : attributesFromDescription(DEFAULT_ATTRIBUTES),
      wrapSearchItems: Boolean(itemSchema?.properties?.session && !itemSchema?.properties?.id),
      bareListOps: new Set(
        model.operations.filter((op) => op.method === 'GET' && topSchema(model.doc, jsonMedia(successResponse(op))?.schema)?.type === 'array').map((op) => op.key),
      ),
    };
  },
  seed: (_model, config) => ({ sessions: structuredClone((config as SessionConfig).seed), listCache: new Map() }),
  handlers: {
    'GET /me/sessions': (x) => listOf(x, (x.config as SessionConfig).meUserId),
    'DELETE /me/sessions': (x) => removeWhere(x, (s) => s.userId === (x.config as SessionConfig).meUserId),
    'DELETE /me/sessions/{session-id}': (x) => removeOne(x, (x.config as SessionConfig).meUserId, x.params['session-id']!),
    'GET /{user-id}/sessions': (x) => listOf(x, x.params['user-id']!),
    'DELETE /{user-id}/sessions': (x) => removeWhere(x, (s) => s.userId === x.params['user-id']),
    'GET /{user-id}/sessions/{session-id}': (x) => {
      const found = x.state.sessions.find((s) => s.userId === x.params['user-id'] && s.id === x.params['session-id']);
      return found ? x.reply.success(found) : notFound(x, x.params['user-id']!, x.params['session-id']!);
    },
    'DELETE /{user-id}/sessions/{session-id}': (x) => removeOne(x, x.params['user-id']!, x.params['session-id']!),
    'GET /sessions': search,
  },
};

function examplesOf(model: Model, op: Operation): unknown[] {
  const media = jsonMedia(successResponse(op));
  if (!media) return [];
  const named = Object.values(media.examples);
  const first = firstExample(model.doc, media);
  return [...named, ...(first !== undefined && !named.includes(first) ? [first] : [])];
}

function rawParamDescription(model: Model, op: Operation | undefined, name: string): string | undefined {
  if (!op) return undefined;
  const item = model.doc.paths?.[op.template];
  const all = [...(item?.parameters ?? []), ...(item?.[op.method.toLowerCase()]?.parameters ?? [])];
  for (const raw of all) {
    const param = raw?.$ref ? topSchema(model.doc, raw) : raw;
    if (param?.name === name) return param.description;
  }
  return undefined;
}

function listOf(x: HandlerInput<SessionState>, userId: string): MockResponse {
  const offset = typeof x.query.offset === 'number' ? x.query.offset : 0;
  const limit = typeof x.query.limit === 'number' ? x.query.limit : undefined;
  // lists are read far more often than sessions change: keep the serialised answer until the next change
  let byOperation = x.state.listCache.get(x.op.key);
  if (!byOperation) x.state.listCache.set(x.op.key, (byOperation = new Map()));
  const key = offset === 0 && limit === undefined ? userId : `${userId}|${offset}|${limit}`;
  const cached = byOperation.get(key);
  if (cached !== undefined) return x.reply.successText(cached);
  const sessions = x.state.sessions.filter((s) => s.userId === userId).slice(offset, limit === undefined ? undefined : offset + limit);
  const json = JSON.stringify((x.config as SessionConfig).bareListOps.has(x.op.key) ? sessions : { userId, sessions });
  if (byOperation.size >= LIST_CACHE_LIMIT) byOperation.clear();
  byOperation.set(key, json);
  return x.reply.successText(json);
}

function removeWhere(x: HandlerInput<SessionState>, predicate: (s: Session) => boolean): MockResponse {
  x.state.sessions = x.state.sessions.filter((s) => !predicate(s));
  x.state.listCache.clear();
  return x.reply.success();
}

function removeOne(x: HandlerInput<SessionState>, userId: string, sessionId: string): MockResponse {
  const index = x.state.sessions.findIndex((s) => s.userId === userId && s.id === sessionId);
  if (index < 0) return notFound(x, userId, sessionId);
  x.state.sessions.splice(index, 1);
  x.state.listCache.clear();
  return x.reply.success();
}

function notFound(x: HandlerInput<SessionState>, userId: string, sessionId: string): MockResponse {
  return x.reply.error(404, 'Session not found', `user ${JSON.stringify(userId)} has no session ${JSON.stringify(sessionId)}`);
}

/** What each filter attribute reads from a session (several values: any may match). */
function attributeValues(session: Session, attribute: string): unknown[] {
  const apps: Session[] = Array.isArray(session.applications) ? session.applications : [];
  switch (attribute.toLowerCase()) {
    case 'loginid': return [session.loginId, session.userName, ...apps.map((a) => a?.subject)];
    case 'sessionid': return [session.id];
    case 'appname': return apps.map((a) => a?.appName);
    case 'ipaddress': return [session.ip ?? session.ipAddress];
    default: return [session[attribute]];
  }
}

const loginTime = (s: Session) => Number(s.loginTime) || 0;

function search(x: HandlerInput<SessionState>): MockResponse {
  const config = x.config as SessionConfig;
  const filter = typeof x.query.filter === 'string' ? x.query.filter : undefined;
  let matching = x.state.sessions;
  if (filter !== undefined && filter.trim() !== '') {
    const parsed = parseFilter(filter, config.attributes);
    if (!parsed.ok) return x.reply.error(400, 'Invalid filter', parsed.problem);
    matching = matching.filter((s) => parsed.clauses.every((clause) => clauseMatches(attributeValues(s, clause.attribute), clause)));
  }
  const ordered = [...matching].sort((a, b) => loginTime(b) - loginTime(a));
  const limit = typeof x.query.limit === 'number' ? x.query.limit : DEFAULT_LIMIT;
  let page: Session[];
  if (typeof x.query.until === 'number') page = ordered.filter((s) => loginTime(s) < (x.query.until as number)).slice(0, limit);
  else if (typeof x.query.since === 'number') page = ordered.filter((s) => loginTime(s) > (x.query.since as number)).slice(-limit);
  else page = ordered.slice(0, limit);
  const link = (key: 'since' | 'until', value: number) => {
    const params = new URLSearchParams({ limit: String(limit) });
    if (filter) params.set('filter', filter);
    params.set(key, String(value));
    return `sessions?${params}`;
  };
  const body: Record<string, unknown> = {};
  if (page.length > 0) {
    const newest = loginTime(page[0]!);
    const oldest = loginTime(page[page.length - 1]!);
    if (ordered.some((s) => loginTime(s) > newest)) body.previous = link('since', newest);
    if (ordered.some((s) => loginTime(s) < oldest)) body.next = link('until', oldest);
  }
  body.Resources = config.wrapSearchItems ? page.map((session) => ({ session })) : page;
  return x.reply.success(body);
}
