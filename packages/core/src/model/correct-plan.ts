import { normalizeUnitName } from './normalize-unit-name.js';
import type { Correction } from './correction.js';
import type { DiagnosticCode } from './diagnostic-code.js';
import { diagnostic, type Diagnostic, type Read } from './diagnostic.js';
import type { Assignment, Plan, Role, Unit } from './plan.js';

/** The codes `correctPlan` refuses a request with. */
type CorrectCode = Extract<DiagnosticCode, `correct/${string}`>;

/** A correction asked for, before it is checked and recorded. */
export type CorrectionRequest =
  | { kind: 'item-title'; item: string; title: string }
  | { kind: 'add-unit'; item: string; name: string; role: Role }
  | { kind: 'remove-unit'; item: string; unit: string }
  | { kind: 'set-role'; item: string; unit: string; role: Role }
  | { kind: 'rename-unit'; unit: string; name: string }
  | { kind: 'merge-units'; unit: string; into: string }
  | { kind: 'dismiss-alias'; a: string; b: string };

/**
 * Applies one correction to a plan and records it (see `Correction`): a new
 * plan, the old one untouched (records that do not change are shared), with
 * the correction appended to `corrections`. A request that cannot apply (an
 * item or unit the plan lacks, an empty title or name, a change that changes
 * nothing) leaves the plan as it is and says why in a diagnostic.
 *
 * - `add-unit` names the unit: a unit of that name is reused, else a unit is
 *   added (id `c1`, `c2` …). A unit already on the item is not added twice.
 * - `remove-unit` takes every assignment of the unit on the item off.
 * - `set-role` makes the unit's role on the item written (`inferred` cleared).
 * - `rename-unit` renames the unit everywhere; the name is normalised as the
 *   readers normalise names, and assignments keep the name each item wrote
 *   (`raw`), so the original reading stays visible.
 * - `merge-units` moves the assignments of `unit` to `into` (one per item; a
 *   lead wins) and removes `unit`.
 *
 * @example correctPlan(plan, { kind: 'set-role', item: 'i3', unit: 'u2', role: 'lead' }).value
 */
