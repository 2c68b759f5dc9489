import type { Plan, Unit } from '../model/plan.js';
import type { UnitPairing } from './match-units.js';
import type { ItemMatch, UnitComparison, UnitItemChange, UnitRoleCounts } from './types.js';

/** On one side: for each unit id, its items and whether it is a written lead of each. */
type RolesByUnit = Map<string, Map<string, boolean>>;

/**
 * Follows each matched unit across the item matches. For one unit u and one
 * item match m (items B before, A after):
 * - on(u, B) = u is on some item of B; lead(u, B) = u is a written lead of some item of B;
 * - added   when ¬on(u, B) ∧ on(u, A)   (a `new` item has B = ∅);
 * - removed when on(u, B) ∧ ¬on(u, A)   (a `dropped` item has A = ∅);
 * - leadGained when on(u, B) ∧ on(u, A) ∧ ¬lead(u, B) ∧ lead(u, A); leadLost the reverse.
 *
 * Each change lists the items of B and A that carry the unit. Counts are of
 * distinct items, leads written ones only (an inferred lead counts as member),
 * as in `workload`. A unit that is two units of one side (two names of one
 * directory entry) counts an item once.
 */
export function unitComparisons(
  pairings: readonly UnitPairing[],
  matches: readonly ItemMatch[],
  before: Plan,
  after: Plan,
): UnitComparison[] {
  const rolesBefore = rolesByUnit(before);
  const rolesAfter = rolesByUnit(after);
  const matchOfBefore = new Map<string, number>();
  const matchOfAfter = new Map<string, number>();
  matches.forEach((m, i) => {
    for (const item of m.before) matchOfBefore.set(item.id, i);
    for (const item of m.after) matchOfAfter.set(item.id, i);
  });
  return pairings.map((pairing) => {
    const roleBefore = merged(pairing.before, rolesBefore);
    const roleAfter = merged(pairing.after, rolesAfter);
    const touched = new Map<number, { before: string[]; after: string[] }>();
    const touch = (match: number | undefined) => {
      if (match === undefined) return undefined;
      let t = touched.get(match);
      if (t === undefined) touched.set(match, (t = { before: [], after: [] }));
      return t;
    };
    for (const item of roleBefore.keys()) touch(matchOfBefore.get(item))?.before.push(item);
    for (const item of roleAfter.keys()) touch(matchOfAfter.get(item))?.after.push(item);
    const changes: UnitComparison['changes'] = {
      added: [],
      removed: [],
      leadGained: [],
      leadLost: [],
    };
    for (const [match, t] of [...touched].sort((x, y) => x[0] - y[0])) {
      const change: UnitItemChange = { match, before: t.before, after: t.after };
      if (t.before.length === 0) changes.added.push(change);
      else if (t.after.length === 0) changes.removed.push(change);
      else {
        const leadBefore = t.before.some((i) => roleBefore.get(i));
        const leadAfter = t.after.some((i) => roleAfter.get(i));
        if (!leadBefore && leadAfter) changes.leadGained.push(change);
        else if (leadBefore && !leadAfter) changes.leadLost.push(change);
      }
    }
    const shown = pairing.after[0] ?? pairing.before[0]!;
    const comparison: UnitComparison = {
      kind: pairing.kind,
      name: shown.name,
      before: pairing.before.map(unitRef),
      after: pairing.after.map(unitRef),
      counts: { before: counts(roleBefore), after: counts(roleAfter) },
      changes,
    };
    if (pairing.canonical !== undefined) comparison.canonical = pairing.canonical;
    if (pairing.reason !== undefined) comparison.reason = pairing.reason;
    return comparison;
  });
}

function rolesByUnit(plan: Plan): RolesByUnit {
  const items = new Set(plan.items.map((i) => i.id));
  const roles: RolesByUnit = new Map();
  for (const a of plan.assignments) {
    if (!items.has(a.item)) continue;
    let forUnit = roles.get(a.unit);
    if (forUnit === undefined) roles.set(a.unit, (forUnit = new Map()));
    const lead = a.role === 'lead' && a.inferred !== true;
    forUnit.set(a.item, (forUnit.get(a.item) ?? false) || lead);
  }
  return roles;
}

/** Item → written lead, over the units of one side of a pairing. */
function merged(units: readonly Unit[], roles: RolesByUnit): Map<string, boolean> {
  if (units.length === 1) return roles.get(units[0]!.id) ?? new Map();
  const all = new Map<string, boolean>();
  for (const unit of units)
    for (const [item, lead] of roles.get(unit.id) ?? [])
      all.set(item, (all.get(item) ?? false) || lead);
  return all;
}

function counts(roles: ReadonlyMap<string, boolean>): UnitRoleCounts {
  let lead = 0;
  for (const isLead of roles.values()) if (isLead) lead++;
  return { items: roles.size, lead, member: roles.size - lead };
}

function unitRef(unit: Unit): { id: string; name: string } {
  return { id: unit.id, name: unit.name };
}
