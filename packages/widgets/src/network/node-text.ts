import type { Lang } from '../shared/lang.js';
import { messages } from '../shared/messages.js';
import { networkMessages } from './network.messages.js';
import type { NetworkModel } from './network.model.js';

/** The drawn ties of every node, strongest first: `[other node, items shared]`. */
export function tiesByNode(model: NetworkModel, shown: readonly number[]): [number, number][][] {
  const out: [number, number][][] = model.nodes.map(() => []);
  const { count, source, target, weight } = model.tieTable;
  for (const k of shown) {
    if (!(k >= 0 && k < count)) continue;
    out[source[k]!]!.push([target[k]!, weight[k]!]);
    out[target[k]!]!.push([source[k]!, weight[k]!]);
  }
  for (const list of out) list.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return out;
}

/**
 * What a screen reader announces for a node: name, workload (or an item's
 * unit count), group and the number of drawn ties.
 */
export function nodeLabel(
  model: NetworkModel,
  i: number,
  ties: readonly (readonly [number, number])[],
  lang: Lang,
): string {
  const m = networkMessages(lang);
  const d = model.nodes[i]!;
  if (d.type === 'item') return m.itemNode(d.name, d.size);
  const group = d.community >= 0 ? m.community(d.community) : '';
  return m.unitNode(d.name, d.size, group, ties.length);
}

/** The tooltip lines of a node: full name, load, group, strongest drawn ties. */
export function nodeTooltip(
  model: NetworkModel,
  i: number,
  ties: readonly (readonly [number, number])[],
  lang: Lang,
): string[] {
  const m = networkMessages(lang);
  const shared = messages(lang);
  const d = model.nodes[i]!;
  const lines = [d.name];
  lines.push(d.type === 'item' ? shared.units(d.size) : shared.items(d.size));
  if (d.community >= 0) lines.push(m.community(d.community));
  const top = ties.slice(0, 3).map(([j, w]) => {
    const name = model.nodes[j]!.name;
    return model.mode === 'bipartite' ? name : m.tie(name, w);
  });
  if (top.length)
    lines.push(shared.list(top) + (ties.length > 3 ? ` ${m.moreTies(ties.length - 3)}` : ''));
  return lines;
}
