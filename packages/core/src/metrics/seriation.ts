import type { Incidence } from '../model/incidence.js';
import { checkIncidence } from './check-incidence.js';
import { METRIC_DEFAULTS } from './defaults.js';
import { distinctAssignments, type DistinctAssignments } from './distinct-assignments.js';
import { connectedBlocks } from './seriation/connected-blocks.js';
import { jaccardDistances } from './seriation/jaccard-distances.js';
import { reciprocalAveraging } from './seriation/reciprocal-averaging.js';
import { twoOpt } from './seriation/two-opt.js';

/**
 * An order of a plan's items and units: `items[k]` is the position (in
 * `inc.items`) of the item to draw k-th, `units[k]` likewise for units.
 */
export interface Seriation {
  items: number[];
  units: number[];
}

/**
 * Orders items and units so that units with similar items sit next to each
 * other, and items with similar units too: the heatmap's "seriation" sort.
 *
 * 1. Split the item–unit graph into connected blocks, largest (most
 *    assignments) first, ties by their first item in plan order; blocks never mix.
 * 2. In each block, order units and items by their first correspondence-analysis
 *    axis, found by reciprocal averaging (`reciprocalAveraging`, Hill 1973).
 * 3. Shorten that order as a path (TSP seriation) with 2-opt moves (stretches of
 *    up to `window` reversed) under the
 *    Jaccard distance 1 − |A ∩ B| / |A ∪ B| between units' item sets (and items'
 *    unit sets), when the block has at most `refineUpTo` of them and the
 *    distance matrix costs at most `refineBudget` pair counts; larger blocks keep
 *    the axis order.
 *
 * Items without units come last, then units without items, in plan order.
 * Deterministic: no randomness; the start is plan order; score ties keep plan order.
 * `seriationQuality` measures the result.
 *
 * @example const { units } = seriation(inc); units.map((u) => inc.units[u].name)
 */
export function seriation(inc: Incidence): Seriation {
  checkIncidence('seriation', inc);
  return order(inc, distinctAssignments(inc));
}

function order(inc: Incidence, pairs: DistinctAssignments): Seriation {
  const { iterations, refineUpTo, refineBudget, passes, window } = METRIC_DEFAULTS.seriation;
  const x = new Float64Array(inc.items.length);
  const y = new Float64Array(inc.units.length);
  const items: number[] = [];
  const units: number[] = [];
  for (const block of connectedBlocks(pairs, inc.items.length, inc.units.length)) {
    if (block.units.length > 1) reciprocalAveraging(block, pairs, iterations, x, y);
    const unitOrder = sortedBy(block.units, y);
    const itemOrder = sortedBy(block.items, x);
    const unitSets = (u: number) =>
      Array.from(
        pairs.byUnit.subarray(pairs.unitStart[u], pairs.unitStart[u + 1]),
        (p) => pairs.item[p]!,
      );
    const itemSets = (i: number) =>
      Array.from(pairs.unit.subarray(pairs.itemStart[i], pairs.itemStart[i + 1]));
    units.push(...refine(unitOrder, unitSets, inc.items.length));
    items.push(...refine(itemOrder, itemSets, inc.units.length));
  }
  for (let i = 0; i < inc.items.length; i++) {
    if (pairs.itemStart[i + 1] === pairs.itemStart[i]) items.push(i);
  }
  for (let u = 0; u < inc.units.length; u++) {
    if (pairs.unitStart[u + 1] === pairs.unitStart[u]) units.push(u);
  }
  return { items, units };

  function refine(start: number[], members: (k: number) => number[], universe: number): number[] {
    if (start.length < 3 || start.length > refineUpTo) return start;
    const d = jaccardDistances(start.map(members), universe, refineBudget);
    if (d === null) return start;
    return twoOpt(
      start.map((_, k) => k),
      d,
      passes,
      window,
    ).map((k) => start[k]!);
  }
}

/** Positions sorted by score (10 significant digits of the largest), ties by position. */
function sortedBy(positions: readonly number[], score: Float64Array): number[] {
  let scale = 0;
  for (const p of positions) scale = Math.max(scale, Math.abs(score[p]!));
  const key = (p: number) => (scale > 0 ? Math.round((score[p]! / scale) * 1e10) : 0);
  return [...positions].sort((a, b) => key(a) - key(b) || a - b);
}
