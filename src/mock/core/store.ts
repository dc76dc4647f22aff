/**
 * The default in-memory WorldStore: worlds and tokens in insertion-ordered
 * Maps used as LRUs, so memory stays bounded however many credentials call.
 */

import type { IssuedToken, World, WorldStore } from './types.ts';

export function createMemoryStore(limits: { worlds?: number; tokens?: number } = {}): WorldStore {
  const maxWorlds = limits.worlds ?? 10_000;
  const maxTokens = limits.tokens ?? 10_000;
  const worlds = new Map<string, World>();
  const tokens = new Map<string, IssuedToken>();
  let mostRecent: string | undefined;
  return {
    world(key, create) {
      let world = worlds.get(key);
      if (world) {
        // refresh recency (a no-op for the key used last, the common case)
        if (key !== mostRecent) {
          worlds.delete(key);
          worlds.set(key, world);
          mostRecent = key;
        }
        return world;
      }
      mostRecent = key;
      world = create();
      worlds.set(key, world);
      if (worlds.size > maxWorlds) worlds.delete(worlds.keys().next().value!);
      return world;
    },
    token: (value) => tokens.get(value),
    saveToken(value, token) {
      tokens.set(value, token);
      if (tokens.size > maxTokens) tokens.delete(tokens.keys().next().value!);
    },
    resetWorlds() {
      worlds.clear();
      mostRecent = undefined;
    },
  };
}
