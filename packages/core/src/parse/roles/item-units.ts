import { labelSense } from '../lexicon/field-words.js';
import type { Role } from '../../model/plan.js';
import { isNormalUnitName, normalizeUnitName } from '../../model/normalize-unit-name.js';
import type { Clause } from '../clause/clause.js';
import type { SourceText } from '../text/source-text.js';
import { splitUnitList, type SplitNote } from '../units/split-unit-list.js';

// names repeat from item to item; NFKC normalisation is worth remembering
const normalized = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

/** A unit of one item with its role, ready for the plan. */
export interface ItemUnit {
  /** the name as written, normalised (see `normalizeUnitName`) */
  name: string;
  role: Role;
  inferred: boolean;
  /** text index where the name starts */
  at: number;
}

export interface ItemUnitsOptions {
  /** index of the first statement that the first listed unit leads, if any */
  convention?: number;
  /** the `labelSense` of member labels that the document says lead (`findLeadLabels`) */
  leadLabels?: ReadonlySet<string>;
  inferLead: 'first' | 'none';
}

/**
 * The units of an item from its clauses, in order of appearance, each once
 * (a unit named twice keeps its first place and leads if either mention leads).
 * Roles: written leads lead; when none is written, the first unit leads if the
 * document's convention covers the clause, or (inferred) with `inferLead: 'first'`.
 * Also returns the deadline from the first deadline field and notes on splits.
 */
export function itemUnits(
  text: SourceText,
  clauses: readonly Clause[],
  options: ItemUnitsOptions,
): { units: ItemUnit[]; deadline?: string; notes: { at: number; note: SplitNote }[] } {
  const units: ItemUnit[] = [];
  const notes: { at: number; note: SplitNote }[] = [];
  let deadline: string | undefined;
  let covered = false;
  if (normalized.size > MAX_REMEMBERED) normalized.clear();
  // indexed loops: this runs for every item, and the engine made an iterator
  // object for each `for…of` here (several per item), work for the collector
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    if (options.convention !== undefined && clause.end > options.convention) covered = true;
    for (let k = 0; k < clause.fields.length; k++) {
      const field = clause.fields[k]!;
      const raw = text.raw.slice(field.start, field.end);
      if (field.kind === 'deadline') {
        deadline ??= cleanDeadline(raw);
        continue;
      }
      if (field.kind === 'person') continue;
      const key = text.key.slice(field.start, field.end);
      const role =
        field.kind === 'member' && options.leadLabels?.has(labelSense(field.label)) === true
          ? 'lead'
          : field.kind;
      const split = splitUnitList(raw, key, { role, table: clause.table === true });
      if (split.deadline !== undefined) deadline ??= cleanDeadline(split.deadline);
      for (let n = 0; n < split.notes.length; n++) {
        const note = split.notes[n]!;
        notes.push({ at: field.start + note.at, note });
      }
      for (let n = 0; n < split.units.length; n++) {
        const m = split.units[n]!;
        // most names are normal already: they need no look-up
        let name = isNormalUnitName(m.raw) ? m.raw : normalized.get(m.raw);
        if (name === undefined) {
          name = normalizeUnitName(m.raw);
          normalized.set(m.raw, name);
        }
        if (name === '') continue;
        // an item names a few units: a search is cheaper than a map per item
        let known: ItemUnit | undefined;
        for (let u = 0; u < units.length; u++) if (units[u]!.name === name) known = units[u];
        if (known) {
          if (m.role === 'lead') known.role = 'lead';
          continue;
        }
        const unit: ItemUnit = { name, role: m.role, inferred: false, at: field.start + m.at };
        units.push(unit);
      }
    }
  }
  const first = units[0];
  if (first && !units.some((u) => u.role === 'lead')) {
    if (covered) first.role = 'lead';
    else if (options.inferLead === 'first') {
      first.role = 'lead';
      first.inferred = true;
    }
  }
  return deadline ? { units, deadline, notes } : { units, notes };
}

function cleanDeadline(raw: string): string | undefined {
  const d = raw.replace(/^[\s:：]+|[\s。.;；,，、]+$/gu, '');
  return d === '' ? undefined : d;
}
