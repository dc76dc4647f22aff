/**
 * A small seeded PRNG (the mock's mulberry32): the corpus must be byte-identical
 * for a given seed on every machine, so Math.random is never used in bench/.
 */
import { seededRandom } from '../src/mock/core/random.ts';

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  const next = seededRandom(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}
