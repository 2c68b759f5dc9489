/** What the busiest-first order reads of a unit. */
export interface UnitLoad {
  /** distinct items the unit carries */
  items: number;
  /** items it leads by the document's own words */
  lead: number;
}

/**
 * The one order of units by workload, used wherever Remit ranks or names the
 * busiest units (summary cards, findings, captions, the workload chart, the
 * network's label priority): most items first, then most written leads, then
 * the given order (plan order). Returns the indexes of `units` in that order;
 * the sort is stable, so ties never depend on the sorting algorithm.
 *
 * @example busiestFirst([{ items: 2, lead: 0 }, { items: 2, lead: 1 }]) // [1, 0]
 */
export function busiestFirst(units: readonly UnitLoad[]): number[] {
  return units.map((_, k) => k).sort((a, b) => compareLoad(units[a]!, units[b]!) || a - b);
}

/** Negative when `a` comes before `b` in the busiest-first order, 0 for a tie. */
export function compareLoad(a: UnitLoad, b: UnitLoad): number {
  return b.items - a.items || b.lead - a.lead;
}
