import type { Clause } from './clause.js';
import { bracketLabelEnd, findFields, labelBefore } from './find-fields.js';
import { findInlineClauses } from './find-inline-clauses.js';
import { leadSuffixFields, unknownLabelRoles } from './lead-suffix-fields.js';
import { isSpaceCode } from '../text/source-text.js';

const LABEL_WINDOW = 16;

/**
 * Reads a line that holds only a responsibility clause: `责任单位:区发展和改革局`,
 * `牵头单位:X 配合单位:Y`, `【责任单位】X`, `(责任单位:X)` on its own, or
 * `区发改委牵头,区财政局、区住建局等配合`, also after a label the lexicon lacks
 * (`部门分工:X牵头,Y配合`). Returns undefined for any other line.
 *
 * `from` is the line's first non-space index, `end` its end, in folded text.
 */
export function readClauseLine(key: string, from: number, end: number): Clause[] | undefined {
  if (bracketLabelEnd(key, from, end) > 0) {
    return [{ form: 'bracket-label', start: from, end, fields: findFields(key, from, end) }];
  }
  const limit = Math.min(end, from + LABEL_WINDOW);
  for (let i = from; i < limit; i++) {
    if (key.charCodeAt(i) === 0x3a) {
      if (labelBefore(key, i, from) === from) {
        return [{ form: 'line', start: from, end, fields: findFields(key, from, end) }];
      }
      // a label the lexicon lacks (`部门分工:`) before units and their roles: the roles
      // say what the line is (`省发展改革委牵头,各地、各部门配合`)
      const roles = unknownLabelRoles(key, from, i, end);
      if (roles) return [{ form: 'lead-suffix', start: i + 1, end, fields: roles }];
      break;
    }
  }
  const suffix = leadSuffixFields(key, from, end);
  if (suffix) return [{ form: 'lead-suffix', start: from, end, fields: suffix }];
  const c = key.charCodeAt(from);
  if (c === 0x28 || c === 0x5b || c === 0x3010 || c === 0x3014 /* ( [ 【 〔 */) {
    const { clauses } = findInlineClauses(key, from, end);
    if (clauses.length > 0 && coversLine(key, clauses, from, end)) {
      for (const c of clauses) if (c.form === 'bracket') c.form = 'line';
      return clauses;
    }
  }
  return undefined;
}

/** True when nothing but clauses, spaces and closing punctuation is on the line. */
function coversLine(key: string, clauses: Clause[], from: number, end: number): boolean {
  let at = from;
  for (const c of clauses) {
    for (; at < c.start; at++) if (!isTrailing(key.charCodeAt(at))) return false;
    at = c.end;
  }
  for (; at < end; at++) if (!isTrailing(key.charCodeAt(at))) return false;
  return true;
}

/** Spaces and the punctuation that may close a clause line (`。` `.` `;` `,`). */
function isTrailing(c: number): boolean {
  return isSpaceCode(c) || c === 0x3002 || c === 0x2e || c === 0x3b || c === 0x2c;
}
