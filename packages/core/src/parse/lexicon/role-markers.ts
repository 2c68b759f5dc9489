import type { Role } from '../../model/plan.js';
import { isHan } from '../text/is-han.js';

/**
 * Words closing a phrase of unit names that say what the units do
 * (`市政府办公室牵头`, `区财政局、区住建局等配合`, `市级各有关部门按职责分工负责`),
 * simplified, longest first. Lead markers contain 牵头; the rest mark members.
 */
export const ROLE_MARKERS: readonly (readonly [string, Role])[] = [
  ['按照职责分工负责', 'member'],
  ['按职责分工负责', 'member'],
  ['按职责分工落实', 'member'],
  ['按职能分工负责', 'member'],
  ['根据职责分工负责', 'member'],
  ['按职责分别负责', 'member'],
  ['按职责负责', 'member'],
  ['牵头组织实施', 'lead'],
  ['分别牵头负责', 'lead'],
  ['牵头落实', 'lead'],
  ['牵头推进', 'lead'],
  ['牵头实施', 'lead'],
  ['牵头组织', 'lead'],
  ['分别牵头', 'lead'],
  ['共同牵头', 'lead'],
  ['牵头负责', 'lead'],
  ['负责牵头', 'lead'],
  ['牵头抓总', 'lead'],
  ['牵头', 'lead'],
  ['分别负责', 'member'],
  ['共同负责', 'member'],
  ['负责落实', 'member'],
  ['具体负责', 'member'],
  ['负责实施', 'member'],
  ['负责推进', 'member'],
  ['配合实施', 'member'],
  ['组织实施', 'member'],
  ['具体实施', 'member'],
  ['配合落实', 'member'],
  ['共同推进', 'member'],
  ['协同配合', 'member'],
  ['积极配合', 'member'],
  ['负责', 'member'],
  ['配合', 'member'],
  ['协办', 'member'],
  ['协助', 'member'],
  ['参与', 'member'],
  ['参加', 'member'],
  ['落实', 'member'],
];

// by the code of their last character, in the order of `ROLE_MARKERS`
let byLastChar: Map<number, (readonly [string, Role])[]> | undefined;

function markersByLastChar(): Map<number, (readonly [string, Role])[]> {
  if (!byLastChar) {
    byLastChar = new Map();
    for (const marker of ROLE_MARKERS) {
      const last = marker[0].charCodeAt(marker[0].length - 1);
      byLastChar.set(last, [...(byLastChar.get(last) ?? []), marker]);
    }
  }
  return byLastChar;
}

/** The marker ending `text` (folded), if any; the longest one. */
export function trailingRoleMarker(text: string): readonly [string, Role] | undefined {
  if (text.length === 0) return undefined;
  return markersByLastChar()
    .get(text.charCodeAt(text.length - 1))
    ?.find(([m]) => text.endsWith(m));
}

/**
 * Words joining two unit names (`区财政局和区税务局`, `省人事厅配合省委有关部门`); they split
 * only between two names, each of which is then listed as written.
 */
export const CONJUNCTIONS: readonly string[] = ['以及', '会同', '配合', '协助', '及', '和', '与'];

/**
 * The role marker closing [s, e) of `text`, read past line breaks and spaces a
 * wrap may have put inside it (`各街道配` / `合`): its role and the index where it
 * starts. Undefined when the stretch does not end with a marker.
 */
export function trailingRoleMarkerAt(
  text: string,
  s: number,
  e: number,
): { marker: string; role: Role; start: number } | undefined {
  // most phrases end in a unit's name: a last character no marker ends with settles it
  let last = e - 1;
  while (last >= s && isSkipped(text.charCodeAt(last))) last--;
  if (last < s) return undefined;
  const candidates = markersByLastChar().get(text.charCodeAt(last));
  // each marker compared backwards with the stretch, skipping what a wrap put
  // inside it: no string of the stretch's last characters is built
  for (const found of candidates ?? []) {
    const start = endMatchAt(text, s, last, found[0]);
    if (start >= 0) return { marker: found[0], role: found[1], start };
  }
  return leadVerbAt(text, s, last) ?? dutyPhraseAt(text, s, last);
}

// `按职责分工推进`, `根据职能分工抓好`: units that do their part, by their duties
const DUTY_PHRASE = /(?:按照|按|根据|依据)(?:职责|职能)(?:分工)?[\u4e00-\u9fff]{1,4}$/u;
const DUTY = 0x804c; // 职

/** A phrase by duties (`按职责分工推进`) closing [s, last] marks members, as 按职责分工负责 does. */
function dutyPhraseAt(
  text: string,
  s: number,
  last: number,
): { marker: string; role: Role; start: number } | undefined {
  const from = Math.max(s, last - 11);
  let duty = -1;
  for (let i = last - 1; i >= from && duty < 0; i--) if (text.charCodeAt(i) === DUTY) duty = i;
  if (duty < 0) return undefined;
  const tail = text.slice(Math.max(s, duty - 2), last + 1);
  const m = DUTY_PHRASE.exec(tail);
  return m ? { marker: m[0], role: 'member', start: last + 1 - m[0].length } : undefined;
}

/**
 * 牵头 and a verb of one or two characters after it (`牵头协调`, `牵头督办`) mark a lead as
 * the listed markers do; 牵头单位 and 牵头部门 are labels, not markers.
 */
function leadVerbAt(
  text: string,
  s: number,
  last: number,
): { marker: string; role: Role; start: number } | undefined {
  for (let at = last - 2; at >= s && at >= last - 3; at--) {
    if (text.charCodeAt(at) !== 0x7275 || text.charCodeAt(at + 1) !== 0x5934) continue; // 牵头
    const verb = text.slice(at + 2, last + 1);
    for (let i = 0; i < verb.length; i++) if (!isHan(verb.charCodeAt(i))) return undefined;
    if (verb === '单位' || verb === '部门') return undefined;
    return { marker: text.slice(at, last + 1), role: 'lead', start: at };
  }
  return undefined;
}

/**
 * Where `word` starts when the characters of [s, last] that are not skipped
 * end with it (`last` is not skipped), or -1.
 */
function endMatchAt(text: string, s: number, last: number, word: string): number {
  let i = last;
  for (let k = word.length - 1; ; k--) {
    if (text.charCodeAt(i) !== word.charCodeAt(k)) return -1;
    if (k === 0) return i;
    i--;
    while (i >= s && isSkipped(text.charCodeAt(i))) i--;
    if (i < s) return -1;
  }
}

/** Spaces and line breaks, which a marker may be wrapped across. */
function isSkipped(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
