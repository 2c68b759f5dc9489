import type { Lang } from '../shared/lang.js';
import { networkMessages } from './network.messages.js';
import type { NetworkModel } from './network.model.js';

/**
 * The text summary of a network for screen readers and exports: how many
 * units and ties (and how many are drawn), how many groups, which unit shares
 * items with the most others and which tie is strongest; in bipartite mode the
 * busiest unit and the item with the most units. Ties are broken by plan order.
 */
export function describeNetwork(model: NetworkModel, shown: number, lang: Lang): string {
  const m = networkMessages(lang);
  if (model.mode === 'bipartite') {
    const units = model.nodes.filter((d) => d.type === 'unit');
    const items = model.nodes.filter((d) => d.type === 'item');
    const busiest = first(units, (d) => d.size);
    const widest = first(items, (d) => d.size);
    return m.bipartiteSummary({
      items: items.length,
      units: units.length,
      ties: model.tieTable.count,
      ...(busiest && busiest.size > 0
        ? { busiest: { name: busiest.name, items: busiest.size } }
        : {}),
      ...(widest && widest.size > 0 ? { widest: { name: widest.name, units: widest.size } } : {}),
    });
  }
  const partners = new Int32Array(model.nodes.length);
  const { count, source, target, weight } = model.tieTable;
  // the first of the heaviest ties, -1 when there is none
  let strongest = -1;
  for (let k = 0; k < count; k++) {
    partners[source[k]!]!++;
    partners[target[k]!]!++;
    if (strongest < 0 || weight[k]! > weight[strongest]!) strongest = k;
  }
  const widestAt = first(
    model.nodes.map((_, i) => i),
    (i) => partners[i]!,
  );
  return m.unitsSummary({
    units: model.nodes.length,
    ties: count,
    shown,
    communities: model.communities,
    ...(widestAt !== undefined && partners[widestAt]! > 0
      ? { widest: { name: model.nodes[widestAt]!.name, partners: partners[widestAt]! } }
      : {}),
    ...(strongest >= 0
      ? {
          strongest: {
            a: model.nodes[source[strongest]!]!.name,
            b: model.nodes[target[strongest]!]!.name,
            shared: weight[strongest]!,
          },
        }
      : {}),
  });
}

/** The first element with the largest `score`. */
function first<T>(list: readonly T[], score: (x: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const x of list) {
    const s = score(x);
    if (s > bestScore) {
      best = x;
      bestScore = s;
    }
  }
  return best;
}
