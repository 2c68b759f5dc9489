import { busiestFirst } from '@remit/core/metrics';
import { planPart, type Plan } from '@remit/core/model';

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
 * draws them (by section, sections in document order), as many
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
  const order = rowOrder(plan);
  // a heading row for each section on a page, when the matrix draws headings at all
  const headed = plan.items.some((i) => i.section !== undefined);
  const sectionSize = new Map<string | undefined, number>();
  for (const k of order) {
    const section = plan.items[k]!.section;
    sectionSize.set(section, (sectionSize.get(section) ?? 0) + 1);
  }

  const ranges: { from: number; to: number }[] = [];
  let from = 0;
  let used = 0;
  let section: string | undefined | null = null;
  order.forEach((k, r) => {
    const item = plan.items[k]!;
    const newSection = headed && item.section !== section;
    const need = newSection ? 2 : 1;
    const wholeSection = newSection ? 1 + sectionSize.get(item.section)! : 0;
    const full =
      used + need > rows ||
      (newSection && used + wholeSection > rows && used >= rows * BREAK_AT_SECTION);
    if (r > from && full) {
      ranges.push({ from, to: r });
      from = r;
      used = 0;
      section = null;
    }
    used += headed && item.section !== section ? 2 : 1;
    section = item.section;
  });
  if (order.length > 0 || ranges.length === 0) ranges.push({ from, to: order.length });

  return ranges.map(({ from, to }) => {
    const positions = order.slice(from, to);
    const ids = positions.map((k) => plan.items[k]!.id);
    const onPage = planPart(plan, { items: ids });
    let units = onPage.units;
    let hiddenUnits = 0;
    if (units.length > columns) {
      const items = new Map(units.map((u) => [u.id, new Set<string>()]));
      const leads = new Map(units.map((u) => [u.id, new Set<string>()]));
      for (const a of onPage.assignments) {
        items.get(a.unit)?.add(a.item);
        if (a.role === 'lead') leads.get(a.unit)?.add(a.item);
      }
      const loads = units.map((u) => ({
        items: items.get(u.id)!.size,
        lead: leads.get(u.id)!.size,
      }));
      const kept = new Set(busiestFirst(loads).slice(0, columns));
      hiddenUnits = units.length - kept.size;
      units = units.filter((_, k) => kept.has(k));
    }
    return {
      plan:
        hiddenUnits > 0 ? planPart(plan, { items: ids, units: units.map((u) => u.id) }) : onPage,
      first: positions.length > 0 ? Math.min(...positions) + 1 : 0,
      last: positions.length > 0 ? Math.max(...positions) + 1 : 0,
      hiddenUnits,
    };
  });
}

/**
 * Item positions in the order the matrix draws its rows: grouped by section,
 * sections in the order of their first item, items in document order within.
 */
function rowOrder(plan: Plan): number[] {
  const groups = new Map<string | undefined, number[]>();
  plan.items.forEach((item, k) => {
    let group = groups.get(item.section);
    if (!group) groups.set(item.section, (group = []));
    group.push(k);
  });
  return [...groups.values()].flat();
}
