/**
 * d3-force's own random source (its `lcg.js`: a linear congruential generator
 * with Numerical Recipes' constants), with a seed: numbers in [0, 1), the same
 * sequence for the same seed in every JavaScript engine, on the main thread,
 * in a worker and in Node.
 *
 * Remit's seeded source is core's `seededRandom` (Mulberry32); use that in new
 * code. This one stays for what was drawn with it: the network's starting
 * placement and d3-force's jiggle (`networkSimulation`) and the scenarios'
 * synthetic plans (`syntheticPlan`). Their committed snapshots (every network
 * picture and the heatmap's color-by-workload) are drawn from its sequence;
 * another source moves every node and every synthetic cell.
 *
 * @example simulation.randomSource(lcgRandom(42));
 */
export function lcgRandom(seed: number): () => number {
  const a = 1664525;
  const c = 1013904223;
  const m = 4294967296;
  let s = (Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0;
  return () => (s = (a * s + c) % m) / m;
}
