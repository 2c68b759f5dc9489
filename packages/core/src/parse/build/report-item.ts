import { excerpt, quote, report, type ParseContext } from '../parse-context.js';
import type { ItemUnit } from '../roles/item-units.js';
import type { SplitNote } from '../units/split-unit-list.js';

/**
 * Reports what a reader should check about one item: a clause that named no
 * unit, very many units, names split because they ran together, and names that
 * could not be split with confidence.
 */
export function reportItem(
  ctx: ParseContext,
  title: string,
  found: { units: ItemUnit[]; notes: { at: number; note: SplitNote }[] },
  clauseAt: number,
  labelAt: number,
  manyUnits: number,
): void {
  if (found.units.length === 0) {
    report(
      ctx,
      'warning',
      'parse/no-units',
      `item ${quote(title)} has a responsibility clause but no unit could be read from it; check the clause.`,
      clauseAt,
      { title: excerpt(title) },
    );
  }
  if (found.units.length > manyUnits) {
    report(
      ctx,
      'warning',
      'parse/too-many-units',
      `item ${quote(title)} lists ${found.units.length} units; this is probably a misread clause, check its separators.`,
      labelAt,
      { title: excerpt(title), count: found.units.length },
    );
  }
  for (const { at, note } of found.notes) {
    if (note.kind === 'run-together') {
      report(
        ctx,
        'info',
        'parse/run-together-split',
        `${quote(note.text)} was read as several units written together; check the split.`,
        at,
        { text: excerpt(note.text) },
      );
    } else {
      report(
        ctx,
        'warning',
        'parse/unsplit-clause',
        `${quote(note.text)} does not read as one unit name and could not be split with confidence; check the separators.`,
        at,
        { text: excerpt(note.text) },
      );
    }
  }
}
