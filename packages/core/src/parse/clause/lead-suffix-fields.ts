import { trailingRoleMarkerAt } from '../lexicon/role-markers.js';
import { endsSomeSuffix } from '../lexicon/unit-suffixes.js';
import { isUnitLike } from '../units/is-unit-like.js';
import { isUnitNameList } from '../units/is-unit-name-list.js';
import { splitUnitList } from '../units/split-unit-list.js';
import { isHan } from '../text/is-han.js';
import { isSpaceCode } from '../text/source-text.js';
import type { ClauseField } from './clause.js';

const MAX_CLAUSE = 600;
const MAX_NAME = 20;
// the longest phrase of names read before a role word (`市人口计生委,市公安局牵头`)
const MAX_NAME_LIST = 200;
const DEADLINE = /\d{4}年|\d{1,2}月|年底|年内|月底|季度|前完成|底前|长期|持续推进/u;

/**
 * Reads folded text [s, e) as a clause of the form `市政府办公室牵头,市级各有关部门
 * 按职责分工负责` or `区教育局负责`: phrases of unit names, the first closed by a role
 * word (牵头, 负责 …), every name reading as a unit; lists of names before that phrase
 * share its word (`市人口计生委,市公安局牵头`: both lead). A phrase stating a time
 * (`2023年底前完成`) gives the deadline; a sentence after them that is neither is a note and
 * ends the clause. Undefined when the text is anything else.
 */
export function leadSuffixFields(key: string, s: number, e: number): ClauseField[] | undefined {
  if (e - s > MAX_CLAUSE || e - s < 3 || !hasRoleWord(key, s, e)) return undefined;
  const phrases: [number, number][] = [];
  // phrases that open a sentence after a full stop
  const sentences = new Set<number>();
  let start = s;
  for (let i = s; i <= e; i++) {
    const c = i === e ? 0 : key.charCodeAt(i);
    // , ; 。 end a phrase
    if (i === e || c === 0x2c || c === 0x3b || c === 0x3002) {
      if (key.slice(start, i).trim() !== '') phrases.push([start, i]);
      if (c === 0x3002) sentences.add(i + 1);
      start = i + 1;
    }
  }
  // the first phrase closed by a role word; lists of names before it share its word
  // (`市人口计生委,市公安局牵头`: both lead)
  let k = 0;
  while (k < phrases.length - 1 && !trailingRoleMarkerAt(key, phrases[k]![0], phrases[k]![1])) {
    if (!isNameList(key.slice(phrases[k]![0], phrases[k]![1]))) return undefined;
    k++;
  }
  const first = phrases[k];
  if (!first) return undefined;
  const marker = trailingRoleMarkerAt(key, first[0], first[1]);
  if (!marker || key.slice(first[0], marker.start).trim() === '') return undefined;
  if (!marker.marker.includes('牵头') && !marker.marker.endsWith('负责')) return undefined;
  const shared: ClauseField['kind'] = marker.marker.includes('牵头') ? 'lead' : 'member';
  const fields: ClauseField[] = phrases
    .slice(0, k)
    .map(([a, b]) => ({ kind: shared, label: '', start: a, end: b }));
  // fields read before the last sentence that opened after the first phrase
  let beforeSentence = -1;
  for (const [a, b] of phrases.slice(k)) {
    if (sentences.has(a)) beforeSentence = fields.length;
    const text = key.slice(a, b);
    const { units } = splitUnitList(text, text, { role: 'member' });
    // after the lead, a phrase closed by a role word may name units of any shape
    const named = a !== first[0] && trailingRoleMarkerAt(key, a, b) !== undefined;
    const fit = (u: { raw: string }) => isUnitLike(u.raw) || (named && u.raw.length <= MAX_NAME);
    if (units.length > 0 && units.every(fit)) {
      fields.push({ kind: 'member', label: '', start: a, end: b });
    } else if (DEADLINE.test(text) && a !== first[0]) {
      fields.push({ kind: 'deadline', label: '', start: a, end: b });
    } else if (beforeSentence >= 0) {
      // a sentence after the units and their roles is a note on them (`以下各项工作均需…落实,不再列出。`)
      fields.length = beforeSentence;
      break;
    } else {
      return undefined;
    }
  }
  return fields;
}

/** True when 牵头 or 负责 occurs in [s, e), a line break allowed inside it. */
function hasRoleWord(key: string, s: number, e: number): boolean {
  for (let i = s; i + 1 < e; i++) {
    const c = key.charCodeAt(i);
    if (c !== 0x7275 && c !== 0x8d1f) continue; // 牵 负
    let j = i + 1;
    while (j < e && isSpaceCode(key.charCodeAt(j))) j++;
    const d = key.charCodeAt(j);
    if ((c === 0x7275 && d === 0x5934) || (c === 0x8d1f && d === 0x8d23)) return true; // 头 责
  }
  return false;
}

/** True when `text` is a list of names that all read as units (see `isUnitNameList`). */
function isNameList(text: string): boolean {
  // the last name must end like a unit (or in a bracket): most sentences stop here
  const last = text.trimEnd();
  const c = last.charCodeAt(last.length - 1);
  if (last.length > MAX_NAME_LIST || (!endsSomeSuffix(c) && c !== 0x29)) return false;
  return isUnitNameList(text);
}

/**
 * The fields of `[label]:[units with their roles]` where the label is one the lexicon lacks
 * (`部门分工:省发展改革委牵头,各地、各部门配合`): Han characters only from `labelStart` to
 * the colon, and the text after it up to `end` read by `leadSuffixFields`. Undefined otherwise.
 */
export function unknownLabelRoles(
  key: string,
  labelStart: number,
  colon: number,
  end: number,
): ClauseField[] | undefined {
  if (colon - labelStart < 2) return undefined;
  for (let i = labelStart; i < colon; i++) if (!isHan(key.charCodeAt(i))) return undefined;
  return leadSuffixFields(key, colon + 1, end);
}
