import { munkres } from 'munkres';

/** A scored pair of items, positions in the two lists. */
export interface ScoredPair {
  before: number;
  after: number;
  similarity: number;
}

/** The result of `assignComponents`: the pairs kept, and the components too large for the optimal method. */
export interface Assignment1to1 {
  pairs: ScoredPair[];
  /** sizes (items before × items after) of components assigned greedily */
  greedy: [number, number][];
}

/**
 * Chooses one-to-one pairs from scored pairs so that the total similarity is
 * as large as possible, each item in at most one pair.
 *
 * The pairs form a bipartite graph; it is cut into connected components
 * (union–find), and each component is solved apart: a lone pair is kept as it
 * is, a larger component by the Hungarian method (`munkres`, O(n³) in its
 * size). Items of different components can never pair, so this is the
 * optimum of the whole graph at the cost of its largest component only.
 *
 * Within a component, the cost of a pair is 1 − similarity and of a missing
 * pair 2, so the method first pairs as many items as it can and then prefers
 * the more similar pairs; forced missing pairs are dropped afterwards.
 * A component with more than `maxOptimal` items on a side is paired greedily
 * (most similar first) and reported in `greedy`.
 */
export function assignComponents(
  pairs: readonly ScoredPair[],
  options: { maxOptimal: number },
): Assignment1to1 {
  const components = connectedComponents(pairs);
  const kept: ScoredPair[] = [];
  const greedy: [number, number][] = [];
  for (const component of components) {
    if (component.length === 1) {
      kept.push(component[0]!);
      continue;
    }
    const befores = [...new Set(component.map((p) => p.before))];
    const afters = [...new Set(component.map((p) => p.after))];
    if (Math.max(befores.length, afters.length) > options.maxOptimal) {
      greedy.push([befores.length, afters.length]);
      kept.push(...greedyPairs(component));
    } else kept.push(...optimalPairs(component, befores, afters));
  }
  return { pairs: kept.sort((x, y) => x.after - y.after), greedy };
}

function optimalPairs(
  component: readonly ScoredPair[],
  befores: readonly number[],
  afters: readonly number[],
): ScoredPair[] {
  const row = new Map(befores.map((b, i) => [b, i]));
  const column = new Map(afters.map((a, j) => [a, j]));
  const cost = befores.map(() => afters.map(() => 2));
  const byCell = new Map<number, ScoredPair>();
  for (const p of component) {
    const i = row.get(p.before)!;
    const j = column.get(p.after)!;
    cost[i]![j] = 1 - p.similarity;
    byCell.set(i * afters.length + j, p);
  }
  return munkres(cost).flatMap(([i, j]) => {
    const pair = byCell.get(i * afters.length + j);
    return pair === undefined ? [] : [pair];
  });
}

function greedyPairs(component: readonly ScoredPair[]): ScoredPair[] {
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const kept: ScoredPair[] = [];
  const sorted = [...component].sort(
    (x, y) => y.similarity - x.similarity || x.after - y.after || x.before - y.before,
  );
  for (const p of sorted) {
    if (usedBefore.has(p.before) || usedAfter.has(p.after)) continue;
    usedBefore.add(p.before);
    usedAfter.add(p.after);
    kept.push(p);
  }
  return kept;
}

/** The pairs grouped by connected component of the bipartite graph they form. */
function connectedComponents(pairs: readonly ScoredPair[]): ScoredPair[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let at = x; at !== root;) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const node = (key: string) => {
    if (!parent.has(key)) parent.set(key, key);
    return key;
  };
  for (const p of pairs) {
    const a = find(node(`b${p.before}`));
    const b = find(node(`a${p.after}`));
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, ScoredPair[]>();
  for (const p of pairs) {
    const root = find(`b${p.before}`);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [p]);
    else group.push(p);
  }
  return [...groups.values()];
}
