import { distinctAssignments, seriation, workload } from '@remit/core/metrics/plain';
import type { Incidence } from '@remit/core/model';
import type { HeatmapOrder } from './heatmap.layout.js';

/** How the heatmap orders its rows and columns. */
export type HeatmapSort = 'document' | 'workload' | 'seriation';

export const HEATMAP_SORTS: readonly HeatmapSort[] = ['document', 'workload', 'seriation'];

/**
 * The display order of a plan's items and units for a sort mode:
 * - `document`: plan order;
 * - `workload`: units by core's `workload` (most items first), items by their
 *   number of units (most first), ties in plan order;
 * - `seriation`: core's `seriation`, which puts units with similar items, and
 *   items with similar units, next to each other.
 *
 * The layout keeps section headings: rows are ordered within their section.
 *
 * @example heatmapLayout(inc, { order: heatmapOrder(inc, 'seriation') })
 */
export function heatmapOrder(inc: Incidence, sort: HeatmapSort): HeatmapOrder {
  if (sort === 'seriation') return seriation(inc);
  const items = inc.items.map((_, i) => i);
  const units = inc.units.map((_, u) => u);
  if (sort === 'document') return { items, units };
  if (sort !== 'workload') {
    throw new RangeError(
      `heatmapOrder: sort must be document, workload or seriation, not ${String(sort)}`,
    );
  }
  const load = workload(inc).map((w) => w.items);
  const pairs = distinctAssignments(inc);
  const count = (i: number) => pairs.itemStart[i + 1]! - pairs.itemStart[i]!;
  return {
    items: items.sort((a, b) => count(b) - count(a) || a - b),
    units: units.sort((a, b) => load[b]! - load[a]! || a - b),
  };
}
