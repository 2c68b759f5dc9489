/**
 * A seeded source of uniform numbers in [0, 1): the same seed gives the same
 * sequence on every run and every platform (Mulberry32, 32-bit state).
 *
 * Use it wherever a metric or a layout needs randomness (Louvain's node order,
 * betweenness sampling, synthetic plans), so results are reproducible.
 *
 * @example const random = seededRandom(42); random(); // 0.6011037519201636
 */
export function seededRandom(seed: number): () => number {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new RangeError(`seededRandom: seed must be a finite number, got ${String(seed)}`);
  }
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
