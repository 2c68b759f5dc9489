import type { Item } from '../plan.js';
import { claimId } from './claim-id.js';
import { isPlainText } from './clean-field-text.js';
import type { Draft } from './draft.js';
import { eachRecord } from './each-record.js';
import { readItemUnits } from './read-item-units.js';
import { sectionFor } from './read-sections.js';
import { readId, readLine, readText } from './read-scalars.js';
import { ODD_KEYS, RecordShape } from './record-shape.js';

const ITEM = new RecordShape(
  ['id', 'title', 'label', 'section', 'text', 'deadline', 'line', 'units'],
  ['note'],
);
const ID = ITEM.bit('id');
const TITLE = ITEM.bit('title');
const LABEL = ITEM.bit('label');
const SECTION = ITEM.bit('section');
const TEXT = ITEM.bit('text');
const DEADLINE = ITEM.bit('deadline');
const LINE = ITEM.bit('line');
const UNITS = ITEM.bit('units');

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
    (record, index) => {
      const seen = ITEM.scan(record);
      const nested = (seen & UNITS) !== 0;
      anyNested ||= nested;
      const values = [
        seen & ID ? record['id'] : undefined,
        seen & TITLE ? record['title'] : undefined,
        seen & LABEL ? record['label'] : undefined,
        seen & SECTION ? record['section'] : undefined,
        seen & TEXT ? record['text'] : undefined,
        seen & DEADLINE ? record['deadline'] : undefined,
        seen & LINE ? record['line'] : undefined,
      ];
      const units = nested ? record['units'] : undefined;
      let id = readPlainItem(draft, values, seen);
      if (id === undefined) {
        const at = `items[${index}]`;
        if ((seen & ODD_KEYS) !== 0) ITEM.reportKeys(ck, record, at);
        id = readItem(draft, values, nested, at);
      }
      if (nested) readItemUnits(draft, id, units, `items[${index}].units`);
    },
    (text) => ({ title: text }),
  );
  return anyNested;
}

function isOptionalText(value: unknown): value is string | undefined {
  return value === undefined || isPlainText(value);
}

/**
 * Fast path: adds the item and returns its id when every field is as
 * `readItem` would keep it without a word, so no field path is built;
 * otherwise changes nothing and returns `undefined`.
 */
function readPlainItem(draft: Draft, values: unknown[], seen: number): string | undefined {
  const [id, title, label, section, text, deadline, line] = values;
  if ((seen & ODD_KEYS) !== 0) return undefined;
  // without an id, only a nested item gets a fresh one silently
  if (id === undefined ? (seen & UNITS) === 0 : !isFreeId(draft, id)) return undefined;
  if (
    isPlainText(title) &&
    isOptionalText(label) &&
    isOptionalText(section) &&
    (section === undefined || section === '' || draft.sectionIds.has(section)) &&
    isOptionalText(text) &&
    isOptionalText(deadline) &&
    (line === undefined || (typeof line === 'number' && Number.isInteger(line) && line >= 1))
  ) {
    const claimed = typeof id === 'string' ? draft.itemIds.claim(id) : draft.itemIds.fresh();
    const item: Item = { id: claimed, title };
    if (label !== undefined) item.label = label;
    if (section !== undefined && section !== '') item.section = section;
    if (text !== undefined) item.text = text;
    if (deadline !== undefined) item.deadline = deadline;
    if (line !== undefined) item.line = line;
    draft.items.push(item);
    return claimed;
  }
  return undefined;
}

/** A written id kept as it is: plain, not empty, held by no item yet. */
function isFreeId(draft: Draft, id: unknown): id is string {
  return isPlainText(id) && id !== '' && !draft.itemIds.has(id);
}

/** One item, field by field, reporting what is wrong with it; returns its id. */
function readItem(draft: Draft, values: unknown[], nested: boolean, at: string): string {
  const { ck } = draft;
  const [idValue, titleValue, labelValue, sectionValue, textValue, deadlineValue, lineValue] =
    values;
  const written = readId(ck, idValue, `${at}.id`);
  const id = claimId(ck, draft.itemIds, written, at, 'item', nested);
  let title = readText(ck, titleValue, `${at}.title`);
  if (title === undefined) {
    ck.report('error', 'plan/missing-field', 'the item has no title; give it one.', `${at}.title`, {
      missing: 'item-title',
    });
    title = '';
  }
  const item: Item = { id, title };
  const label = readText(ck, labelValue, `${at}.label`);
  if (label !== undefined) item.label = label;
  const section = readText(ck, sectionValue, `${at}.section`);
  if (section !== undefined && section !== '') {
    item.section = sectionFor(draft, section, `${at}.section`);
  }
  const text = readText(ck, textValue, `${at}.text`);
  if (text !== undefined) item.text = text;
  const deadline = readText(ck, deadlineValue, `${at}.deadline`);
  if (deadline !== undefined) item.deadline = deadline;
  const line = readLine(ck, lineValue, `${at}.line`);
  if (line !== undefined) item.line = line;
  draft.items.push(item);
  return id;
}
