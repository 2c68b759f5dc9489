import type { DataColumn } from '../shared/data-table.js';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/lang.js';
import { messages } from '../shared/messages.js';
import { heatmapMessages } from './heatmap.messages.js';
import type { HeatmapLayout } from './heatmap.model.js';

/**
 * The data table alternative of a heatmap: one row per item in display order,
 * with its section, its leads, its members and its number of units. Full
 * names, never truncated. Above `MEMBER_NAMES_UP_TO` cells the members column
 * gives their number instead of their names (a table of a quarter of a million
 * names helps nobody); every cell stays reachable by keyboard.
 */
export const MEMBER_NAMES_UP_TO = 5000;

export function heatmapTable(
  layout: HeatmapLayout,
  lang: Lang,
): { columns: DataColumn[]; rows: string[][] } {
  const m = messages(lang);
  const h = heatmapMessages[lang];
  const sections = new Map(layout.sectionBands.map((b) => [b.section, b.title]));
  const columns: DataColumn[] = [
    { label: m.item },
    { label: m.section },
    { label: m.lead },
    { label: m.member },
    { label: h.unitsBar, numeric: true },
  ];
  const names = layout.grid.count <= MEMBER_NAMES_UP_TO;
  const rows = layout.rows.map((row) => {
    const leads: string[] = [];
    const members: string[] = [];
    let memberCount = 0;
    const g = layout.grid;
    for (let k = row.cellStart; k < row.cellEnd; k++) {
      const name = layout.columns[g.column[k]!]!.name;
      if (g.role[k] === 0) {
        memberCount++;
        if (names) members.push(name);
      } else leads.push(g.role[k] === 2 ? name + h.inferredMark : name);
    }
    const section =
      row.section === null ? (sections.size ? m.noSection : '') : sections.get(row.section);
    return [
      row.title,
      section ?? '',
      m.list(leads),
      names ? m.list(members) : m.units(memberCount),
      formatNumber(lang, row.units),
    ];
  });
  return { columns, rows };
}
