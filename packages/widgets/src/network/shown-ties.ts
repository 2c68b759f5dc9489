import type { NetworkModel } from './network.model.js';
import { strongestTies } from './unit-network.js';

/** How many ties to draw: each unit's `k` strongest (plus the spanning forest), or all. */
export type TiesOption = number | 'all';

/** Above this many ties, `all` is not offered: an SVG of them would be unreadable and slow. */
export const MAX_DRAWN_TIES = 4000;

const cache = new WeakMap<NetworkModel, Map<number, number[]>>();

/**
 * Positions in `model.ties` to draw: the backbone with each unit's `ties`
 * strongest ties (core's `backboneOfTies`; the default view when `ties` is
 * undefined), or every tie for `'all'` when there are at most
 * `MAX_DRAWN_TIES`. Raising `ties` only adds ties, so nodes never move.
 * Bipartite networks draw every assignment.
 */
export function shownTies(model: NetworkModel, ties?: TiesOption): number[] {
  if (model.mode === 'bipartite' || ties === undefined) return model.backbone;
  let byK = cache.get(model);
  if (!byK) cache.set(model, (byK = new Map()));
  if (ties === 'all' && model.tieTable.count <= MAX_DRAWN_TIES) {
    let all = byK.get(-1);
    if (!all) byK.set(-1, (all = Array.from({ length: model.tieTable.count }, (_, k) => k)));
    return all;
  }
  const k = ties === 'all' ? maxStrongest(model) : Math.max(0, Math.min(Math.floor(ties), 50));
  let list = byK.get(k);
  if (!list) {
    list = strongestTies(model.nodes.length, model.tieTable, k);
    byK.set(k, list);
  }
  return list;
}

const strongestCache = new WeakMap<NetworkModel, number>();

/**
 * The largest `ties` value worth offering: past it, every unit already shows
 * all its ties. Kept per model: the controls ask on every render, and a
 * network of 2,000 units can have two million ties.
 */
export function maxStrongest(model: NetworkModel): number {
  let max = strongestCache.get(model);
  if (max === undefined) strongestCache.set(model, (max = Math.min(highestDegree(model), 12)));
  return max;
}

function highestDegree(model: NetworkModel): number {
  const degree = new Int32Array(model.nodes.length);
  const { count, source, target } = model.tieTable;
  for (let k = 0; k < count; k++) {
    degree[source[k]!]!++;
    degree[target[k]!]!++;
  }
  let max = 0;
  for (const d of degree) max = Math.max(max, d);
  return max;
}
