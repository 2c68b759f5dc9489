import type { DistinctAssignments } from '../distinct-assignments.js';

/** A connected part of the item–unit graph: its item and unit positions, in plan order. */
export interface Block {
  items: number[];
  units: number[];
  /** distinct assignments inside the block */
  size: number;
}

/**
 * The connected blocks of the item–unit graph that hold at least one assignment,
 * largest first, ties in order of their first item. Items without units and
 * units without items belong to no block.
 */
export function connectedBlocks(
  pairs: DistinctAssignments,
  itemCount: number,
  unitCount: number,
): Block[] {
  const parent = new Int32Array(unitCount);
  for (let u = 0; u < unitCount; u++) parent[u] = u;
  const root = (u: number): number => {
    while (parent[u] !== u) {
      parent[u] = parent[parent[u]!]!;
      u = parent[u]!;
    }
    return u;
  };
  for (let i = 0; i < itemCount; i++) {
    const first = pairs.itemStart[i]!;
    for (let p = first + 1; p < pairs.itemStart[i + 1]!; p++) {
      const a = root(pairs.unit[first]!);
      const b = root(pairs.unit[p]!);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const byRoot = new Map<number, Block>();
  for (let i = 0; i < itemCount; i++) {
    const from = pairs.itemStart[i]!;
    const to = pairs.itemStart[i + 1]!;
    if (from === to) continue;
    const r = root(pairs.unit[from]!);
    let block = byRoot.get(r);
    if (!block) byRoot.set(r, (block = { items: [], units: [], size: 0 }));
    block.items.push(i);
    block.size += to - from;
  }
  for (let u = 0; u < unitCount; u++) {
    if (pairs.unitStart[u + 1] !== pairs.unitStart[u]) byRoot.get(root(u))!.units.push(u);
  }
  // Map order is the order of each block's first item; the stable sort keeps it for ties
  return [...byRoot.values()].sort((a, b) => b.size - a.size);
}
