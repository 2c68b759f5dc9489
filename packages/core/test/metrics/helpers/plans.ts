import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { incidence, type Incidence } from '../../../src/model/incidence.js';
import type { Assignment, Plan } from '../../../src/model/plan.js';

/** The founding plan: 徐汇区 2020 法治政府建设工作要点 (17 items, 15 units, 45 assignments). */
export function foundingPlan(): Plan {
  const url = new URL('../../../data/xuhui-2020-fazhi.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Plan;
}

export function founding(): Incidence {
  return incidence(foundingPlan());
}

/**
 * A small plan from rows `item id → unit ids`; a unit id ending in `*` is a
 * written lead, in `?` an inferred lead. Units are listed in order of first
 * mention, then `extraUnits`.
 */
export function smallPlan(rows: Record<string, string[]>, extraUnits: string[] = []): Plan {
  const units: string[] = [];
  const assignments: Assignment[] = [];
  for (const [item, list] of Object.entries(rows)) {
    for (const entry of list) {
      const id = entry.replace(/[*?]$/u, '');
      if (!units.includes(id)) units.push(id);
      const a: Assignment = {
        item,
        unit: id,
        role: entry.endsWith('*') || entry.endsWith('?') ? 'lead' : 'member',
      };
      if (entry.endsWith('?')) a.inferred = true;
      assignments.push(a);
    }
  }
  for (const id of extraUnits) if (!units.includes(id)) units.push(id);
  return {
    items: Object.keys(rows).map((id) => ({ id, title: `item ${id}` })),
    units: units.map((id) => ({ id, name: `unit ${id}` })),
    assignments,
  };
}

export function small(rows: Record<string, string[]>, extraUnits: string[] = []): Incidence {
  return incidence(smallPlan(rows, extraUnits));
}

/**
 * A plan of `units` units and items naming units by position: repeated units
 * (one pair), units on no item, empty items, and `namingAll` items naming every
 * unit (a group expanded to its members) all occur.
 */
export function positionalPlan(units: number, rows: number[][], namingAll = 0): Plan {
  const assignments: Assignment[] = [];
  const items = rows.map((row, i) => {
    for (const u of row) {
      assignments.push({ item: `i${i}`, unit: `u${u % units}`, role: u % 3 ? 'member' : 'lead' });
    }
    return { id: `i${i}`, title: `item ${i}` };
  });
  for (let k = 0; k < namingAll; k++) {
    items.push({ id: `all${k}`, title: `all units ${k}` });
    for (let u = units - 1; u >= 0; u--) {
      assignments.push({ item: `all${k}`, unit: `u${u}`, role: 'member' });
    }
  }
  return {
    items,
    units: Array.from({ length: units }, (_, u) => ({ id: `u${u}`, name: `unit ${u}` })),
    assignments,
  };
}

/** Arguments of `positionalPlan`: 1–40 units, up to 30 items of up to 12 units, up to 2 naming all. */
export const positionalPlans = fc
  .integer({ min: 1, max: 40 })
  .chain((units) =>
    fc.tuple(
      fc.constant(units),
      fc.array(fc.array(fc.nat({ max: units * 2 }), { maxLength: 12 }), { maxLength: 30 }),
      fc.nat({ max: 2 }),
    ),
  );
