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
 * linked nodes.
 */
export function networkTableRows(
  model: NetworkModel,
  shown: readonly number[],
  lang: Lang,
): string[][] {
  const m = networkMessages(lang);
  const partners: { other: number; weight: number }[][] = model.nodes.map(() => []);
  for (const k of shown) {
    const t = model.ties[k];
    if (!t) continue;
    partners[t.source]!.push({ other: t.target, weight: t.weight });
    partners[t.target]!.push({ other: t.source, weight: t.weight });
  }
  return model.priority.map((i) => {
    const d = model.nodes[i]!;
    const list = partners[i]!.sort((a, b) => b.weight - a.weight || a.other - b.other);
    const names = list.slice(0, LISTED).map((p) => {
      const name = model.nodes[p.other]!.name;
      return model.mode === 'bipartite' ? name : m.tie(name, p.weight);
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
