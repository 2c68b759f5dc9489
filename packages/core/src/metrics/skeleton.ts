import type { TieTable } from './tie-table.js';

/**
 * The walk of `backbone` and `backboneOfTies` over checked ties between nodes
 * `0 … count − 1`: ties ranked strongest first, each kept when among the `k`
 * first of either node or when it joins two parts (union-find). Returns the
 * positions in `ties` of the ties kept, in rank order.
 *
 * Ties are dealt into weight groups (a counting sort, no comparisons) and
 * walked a weight at a time, heaviest first; within a group they come off a
 * heap, strongest first (by `jaccard`, then nodes). The walk stops once every
 * node has met its `k` first ties (or all it has) and the ties met join every
 * node the whole graph joins: no later tie can be kept then. For a dense plan
 * of thousands of units that is thousands of ties ordered instead of millions,
 * even when the lightest group holds nearly all of them.
 */
export function skeleton(count: number, ties: TieTable, k: number): number[] {
  const m = ties.count;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const jaccard = new Float64Array(m);
  // each tie's weight group (-1: a self-loop), groups numbered as first met
  const groupOf = new Int32Array(m);
  const groupNumber = new Map<number, number>();
  const smallGroup = new Int32Array(SMALL_WEIGHTS).fill(-1);
  const groupSize: number[] = [];
  // how many ties each node still has to meet, and the parts the whole graph makes
  const need = new Int32Array(count);
  const whole = unionFind(count);
  for (let e = 0; e < m; e++) {
    const s = ties.source[e]!;
    const t = ties.target[e]!;
    if (s === t) {
      groupOf[e] = -1;
      continue;
    }
    const a = Math.min(s, t);
    const b = Math.max(s, t);
    from[e] = a;
    to[e] = b;
    const j = ties.jaccard[e]!;
    jaccard[e] = Number.isFinite(j) ? j : 0;
    const w = ties.weight[e]!;
    // whole weights (items shared) look their group up in an array, not a Map
    const small = w >= 0 && w < SMALL_WEIGHTS && Number.isInteger(w);
    let g = small ? smallGroup[w]! : (groupNumber.get(w) ?? -1);
    if (g < 0) {
      g = groupSize.length;
      groupNumber.set(w, g);
      if (small) smallGroup[w] = g;
      groupSize.push(0);
    }
    groupOf[e] = g;
    groupSize[g]!++;
    need[a]!++;
    need[b]!++;
    whole.join(a, b);
  }
  // groups heaviest first, each a run of `order` holding its ties in tie order
  const walk = [...groupNumber.keys()].sort((x, y) => y - x).map((w) => groupNumber.get(w)!);
  const start = new Int32Array(walk.length + 1);
  const next = new Int32Array(walk.length);
  walk.forEach((g, j) => {
    next[g] = start[j]!;
    start[j + 1] = start[j]! + groupSize[g]!;
  });
  const order = new Int32Array(start[walk.length]!);
  for (let e = 0; e < m; e++) if (groupOf[e]! >= 0) order[next[groupOf[e]!]!++] = e;

  // nodes still short of ties, and the ties they are owed (each tie pays two nodes at most)
  let short = 0;
  let owed = 0;
  for (let v = 0; v < count; v++) {
    need[v] = Math.min(need[v]!, k);
    if (need[v]! > 0) short++;
    owed += need[v]!;
  }
  const seen = new Float64Array(count);
  const met = unionFind(count);
  const out: number[] = [];
  // strongest first within a weight; tie order settles the rest, as a stable sort would
  const compare = (x: number, y: number) =>
    jaccard[y]! - jaccard[x]! || from[x]! - from[y]! || to[x]! - to[y]! || x - y;
  // The ties of a group that can still change the result: those touching a node short of
  // ties, or joining two parts. A tie between two nodes that have met their ties (or all
  // they have), in one part already, is never kept, and nothing it counts is read again:
  // parts only merge and needs only fall. In a plan where every unit shares a few items
  // with every other, the lightest group holds millions of ties, nearly all of them so.
  const stillUseful = (from0: number, to0: number): Int32Array => {
    let kept = from0;
    for (let q = from0; q < to0; q++) {
      const e = order[q]!;
      const a = from[e]!;
      const b = to[e]!;
      if (need[a]! > 0 || need[b]! > 0 || !met.joined(a, b)) order[kept++] = e;
    }
    return order.subarray(from0, kept);
  };
  for (let j = 0; j < walk.length; j++) {
    const next = strongestFirst(stillUseful(start[j]!, start[j + 1]!), compare, owed / 2);
    for (let e = next(); e >= 0; e = next()) {
      if (short === 0 && met.parts() === whole.parts()) return out;
      const a = from[e]!;
      const b = to[e]!;
      let keep = seen[a]! < k || seen[b]! < k;
      seen[a]!++;
      seen[b]!++;
      if (need[a]! > 0) {
        owed--;
        if (--need[a]! === 0) short--;
      }
      if (need[b]! > 0) {
        owed--;
        if (--need[b]! === 0) short--;
      }
      if (met.join(a, b)) keep = true;
      if (keep) out.push(e);
    }
  }
  return out;
}

/** Whole weights below this are grouped through an array (see `skeleton`). */
const SMALL_WEIGHTS = 4096;

/**
 * The items of `items` in `compare` order, one per call, -1 once all are
 * given (`items` is reordered in place). When at least `wanted` of them will
 * be asked for and that is an eighth of them or more, they are sorted at once.
 * Otherwise a binary heap, built in linear time, gives the first ones, so a
 * group walked only in part is never fully sorted; once an eighth has been
 * given, the rest is sorted (cheaper than popping them one by one).
 */
function strongestFirst(
  items: Int32Array,
  compare: (x: number, y: number) => number,
  wanted: number,
): () => number {
  let size = items.length;
  let given = 0;
  let sorted = -1;
  const sortRest = () => {
    items.subarray(0, size).sort(compare);
    sorted = 0;
  };
  const down = (at: number) => {
    const x = items[at]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && compare(items[child + 1]!, items[child]!) < 0) child++;
      if (compare(items[child]!, x) >= 0) break;
      items[at] = items[child]!;
      at = child;
    }
    items[at] = x;
  };
  if (wanted * 8 >= size) sortRest();
  else for (let at = (size >> 1) - 1; at >= 0; at--) down(at);
  return () => {
    if (sorted < 0 && given * 8 >= size) sortRest();
    if (sorted >= 0) return sorted < size ? items[sorted++]! : -1;
    given++;
    const top = items[0]!;
    items[0] = items[--size]!;
    down(0);
    return top;
  };
}

/**
 * A union-find over nodes `0 … count − 1`: `join` says whether two parts became
 * one, `joined` whether two nodes are in one part.
 */
function unionFind(count: number): {
  join(a: number, b: number): boolean;
  joined(a: number, b: number): boolean;
  parts(): number;
} {
  const parent = new Int32Array(count);
  for (let v = 0; v < count; v++) parent[v] = v;
  let parts = count;
  const root = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  return {
    join(a, b) {
      const ra = root(a);
      const rb = root(b);
      if (ra === rb) return false;
      parent[ra] = rb;
      parts--;
      return true;
    },
    joined: (a, b) => root(a) === root(b),
    parts: () => parts,
  };
}
