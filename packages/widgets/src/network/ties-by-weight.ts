import type { NetworkTie } from './network.model.js';

/**
 * Positions in `ties` grouped by weight, heaviest group first, each group in
 * tie order; ties of a unit with itself are left out. One pass and no
 * comparison sort of the ties, so cheap for millions of them.
 *
 * @example tiesByWeight([{ weight: 1 }, { weight: 3 }, { weight: 1 }]) // [[1], [0, 2]]
 */
export function tiesByWeight(
  ties: readonly Pick<NetworkTie, 'source' | 'target' | 'weight'>[],
): number[][] {
  const groups = new Map<number, number[]>();
  ties.forEach((t, k) => {
    if (t.source === t.target) return;
    const group = groups.get(t.weight);
    if (group) group.push(k);
    else groups.set(t.weight, [k]);
  });
  return [...groups.keys()].sort((a, b) => b - a).map((w) => groups.get(w)!);
}
