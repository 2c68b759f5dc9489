import type { Selection } from '../data/selection.js';
import type { Lang } from '../shared/lang.js';
import { messages } from '../shared/messages.js';
import type { HeatmapMark } from './heatmap.mark.js';
import { heatmapMessages } from './heatmap.messages.js';
import type { HeatmapLayout } from './heatmap.model.js';

/**
 * What a mark stands for in the linked selection: a row header its item, a
 * column header its unit, and a cell its unit (the unit is what the other
 * views — workload, network, table — are about).
 */
export function markSelection(layout: HeatmapLayout, mark: HeatmapMark): Selection {
  if (mark.kind === 'row') return { kind: 'item', id: layout.rows[mark.index]!.item };
  if (mark.kind === 'column') return { kind: 'unit', id: layout.columns[mark.index]!.unit };
  return { kind: 'unit', id: layout.columns[layout.grid.column[mark.index]!]!.unit };
}

/** The word for a role code of the grid (0 member, 1 lead, 2 inferred lead). */
export function roleWord(code: number, lang: Lang): string {
  const m = messages(lang);
  return code === 0 ? m.member : code === 2 ? m.inferredLead : m.lead;
}

/**
 * The full text of a mark, with untruncated names: item, unit and role for a
 * cell; the item and its unit count for a row; the unit and its load for a
 * column. It is the mark's accessible name and the tooltip's lines.
 */
export function markLines(layout: HeatmapLayout, mark: HeatmapMark, lang: Lang): string[] {
  const m = messages(lang);
  const h = heatmapMessages[lang];
  const g = layout.grid;
  if (mark.kind === 'cell') {
    const k = mark.index;
    return [
      layout.rows[g.row[k]!]!.title,
      layout.columns[g.column[k]!]!.name,
      roleWord(g.role[k]!, lang),
    ];
  }
  if (mark.kind === 'row') {
    const row = layout.rows[mark.index]!;
    const lines = [row.title, m.itemUnits(row.units)];
    if (row.corrected) lines.push(h.corrected);
    return lines;
  }
  const col = layout.columns[mark.index]!;
  let inferred = 0;
  for (let j = g.columnStart[mark.index]!; j < g.columnStart[mark.index + 1]!; j++) {
    if (g.role[g.byColumn[j]!] === 2) inferred++;
  }
  return [col.name, m.unitLoad(col.workload, col.leads, inferred, col.workload - col.leads)].concat(
    col.workload === 0 ? [h.noAssignment] : [],
  );
}

/** The accessible name of a mark: its lines as one sentence. */
export function markLabel(layout: HeatmapLayout, mark: HeatmapMark, lang: Lang): string {
  const [first, second, third] = markLines(layout, mark, lang);
  const h = heatmapMessages[lang];
  if (mark.kind === 'cell') return h.cell(first!, second!, third!);
  if (mark.kind === 'row') return h.row(first!, layout.rows[mark.index]!.units);
  return h.column(first!, second!);
}
