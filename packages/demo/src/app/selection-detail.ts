import type { ItemReport, UnitReport } from '@remit/core';
import { graphNodeKeys } from '@remit/core/metrics';
import type { Item, Role, Section, Unit } from '@remit/core/model';
import type { Selection } from '@remit/widgets';
import type { PlanInsight } from './plan-insight.js';

/** A unit's or an item's role on the other side of an assignment. */
export interface RoleOf {
  role: Role;
  inferred: boolean;
  /** the group this assignment came through when groups are expanded (`各街镇`), as written */
  via?: string;
}

export interface UnitDetail {
  kind: 'unit';
  unit: Unit;
  row: UnitReport | undefined;
  items: (RoleOf & { item: Item })[];
  /** units sharing items with this one, most shared first (ties in unit order) */
  partners: { unit: Unit; shared: number }[];
}

export interface ItemDetail {
  kind: 'item';
  item: Item;
  row: ItemReport | undefined;
  section: Section | undefined;
  units: (RoleOf & { unit: Unit })[];
}

/**
 * What the detail panel shows for the selection: looked up in the plan's
 * incidence index and core's co-responsibility graph (no counting of its own).
 * `undefined` when nothing is selected or the id is not in the plan.
 */
export function selectionDetail(
  insight: PlanInsight,
  selection: Selection | null,
): UnitDetail | ItemDetail | undefined {
  if (!selection) return undefined;
  const { inc, report, graph } = insight;
  if (selection.kind === 'unit') {
    const u = inc.unitIndex.get(selection.id);
    if (u === undefined) return undefined;
    const items = new Map<number, RoleOf>();
    for (const k of inc.byUnit[u] ?? []) {
      const a = inc.assignments[k]!;
      const i = inc.itemOf[k]!;
      const known = items.get(i);
      // A unit listed twice on one item: a written lead wins over anything else.
      if (!known || (a.role === 'lead' && (known.role !== 'lead' || known.inferred))) {
        const role: RoleOf = { role: a.role, inferred: a.role === 'lead' && a.inferred === true };
        // an expanded group leaves its id in `group` and its name as written in `raw`
        if (a.group !== undefined) role.via = a.raw ?? a.group;
        items.set(i, role);
      }
    }
    const partners: UnitDetail['partners'] = [];
    const key = graphNodeKeys(inc.units.map((unit) => unit.id))[u]!;
    if (graph.hasNode(key)) {
      graph.forEachEdge(key, (_edge, tie, _s, _t, sa, ta) => {
        const other = sa.id === selection.id ? ta.id : sa.id;
        const p = inc.unitIndex.get(other);
        if (p !== undefined) partners.push({ unit: inc.units[p]!, shared: tie.weight });
      });
    }
    partners.sort(
      (a, b) =>
        b.shared - a.shared || inc.unitIndex.get(a.unit.id)! - inc.unitIndex.get(b.unit.id)!,
    );
    return {
      kind: 'unit',
      unit: inc.units[u]!,
      row: report.units.find((r) => r.id === selection.id),
      items: [...items].sort(([a], [b]) => a - b).map(([i, r]) => ({ item: inc.items[i]!, ...r })),
      partners,
    };
  }
  const i = inc.itemIndex.get(selection.id);
  if (i === undefined) return undefined;
  const item = inc.items[i]!;
  const units = new Map<number, RoleOf>();
  for (const k of inc.byItem[i] ?? []) {
    const a = inc.assignments[k]!;
    const u = inc.unitOf[k]!;
    const known = units.get(u);
    if (!known || (a.role === 'lead' && (known.role !== 'lead' || known.inferred))) {
      units.set(u, { role: a.role, inferred: a.role === 'lead' && a.inferred === true });
    }
  }
  return {
    kind: 'item',
    item,
    row: report.items.find((r) => r.id === selection.id),
    section: insight.plan.sections?.find((s) => s.id === item.section),
    units: [...units].map(([u, r]) => ({ unit: inc.units[u]!, ...r })),
  };
}
