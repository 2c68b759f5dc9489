import type { AbstractGraph } from 'graphology-types';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import { checkGraph } from './check-graph.js';
import { METRIC_DEFAULTS } from './defaults.js';
import { checkInteger, resolveOptions } from './resolve-options.js';
import { seededRandom } from './seeded-random.js';

export interface SampledBetweennessOptions {
  /** number of source nodes to run shortest paths from (default 200); ≥ order means exact */
  samples?: number;
  /** seed of the source sample (default 1) */
  seed?: number;
}

interface IndexedBrandes {
  (source: number): [{ size: number; pop(): number }, number[][], ArrayLike<number>];
  index: { collect(values: Float64Array): Record<string, number> };
}

/**
 * Betweenness centrality estimated from a sample of source nodes (Brandes & Pich,
 * "Centrality estimation in large networks", 2007): Brandes' dependency
 * accumulation from k sources drawn uniformly without replacement, scaled by n / k.
 * The estimate is unbiased; its error shrinks like 1/√k. With k ≥ n it is the
 * exact value, as `betweennessCentrality` of graphology-metrics gives it.
 *
 * Paths are counted in hops (edge weights are strengths, not distances), and the
 * result is normalised like graphology's: for an undirected graph each node's
 * sum over ordered pairs (s, t) of σ_st(v) / σ_st is divided by (n − 1)(n − 2).
 *
 * Cost: O(k · m) time instead of O(n · m), O(n + m) memory.
 *
 * @example sampledBetweenness(graph, { samples: 100, seed: 7 })['u1']
 */
export function sampledBetweenness(
  graph: AbstractGraph,
  options?: SampledBetweennessOptions,
): Record<string, number> {
  checkGraph('sampledBetweenness', graph);
  const { samples, seed } = resolveOptions(
    'sampledBetweenness',
    options,
    METRIC_DEFAULTS.sampledBetweenness,
  );
  checkInteger('sampledBetweenness', 'samples', samples, 1, true);
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new RangeError(`sampledBetweenness: seed must be a finite number, got ${String(seed)}`);
  }
  return estimate(graph, samples, seed);
}

function estimate(graph: AbstractGraph, samples: number, seed: number): Record<string, number> {
  const n = graph.order;
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as IndexedBrandes;
  const sources = sample(n, Math.min(samples, n), seed);
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  for (const s of sources) {
    const [stack, predecessors, sigma] = brandes(s);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop();
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== s) centralities[w]! += delta[w]!;
    }
  }
  const scale = n > 2 ? n / sources.length / ((n - 1) * (n - 2)) : 0;
  for (let v = 0; v < n; v++) centralities[v]! *= scale;
  return brandes.index.collect(centralities);
}

/** k distinct positions of 0 … n − 1, by a seeded partial Fisher–Yates shuffle. */
function sample(n: number, k: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const pool = new Int32Array(n);
  for (let v = 0; v < n; v++) pool[v] = v;
  for (let j = 0; j < k; j++) {
    const r = j + Math.floor(random() * (n - j));
    const t = pool[j]!;
    pool[j] = pool[r]!;
    pool[r] = t;
  }
  return pool.subarray(0, k).sort();
}
