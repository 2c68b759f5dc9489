import type { UnitComparison } from './types.js';

/**
 * The units of a comparison by how much they changed: largest change in items
 * first (a gain or a loss), then largest change in written leads, then most
 * items after; ties keep the comparison's order. Every view and sentence that
 * names "the unit that changed most" takes the first of this order. Returns
 * positions in `units`.
 *
 * A side where the unit is absent counts 0 items (a new unit gains all of its
 * items, a dropped one loses all of its items).
 *
 * @example unitsByChange(comparison.units)[0] // the unit that changed most
 */
export function unitsByChange(units: readonly UnitComparison[]): number[] {
  const keyed = units.map((unit, index) => {
    const before = unit.before.length > 0 ? unit.counts.before.items : 0;
    const after = unit.after.length > 0 ? unit.counts.after.items : 0;
    return {
      index,
      change: Math.abs(after - before),
      lead: Math.abs(unit.counts.after.lead - unit.counts.before.lead),
      after,
    };
  });
  keyed.sort(
    (a, b) => b.change - a.change || b.lead - a.lead || b.after - a.after || a.index - b.index,
  );
  return keyed.map((k) => k.index);
}

/** A unit's change in items, after − before (an absent side counts 0). */
export function itemChange(unit: UnitComparison): number {
  const before = unit.before.length > 0 ? unit.counts.before.items : 0;
  const after = unit.after.length > 0 ? unit.counts.after.items : 0;
  return after - before;
}
