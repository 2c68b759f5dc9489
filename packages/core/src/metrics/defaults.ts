/**
 * The default of every metric option, in one place. Public functions merge the
 * caller's options over these (see `resolveOptions`) and check them once.
 */
export const METRIC_DEFAULTS = {
  workload: {
    /** `item`: count items under their own section; `top`: under their top-level section */
    sectionLevel: 'item' as 'item' | 'top',
  },
  coverage: {
    /** an item with more distinct units than this is flagged `many-units` */
    manyUnits: 8,
  },
  summary: {
    manyUnits: 8,
    /** how many units `busiest` lists */
    busiest: 3,
  },
  centrality: {
    /** betweenness from this many sampled sources; Infinity = exact (all sources) */
    betweennessSamples: Infinity,
    seed: 1,
  },
  sampledBetweenness: {
    samples: 200,
    seed: 1,
  },
  communities: {
    seed: 1,
    /** Louvain's resolution: above 1 favours smaller communities */
    resolution: 1,
  },
  backbone: {
    /** each unit keeps this many of its strongest ties */
    strongest: 2,
  },
  seriation: {
    /** reciprocal-averaging sweeps per connected block, at most */
    iterations: 300,
    /** 2-opt refinement only for blocks with at most this many units (or items) */
    refineUpTo: 2000,
    /** … and when their Jaccard matrix needs at most this many pair counts */
    refineBudget: 20_000_000,
    /** 2-opt passes at most */
    passes: 50,
    /** 2-opt reverses stretches of at most this many units (or items) */
    window: 64,
  },
} as const;
