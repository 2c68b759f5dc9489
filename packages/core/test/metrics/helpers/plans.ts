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
