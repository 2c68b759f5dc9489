import { trailingRoleMarkerAt } from '../lexicon/role-markers.js';
import { isSpaceCode } from '../text/source-text.js';
import type { Clause } from './clause.js';
import { leadSuffixFields } from './lead-suffix-fields.js';

// a clause sentence is short; looking further back only costs time on long paragraphs
const MAX_SENTENCE = 300;
// sentence ends tried from the end: the clause may be followed by a deadline sentence
const MAX_TRIES = 3;
const FULL_STOP = 0x3002;
const SEMICOLON = 0x3b;

/**
 * The clause written as the last sentence of a paragraph [s, e) of folded text,
 * without brackets or labels: `推进营商环境建设。区发改委牵头,区财政局、区住建局等配合。`.
 * The sentence must follow another one (after `。` or `;`), end the paragraph,
 * open with names closed by 牵头 (`区发改委牵头`, `区发改委牵头负责`), and hold
 * nothing but unit names and role words (see `leadSuffixFields`), so that a
 * sentence that mentions 牵头 (`由区发改委牵头制定方案`, `各部门要积极配合`) is text.
 * Undefined when there is no such sentence.
 */
export function trailingLeadClause(key: string, s: number, e: number): Clause | undefined {
  let t = e;
  while (t > s && isClosing(key.charCodeAt(t - 1))) t--;
  const min = Math.max(s, t - MAX_SENTENCE);
  if (!hasLeadWord(key, min, t)) return undefined;
  let tries = 0;
  for (let i = t - 1; i > min && tries < MAX_TRIES; i--) {
    const c = key.charCodeAt(i);
    if (c !== FULL_STOP && c !== SEMICOLON) continue;
    tries++;
    const fields = leadSuffixFields(key, i + 1, t);
    if (fields && opensWithLead(key, fields[0]!.start, fields[0]!.end)) {
      return { form: 'lead-suffix', start: i + 1, end: t, fields };
    }
  }
  return undefined;
}

function opensWithLead(key: string, s: number, e: number): boolean {
  return trailingRoleMarkerAt(key, s, e)?.role === 'lead';
}

/** True when 牵头 occurs in [s, e). */
function hasLeadWord(key: string, s: number, e: number): boolean {
  for (let i = s; i + 1 < e; i++) {
    if (key.charCodeAt(i) === 0x7275 && key.charCodeAt(i + 1) === 0x5934) return true; // 牵头
  }
  return false;
}

/** Spaces and the punctuation closing a sentence or a paragraph. */
function isClosing(c: number): boolean {
  return isSpaceCode(c) || c === FULL_STOP || c === 0x2e || c === SEMICOLON || c === 0x2c;
}
