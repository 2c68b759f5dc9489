import { UNIT_KINDS } from '@remit/core/model';
import { truncateText } from '../shared/text-width.js';
import type { Lang } from '../shared/lang.js';
import { networkMessages } from './network.messages.js';
import type { NetworkModel } from './network.model.js';
import { CATEGORIES, categoryOf, type ColorBy } from './network.palette.js';

/** One legend entry: a category colour (0 … 7) and what it stands for. */
export interface NetworkLegendEntry {
  category: number;
  label: string;
  /** drawn as a square outline: the item nodes of bipartite mode */
  square?: boolean;
}

/**
 * The colour legend: one entry per community drawn (named by size and its
 * busiest unit; communities past the seventh grouped as "other"), or one per
 * unit kind present, in a fixed order; in bipartite mode a last entry for the
 * item squares.
 */
export function networkLegend(
  model: NetworkModel,
  colorBy: ColorBy,
  lang: Lang,
): NetworkLegendEntry[] {
  const m = networkMessages(lang);
  const other = CATEGORIES - 1;
  const entries: NetworkLegendEntry[] = [];
  if (colorBy === 'kind') {
    for (const kind of UNIT_KINDS) {
      if (model.nodes.some((d) => d.type === 'unit' && d.kind === kind)) {
        entries.push({
          category: categoryOf({ type: 'unit', kind } as never, 'kind'),
          label: m.kinds[kind],
        });
      }
    }
    return withItems(model, entries, m.items);
  }
  for (let c = 0; c < Math.min(model.communities, other); c++) {
    const members = model.priority.filter((i) => model.nodes[i]!.community === c);
    const units = members.filter((i) => model.nodes[i]!.type === 'unit');
    const top = units[0] === undefined ? '' : truncateText(model.nodes[units[0]]!.name, 110, 12);
    entries.push({
      category: c,
      label: m.communityEntry(c, units.length, members.length - units.length, top),
    });
  }
  if (model.communities > other) entries.push({ category: other, label: m.otherCommunities });
  return withItems(model, entries, m.items);
}

function withItems(
  model: NetworkModel,
  entries: NetworkLegendEntry[],
  label: string,
): NetworkLegendEntry[] {
  if (model.mode === 'bipartite') entries.push({ category: CATEGORIES - 1, label, square: true });
  return entries;
}