export function correctPlan(
  plan: Plan,
  request: CorrectionRequest,
  at: Date = new Date(),
): Read<Plan> {
  const refused = (code: CorrectCode, message: string, args: Diagnostic['args']): Read<Plan> => ({
    value: plan,
    diagnostics: [diagnostic('warning', code, `correctPlan: ${message}`, {}, args)],
  });
  const itemOf = (id: string) => plan.items.find((i) => i.id === id);
  const unitOf = (id: string) => plan.units.find((u) => u.id === id);
  const record = (c: Omit<Correction, 'at'>, changes: Partial<Plan>): Read<Plan> => ({
    value: {
      ...plan,
      ...changes,
      corrections: [...(plan.corrections ?? []), { ...c, at: at.toISOString() }],
    },
    diagnostics: [],
  });
  const unknown = (what: 'item' | 'unit', id: string) =>
    refused('correct/unknown', `the plan has no ${what} ${id}; nothing was changed.`, { what, id });
  const unchanged = () =>
    refused('correct/no-change', `this changes nothing; nothing was recorded.`, {
      kind: request.kind,
    });

  switch (request.kind) {
    case 'item-title': {
      const item = itemOf(request.item);
      if (!item) return unknown('item', request.item);
      const title = request.title.trim();
      if (title === '')
        return refused('correct/empty', 'an item needs a title; nothing was changed.', {
          what: 'title',
        });
      if (title === item.title) return unchanged();
      return record(
        { kind: 'item-title', item: item.id, before: item.title, after: title },
        { items: plan.items.map((i) => (i === item ? { ...i, title } : i)) },
      );
    }
    case 'add-unit': {
      const item = itemOf(request.item);
      if (!item) return unknown('item', request.item);
      const name = normalizeUnitName(request.name);
      if (name === '')
        return refused('correct/empty', 'a unit needs a name; nothing was changed.', {
          what: 'name',
        });
      let unit = plan.units.find((u) => u.name === name);
      let units = plan.units;
      if (!unit) {
        unit = { id: freeId(plan.units, 'c'), name };
        units = [...plan.units, unit];
      } else if (plan.assignments.some((a) => a.item === item.id && a.unit === unit!.id)) {
        return refused('correct/already-on', `${name} is already on this item.`, { name });
      }
      const assignment: Assignment = { item: item.id, unit: unit.id, role: request.role };
      return record(
        { kind: 'add-unit', item: item.id, unit: unit.id, after: `${name} ${request.role}` },
        { units, assignments: [...plan.assignments, assignment] },
      );
    }
    case 'remove-unit': {
      const item = itemOf(request.item);
      if (!item) return unknown('item', request.item);
      const unit = unitOf(request.unit);
      if (!unit) return unknown('unit', request.unit);
      const on = plan.assignments.filter((a) => a.item === item.id && a.unit === unit.id);
      if (on.length === 0) return unchanged();
      return record(
        {
          kind: 'remove-unit',
          item: item.id,
          unit: unit.id,
          before: `${unit.name} ${roleText(on)}`,
        },
        { assignments: plan.assignments.filter((a) => !on.includes(a)) },
      );
    }
    case 'set-role': {
      const item = itemOf(request.item);
      if (!item) return unknown('item', request.item);
      const unit = unitOf(request.unit);
      if (!unit) return unknown('unit', request.unit);
      const on = plan.assignments.filter((a) => a.item === item.id && a.unit === unit.id);
      if (on.length === 0) return unknown('unit', request.unit);
      const before = roleText(on);
      if (before === request.role) return unchanged();
      let kept = false;
      const assignments: Assignment[] = [];
      for (const a of plan.assignments) {
        if (!on.includes(a)) assignments.push(a);
        else if (!kept) {
          kept = true;
          const next: Assignment = { ...a, role: request.role };
          delete next.inferred;
          assignments.push(next);
        }
      }
      return record(
        { kind: 'set-role', item: item.id, unit: unit.id, before, after: request.role },
        { assignments },
      );
    }
    case 'rename-unit': {
      const unit = unitOf(request.unit);
      if (!unit) return unknown('unit', request.unit);
      const name = normalizeUnitName(request.name);
      if (name === '')
        return refused('correct/empty', 'a unit needs a name; nothing was changed.', {
          what: 'name',
        });
      if (name === unit.name) return unchanged();
      const other = plan.units.find((u) => u.name === name && u !== unit);
      if (other)
        return refused(
          'correct/name-taken',
          `${name} is the name of another unit; merge the two instead.`,
          { name },
        );
      return record(
        { kind: 'rename-unit', unit: unit.id, before: unit.name, after: name },
        {
          units: plan.units.map((u) => (u === unit ? { ...u, name } : u)),
          // the name each item wrote stays in `raw`
          assignments: plan.assignments.map((a) =>
            a.unit === unit.id && a.raw === undefined ? { ...a, raw: unit.name } : a,
          ),
        },
      );
    }
    case 'merge-units': {
      const from = unitOf(request.unit);
      if (!from) return unknown('unit', request.unit);
      const into = unitOf(request.into);
      if (!into) return unknown('unit', request.into);
      if (from === into) return unchanged();
      const byItem = new Map<string, Assignment>();
      const assignments: Assignment[] = [];
      for (const a of plan.assignments) {
        if (a.unit !== from.id && a.unit !== into.id) {
          assignments.push(a);
          continue;
        }
        const moved: Assignment =
          a.unit === from.id ? { ...a, unit: into.id, raw: a.raw ?? from.name } : a;
        const known = byItem.get(a.item);
        if (!known) {
          byItem.set(a.item, moved);
          assignments.push(moved);
        } else if (moved.role === 'lead' && (known.role !== 'lead' || known.inferred)) {
          // one assignment per item: a lead wins, a written one over an inferred one
          assignments[assignments.indexOf(known)] = moved;
          byItem.set(a.item, moved);
        }
      }
      const merged: Unit = { ...into, aliases: [...new Set([...(into.aliases ?? []), from.name])] };
      return record(
        { kind: 'merge-units', unit: into.id, before: from.name, after: into.name },
        {
          units: plan.units.filter((u) => u !== from).map((u) => (u === into ? merged : u)),
          assignments,
        },
      );
    }
    case 'dismiss-alias': {
      const a = normalizeUnitName(request.a);
      const b = normalizeUnitName(request.b);
      if (a === '' || b === '' || a === b) return unchanged();
      if (dismissedAliases(plan).has(pairKey(a, b))) return unchanged();
      return record({ kind: 'dismiss-alias', before: a, after: b }, {});
    }
  }
}

/** The pairs of names a person judged to be two units (`dismiss-alias`), as `pairKey`s. */
export function dismissedAliases(plan: Plan): Set<string> {
  return new Set(
    (plan.corrections ?? [])
      .filter((c) => c.kind === 'dismiss-alias' && c.before && c.after)
      .map((c) => pairKey(c.before!, c.after!)),
  );
}

/** A pair of names in either order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** A unit's role on an item as a correction writes it: `member`, `lead` or `lead inferred`. */
function roleText(on: readonly Assignment[]): string {
  const lead =
    on.find((a) => a.role === 'lead' && !a.inferred) ?? on.find((a) => a.role === 'lead');
  if (!lead) return 'member';
  return lead.inferred ? 'lead inferred' : 'lead';
}

/** The first id `prefix1`, `prefix2` … that no unit has. */
function freeId(units: readonly Unit[], prefix: string): string {
  const taken = new Set(units.map((u) => u.id));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
