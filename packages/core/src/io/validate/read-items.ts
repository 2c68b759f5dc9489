import type { Item } from '../../model/plan.js';
import { claimId } from './claim-id.js';
import type { Draft } from './draft.js';
import { eachRecord } from './each-record.js';
import { readItemUnits } from './read-item-units.js';
import { sectionFor } from './read-sections.js';
import { readId, readLine, readText } from './read-scalars.js';

const ITEM_KEYS = ['id', 'title', 'label', 'section', 'text', 'deadline', 'line', 'units'];

/**
 * Reads `items`. An item that lists its own `units` (the nested shape) has
 * them turned into units and assignments; such items may go without ids.
 * Returns whether any item did.
 */
export function readItems(draft: Draft, list: unknown): boolean {
  const { ck } = draft;
  let anyNested = false;
  eachRecord(
    ck,
    list,
    'items',
    (record, at) => {
      const f = ck.fields(record, at, ITEM_KEYS, ['note']);
      const nested = f.has('units');
      anyNested ||= nested;
      const written = readId(ck, f.get('id'), `${at}.id`);
      const id = claimId(ck, draft.itemIds, written, at, 'item', nested);
      let title = readText(ck, f.get('title'), `${at}.title`);
      if (title === undefined) {
        ck.report(
          'error',
          'plan/missing-field',
          'the item has no title; give it one.',
          `${at}.title`,
        );
        title = '';
      }
      const item: Item = { id, title };
      const label = readText(ck, f.get('label'), `${at}.label`);
      if (label !== undefined) item.label = label;
      const section = readText(ck, f.get('section'), `${at}.section`);
      if (section !== undefined && section !== '') {
        item.section = sectionFor(draft, section, `${at}.section`);
      }
      const text = readText(ck, f.get('text'), `${at}.text`);
      if (text !== undefined) item.text = text;
      const deadline = readText(ck, f.get('deadline'), `${at}.deadline`);
      if (deadline !== undefined) item.deadline = deadline;
      const line = readLine(ck, f.get('line'), `${at}.line`);
      if (line !== undefined) item.line = line;
      draft.items.push(item);
      if (nested) readItemUnits(draft, id, f.get('units'), `${at}.units`);
    },
    (text) => ({ title: text }),
  );
  return anyNested;
}
