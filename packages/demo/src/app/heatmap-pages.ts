import { busiestFirst, workload } from '@remit/core/metrics';
import { incidence, planPart, type Plan } from '@remit/core/model';
import { heatmapRows } from '@remit/widgets';

/** How much of a matrix one slide holds at a readable size. */
export interface PageCapacity {
  /** rows: items, and a heading row for each section on the page */
  rows: number;
  /** unit columns */
  columns: number;
}

/** One slide's part of a plan's matrix. */
export interface HeatmapPage {
  /** the part drawn: the page's items, the units shown, their assignments */
  plan: Plan;
  /** 1-based positions, in the plan, of the page's first and last item */
  first: number;
  last: number;
  /** units with items on this page that are left out for room (the busiest are kept) */
  hiddenUnits: number;
}

/** A page is not closed before a section unless it is this full. */
const BREAK_AT_SECTION = 0.6;

/**
 * The pages of a plan's matrix, for slides: items in the order the matrix
 * draws them (`heatmapRows`: by section, sections in document order), as many
 * as `capacity.rows` holds with a heading row for each section (a section
 * that continues on the next page gets its heading again). A page ends before
 * a section that would not fit whole once it is at least 60% full, so sections
 * are split only when they must be. Each page shows the units with items on
 * it, in plan order; when they are more than `capacity.columns`, the busiest
 * (on that page, core's `busiestFirst`) are kept and the rest counted.
 *
 * A plan that fits gives one page holding all of it.
 */
export function heatmapPages(plan: Plan, capacity: PageCapacity): HeatmapPage[] {
  const rows = Math.max(2, Math.floor(capacity.rows));
  const columns = Math.max(1, Math.floor(capacity.columns));
  // the rows as the matrix draws them, a heading row over each band
  const { rowItems, bands } = heatmapRows(incidence(plan));
  const bandAt = new Map(bands.map((b) => [b.rowStart, b]));

  const ranges: { from: number; to: number }[] = [];
  let from = 0;
  let used = 0;
  // rows a row takes: its own, and a heading over it where a band starts or a page opens
  const cost = (r: number) => (bands.length > 0 && (bandAt.has(r) || r === from) ? 2 : 1);
  for (let r = 0; r < rowItems.length; r++) {
    const band = bandAt.get(r);
    const full =
      used + cost(r) > rows ||
      (band !== undefined &&
        used + 1 + band.rowEnd - band.rowStart > rows &&
        used >= rows * BREAK_AT_SECTION);
    if (r > from && full) {
      ranges.push({ from, to: r });
      from = r;
      used = 0;
    }
    used += cost(r);
  }
  if (rowItems.length > 0 || ranges.length === 0) ranges.push({ from, to: rowItems.length });

  return ranges.map(({ from, to }) => {
    const positions = rowItems.slice(from, to);
    const ids = positions.map((k) => plan.items[k]!.id);
    const onPage = planPart(plan, { items: ids });
    let hiddenUnits = 0;
    let drawn = onPage;
    if (onPage.units.length > columns) {
      const kept = new Set(busiestFirst(workload(incidence(onPage))).slice(0, columns));
      hiddenUnits = onPage.units.length - kept.size;
      const units = onPage.units.filter((_, k) => kept.has(k)).map((u) => u.id);
      drawn = planPart(plan, { items: ids, units });
    }
    return {
      plan: drawn,
      first: positions.length > 0 ? Math.min(...positions) + 1 : 0,
      last: positions.length > 0 ? Math.max(...positions) + 1 : 0,
      hiddenUnits,
    };
  });
}
