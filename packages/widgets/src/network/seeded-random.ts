/**
 * A seeded linear congruential generator returning numbers in [0, 1).
 *
 * The same seed gives the same sequence in every JavaScript engine (integer
 * arithmetic below 2^53 only), so layouts that draw from it are reproducible
 * byte for byte: on the main thread, in a worker and in Node.
 *
 * @example
 * const random = seededRandom(42);
 * simulation.randomSource(random);
 */
export function seededRandom(seed: number): () => number {
  // Constants from Numerical Recipes, as in d3-force's own lcg.
  const a = 1664525;
  const c = 1013904223;
  const m = 4294967296;
  let s = (Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0;
  return () => (s = (a * s + c) % m) / m;
}
