import type { Incidence } from '@remit/core/model';
import type { Selection } from '../data/selection.js';
import type { Highlight } from './network-templates.js';
import type { NetworkModel } from './network.model.js';

/**
 * What stays bright when something is selected or hovered: a node with its
 * drawn ties and partners; for an item that is not a node (units mode), the
 * units that carry it and the ties among them. Undefined when nothing is.
 */
export function networkHighlight(
  model: NetworkModel,
  shown: readonly number[],
  focus: Selection | null,
  inc: Incidence | undefined,
): Highlight | undefined {
  if (!focus) return undefined;
  const at = model.nodes.findIndex((d) => d.type === focus.kind && d.id === focus.id);
  const nodes = new Set<number>();
  const ties = new Set<number>();
  const { source, target } = model.tieTable;
  if (at >= 0) {
    nodes.add(at);
    for (const k of shown) {
      if (source[k] === at || target[k] === at) {
        ties.add(k);
        nodes.add(source[k] === at ? target[k]! : source[k]!);
      }
    }
    return { nodes, ties };
  }
  const item = focus.kind === 'item' && inc ? inc.itemIndex.get(focus.id) : undefined;
  if (item === undefined || !inc) return undefined;
  const units = new Set((inc.byItem[item] ?? []).map((k) => inc.units[inc.unitOf[k]!]!.id));
  model.nodes.forEach((d, i) => {
    if (d.type === 'unit' && units.has(d.id)) nodes.add(i);
  });
  for (const k of shown) {
    if (nodes.has(source[k]!) && nodes.has(target[k]!)) ties.add(k);
  }
  return { nodes, ties };
}
