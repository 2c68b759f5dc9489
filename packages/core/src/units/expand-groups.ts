import { diagnostic, type Diagnostic, type Read } from '../model/diagnostic.js';
import type { Assignment, Plan, Unit } from '../model/plan.js';
import { guessUnitKind } from './guess-unit-kind.js';
import { isGroup } from './is-group.js';
import { normalizeUnitName } from '../model/normalize-unit-name.js';

/**
 * Replaces each group unit whose members are known (`各街镇` → its 13 sub-districts
 * and towns) by its members: every assignment to the group becomes one assignment
 * per member, with the same role, `raw` kept as the group's name as written and
 * `group` set to the group's id. Members that are already units of the plan are
 * reused; others are added (ids `g1`, `g2` …, kind guessed from the name).
 *
 * Use it for the "groups expanded" reading of workload: each sub-district then
 * carries every item given to 各街镇. Groups without known members stay as one
 * unit and are reported (`units/group-without-members`). An item that names both
 * a group and one of its members gets that member once.
 */
export function expandGroups(plan: Plan): Read<Plan> {
  const diagnostics: Diagnostic[] = [];
  const units: Unit[] = [];
  const idByName = new Map<string, string>();
  for (const unit of plan.units) idByName.set(normalizeUnitName(unit.name), unit.id);
  const membersOf = new Map<string, string[]>();
  let added = 0;
  const memberUnits: Unit[] = [];
  for (const unit of plan.units) {
    if (!isGroup(unit)) {
      units.push(unit);
      continue;
    }
    const members = unit.members ?? [];
    if (members.length === 0) {
      diagnostics.push(
        diagnostic(
          'warning',
          'units/group-without-members',
          `expandGroups: the members of ${unit.name} are not known; it is counted as one unit. Add them to the directory to expand it.`,
          {
            field: `units.${unit.id}`,
          },
          { unit: unit.name },
        ),
      );
      units.push(unit);
      continue;
    }
    const ids: string[] = [];
    for (const member of members) {
      const name = normalizeUnitName(member);
      let id = idByName.get(name);
      if (id === undefined) {
        id = `g${++added}`;
        idByName.set(name, id);
        memberUnits.push({ id, name, kind: guessUnitKind(name) });
      }
      ids.push(id);
    }
    membersOf.set(unit.id, ids);
  }
  const nameOf = new Map(plan.units.map((u) => [u.id, u.name]));
  const pair = (item: string, unit: string) => `${item}\u0000${unit}`;
  // A member named on its own keeps its own assignment and role.
  const direct = new Set(
    plan.assignments.filter((a) => !membersOf.has(a.unit)).map((a) => pair(a.item, a.unit)),
  );
  const seen = new Set<string>();
  const assignments: Assignment[] = [];
  for (const a of plan.assignments) {
    const members = membersOf.get(a.unit);
    if (!members) {
      assignments.push(a);
      continue;
    }
    const raw = a.raw ?? nameOf.get(a.unit);
    for (const unit of members) {
      const key = pair(a.item, unit);
      if (direct.has(key) || seen.has(key)) continue;
      seen.add(key);
      const expanded: Assignment = { ...a, unit, group: a.unit };
      if (raw !== undefined) expanded.raw = raw;
      assignments.push(expanded);
    }
  }
  return { value: { ...plan, units: [...units, ...memberUnits], assignments }, diagnostics };
}
