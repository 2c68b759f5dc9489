import { CORRECTION_KINDS, type Correction } from '../correction.js';
import type { Draft } from './draft.js';
import { eachRecord } from './each-record.js';
import { preview, readId, readText } from './read-scalars.js';
import { ODD_KEYS, RecordShape } from './record-shape.js';

const CORRECTION = new RecordShape(['kind', 'at', 'item', 'unit', 'before', 'after']);

/**
 * Reads `corrections` (see `Correction`). A record of an unknown kind or
 * without its time is skipped with a warning. A record that names an item or
 * unit the plan no longer has (the plan was edited elsewhere) is kept as a
 * record, with a warning that it no longer fits: nothing in the plan depends
 * on it, and the history stays whole. Run after items and units are read.
 */
export function readCorrections(draft: Draft, list: unknown): Correction[] {
  const { ck } = draft;
  const out: Correction[] = [];
  eachRecord(ck, list, 'corrections', (record, index) => {
    const at = `corrections[${index}]`;
    if ((CORRECTION.scan(record) & ODD_KEYS) !== 0) CORRECTION.reportKeys(ck, record, at);
    const kind = record['kind'];
    if (typeof kind !== 'string' || !(CORRECTION_KINDS as readonly string[]).includes(kind)) {
      ck.report(
        'warning',
        'plan/correction-kind',
        `a correction of unknown kind ${preview(kind)} was skipped; the kinds are ${CORRECTION_KINDS.join(', ')}.`,
        `${at}.kind`,
        { kind: preview(kind), kinds: [...CORRECTION_KINDS] },
      );
      return;
    }
    const time = readText(ck, record['at'], `${at}.at`);
    if (time === undefined || Number.isNaN(Date.parse(time))) {
      ck.report(
        'warning',
        'plan/correction-time',
        `a correction without a valid time (${preview(record['at'])}) was skipped.`,
        `${at}.at`,
        { found: preview(record['at']) },
      );
      return;
    }
    const correction: Correction = { kind: kind as Correction['kind'], at: time };
    const item = readId(ck, record['item'], `${at}.item`);
    const unit = readId(ck, record['unit'], `${at}.unit`);
    const before = readText(ck, record['before'], `${at}.before`);
    const after = readText(ck, record['after'], `${at}.after`);
    if (item !== undefined) correction.item = item;
    if (unit !== undefined) correction.unit = unit;
    if (before !== undefined) correction.before = before;
    if (after !== undefined) correction.after = after;
    const missing =
      item !== undefined && !draft.itemIds.has(item)
        ? { what: 'item', id: item }
        : unit !== undefined && !draft.unitIds.has(unit) && kind !== 'remove-unit'
          ? { what: 'unit', id: unit }
          : undefined;
    if (missing) {
      ck.report(
        'warning',
        'plan/correction-stale',
        `the correction names the ${missing.what} ${missing.id}, which the plan no longer has; it is kept as a record only.`,
        at,
        missing,
      );
    }
    out.push(correction);
  });
  return out;
}
