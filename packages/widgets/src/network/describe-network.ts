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
      ties: model.ties.length,
      ...(busiest && busiest.size > 0
        ? { busiest: { name: busiest.name, items: busiest.size } }
        : {}),
      ...(widest && widest.size > 0 ? { widest: { name: widest.name, units: widest.size } } : {}),
    });
  }
  const partners = new Int32Array(model.nodes.length);
  let strongest: (typeof model.ties)[number] | undefined;
  for (const t of model.ties) {
    partners[t.source]!++;
    partners[t.target]!++;
    if (!strongest || t.weight > strongest.weight) strongest = t;
  }
  const widestAt = first(
    model.nodes.map((_, i) => i),
    (i) => partners[i]!,
  );
  return m.unitsSummary({
    units: model.nodes.length,
    ties: model.ties.length,
    shown,
    communities: model.communities,
    ...(widestAt !== undefined && partners[widestAt]! > 0
      ? { widest: { name: model.nodes[widestAt]!.name, partners: partners[widestAt]! } }
      : {}),
    ...(strongest
      ? {
          strongest: {
            a: model.nodes[strongest.source]!.name,
            b: model.nodes[strongest.target]!.name,
            shared: strongest.weight,
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
