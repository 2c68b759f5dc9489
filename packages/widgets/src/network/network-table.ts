import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/lang.js';
import { networkMessages } from './network.messages.js';
import type { NetworkModel } from './network.model.js';

/** Ties listed per node in the table alternative before "and N more". */
const LISTED = 8;

/**
 * The rows of the data table alternative: one per node, most important first,
 * each with its drawn ties, strongest first (names exactly as in the plan).
 * Units mode: unit, items, group, ties. Bipartite: name, type, count, group,
 * linked nodes. `byNode` is each node's drawn ties (`tiesByNode`).
 */
export function networkTableRows(
  model: NetworkModel,
  byNode: readonly (readonly (readonly [number, number])[])[],
  lang: Lang,
): string[][] {
  const m = networkMessages(lang);
  return model.priority.map((i) => {
    const d = model.nodes[i]!;
    const list = byNode[i]!;
    const names = list.slice(0, LISTED).map(([other, weight]) => {
      const name = model.nodes[other]!.name;
      return model.mode === 'bipartite' ? name : m.tie(name, weight);
    });
    const ties =
      (lang === 'zh-CN' ? names.join('；') : names.join('; ')) +
      (list.length > LISTED ? ` ${m.moreTies(list.length - LISTED)}` : '');
    const group = d.community >= 0 ? m.community(d.community) : '';
    const size = formatNumber(lang, d.size);
    if (model.mode === 'bipartite') {
      return [d.name, d.type === 'item' ? m.itemKind : m.unitKind, size, group, ties];
    }
    return [d.name, size, group, ties];
  });
}
