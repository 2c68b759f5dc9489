import type { Section } from '../plan.js';
import { claimId } from './claim-id.js';
import type { Draft } from './draft.js';
import { eachRecord } from './each-record.js';
import { readId, readText } from './read-scalars.js';
import { ODD_KEYS, RecordShape } from './record-shape.js';
import { splitSectionTitle } from './split-section-title.js';

const SECTION = new RecordShape(['id', 'title', 'label', 'parent']);
const ID = SECTION.bit('id');
const TITLE = SECTION.bit('title');
const LABEL = SECTION.bit('label');
const PARENT = SECTION.bit('parent');

/** Reads `sections`; parents are resolved by `resolveSectionParents` once all are known. */
export function readSections(draft: Draft, list: unknown): Map<Section, string> {
  const parents = new Map<Section, string>();
  const { ck } = draft;
  // plans hold a few dozen sections: no fast path
  eachRecord(ck, list, 'sections', (record, index) => {
    const at = `sections[${index}]`;
    const seen = SECTION.scan(record);
    if ((seen & ODD_KEYS) !== 0) SECTION.reportKeys(ck, record, at);
    const idValue = seen & ID ? record['id'] : undefined;
    const titleValue = seen & TITLE ? record['title'] : undefined;
    const labelValue = seen & LABEL ? record['label'] : undefined;
    const parentValue = seen & PARENT ? record['parent'] : undefined;
    const id = claimId(ck, draft.sectionIds, readId(ck, idValue, `${at}.id`), at, 'section');
    let title = readText(ck, titleValue, `${at}.title`);
    if (title === undefined) {
      ck.report(
        'error',
        'plan/missing-field',
        'the section has no title; give it one.',
        `${at}.title`,
        { missing: 'section-title' },
      );
      title = '';
    }
    const section: Section = { id, title };
    const label = readText(ck, labelValue, `${at}.label`);
    if (label !== undefined) section.label = label;
    const parent = readId(ck, parentValue, `${at}.parent`);
    if (parent !== undefined) parents.set(section, `${at}.parent`);
    if (parent !== undefined) section.parent = parent;
    draft.sections.push(section);
    if (!draft.sectionByTitle.has(title)) draft.sectionByTitle.set(title, id);
  });
  return parents;
}

/** Drops parents that name no section, with a warning. */
export function resolveSectionParents(draft: Draft, parents: Map<Section, string>): void {
  for (const [section, at] of parents) {
    if (section.parent !== undefined && draft.sectionIds.has(section.parent)) continue;
    draft.ck.report(
      'warning',
      'plan/unknown-section',
      `no section has the id "${section.parent}"; the parent is dropped.`,
      at,
      { section: String(section.parent), in: 'parent' },
    );
    delete section.parent;
  }
}

/**
 * The section id an item's `section` value points at: a section id, else the
 * title of a section (made on first sight, as the nested answer files name
 * sections by heading). Making one is reported when the input listed sections.
 */
export function sectionFor(draft: Draft, value: string, at: string): string {
  if (draft.sectionIds.has(value)) return value;
  const { label, title } = splitSectionTitle(value);
  const known = draft.sectionByTitle.get(value) ?? draft.sectionByTitle.get(title);
  if (known !== undefined) return known;
  const id = draft.sectionIds.fresh();
  draft.sections.push(label === undefined ? { id, title } : { id, title, label });
  draft.sectionByTitle.set(value, id);
  if (draft.sectionsGiven) {
    draft.ck.report(
      'warning',
      'plan/unknown-section',
      `no section has the id "${value}"; made section ${id} titled "${title}".`,
      at,
      { section: value, in: 'item', id, title },
    );
  }
  return id;
}
