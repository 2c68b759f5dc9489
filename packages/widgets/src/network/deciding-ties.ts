import type { NetworkTie } from './network.model.js';
import { tiesByWeight } from './ties-by-weight.js';

/**
 * Positions in `ties` (ascending) of the heaviest ties that decide the backbone
 * of core's `backboneOfTies` (each unit's `strongest` ties plus a maximum
 * spanning forest): whole weight groups, heaviest first, up to the group after
 * which every unit has met its `strongest` ties (or all it has) and the ties
 * met so far join every unit the whole graph joins. No lighter tie can be
 * kept then, and which heavier ones are kept does not depend on the lighter
 * ones (the backbone reads ties strongest first), so the backbone of these
 * ties is the backbone of all of them. For a dense plan that is thousands of
 * ties instead of millions to sort.
 */
export function decidingTies(
  count: number,
  ties: readonly NetworkTie[],
  strongest: number,
): number[] {
  const groups = tiesByWeight(ties);
  const need = new Int32Array(count);
  const whole = unionFind(count);
  for (const group of groups) {
    for (const k of group) {
      const t = ties[k]!;
      need[t.source]!++;
      need[t.target]!++;
      whole.join(t.source, t.target);
    }
  }
  let short = 0;
  for (let v = 0; v < count; v++) {
    need[v] = Math.min(need[v]!, strongest);
    if (need[v]! > 0) short++;
  }
  const met = unionFind(count);
  const out: number[] = [];
  for (const group of groups) {
    for (const k of group) {
      const t = ties[k]!;
      if (--need[t.source]! === 0) short--;
      if (--need[t.target]! === 0) short--;
      met.join(t.source, t.target);
      out.push(k);
    }
    if (short === 0 && met.parts() === whole.parts()) break;
  }
  return out.sort((a, b) => a - b);
}

function unionFind(count: number): { join(a: number, b: number): void; parts(): number } {
  const parent = Int32Array.from({ length: count }, (_, v) => v);
  let parts = count;
  const root = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  return {
    join(a, b) {
      const ra = root(a);
      const rb = root(b);
      if (ra !== rb) {
        parent[ra] = rb;
        parts--;
      }
    },
    parts: () => parts,
  };
}
