import { fieldKindOf, isFieldLabel } from '../lexicon/field-words.js';
import type { Clause } from './clause.js';

/**
 * A sentence of its own that gives the units of items above it: `该目标责任单位为市经委。`
 * (the item above), `4项目标的责任单位均为市发展改革委。`, `以上3项任务牵头单位是X` (the
 * 4 or 3 items above). The label (责任单位, 牵头单位 …) is a field label; 为 or 是
 * stands where a colon would.
 */
const SHARED =
  /^(?:[该該]项?(?:目标|任务|工作|指标)?|(?:以上|上述)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})项(?:目标|任务|工作|指标)?的?)([\u4e00-\u9fff]{2,8}?)[均都]?[为是]/u;

const CHINESE_DIGITS = '一二三四五六七八九';

/** The items a shared clause speaks for and the clause itself. */
export interface SharedClause {
  /** how many items above the line it gives its units to */
  count: number;
  clause: Clause;
}

/**
 * Reads folded text [f, end) as a shared clause (see `SHARED`); undefined for any other
 * line, or when the label is no responsibility label (a person's or a deadline's).
 */
export function readSharedClause(key: string, f: number, end: number): SharedClause | undefined {
  const c = key.charCodeAt(f);
  // 该 該 以 上, or a digit: most lines are spared the expression
  if (
    c !== 0x8be5 &&
    c !== 0x8a72 &&
    c !== 0x4ee5 &&
    c !== 0x4e0a &&
    !/[0-9一二两三四五六七八九十]/u.test(key[f]!)
  ) {
    return undefined;
  }
  const m = SHARED.exec(key.slice(f, end));
  if (!m) return undefined;
  const label = m[2]!;
  const kind = fieldKindOf(label);
  if (!isFieldLabel(label) || kind === 'person' || kind === 'deadline') return undefined;
  const start = f + m[0].length;
  // the sentence ends at its full stop (a page that lost its breaks goes on after it)
  const stop = key.indexOf('。', start);
  const clauseEnd = stop >= 0 && stop < end ? stop + 1 : end;
  let valueEnd = clauseEnd;
  while (valueEnd > start && /[\s。;.]/u.test(key[valueEnd - 1]!)) valueEnd--;
  if (valueEnd - start < 2) return undefined;
  return {
    count: m[1] === undefined ? 1 : countOf(m[1]),
    clause: {
      form: 'line',
      start: f,
      end: clauseEnd,
      fields: [{ kind, label, start, end: valueEnd }],
    },
  };
}

/** 4 → 4, 十二 → 12, 两 → 2. */
function countOf(n: string): number {
  if (/^[0-9]+$/u.test(n)) return Number(n);
  if (n === '两') return 2;
  const ten = n.indexOf('十');
  if (ten < 0) return CHINESE_DIGITS.indexOf(n) + 1;
  const tens = ten === 0 ? 1 : CHINESE_DIGITS.indexOf(n[0]!) + 1;
  const ones = ten === n.length - 1 ? 0 : CHINESE_DIGITS.indexOf(n[ten + 1]!) + 1;
  return tens * 10 + ones;
}
