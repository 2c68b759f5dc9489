import { labelBefore } from '../clause/find-fields.js';
import { readNumbering, type Numbering } from '../numbering/read-numbering.js';
import { isSpaceCode, lineAt, type SourceText } from '../text/source-text.js';
import { firstNonSpace } from './first-non-space.js';

const OPEN = '([【〔{';
const CLOSE = ')]】〕}';
// a sentence or clause has ended before an entry can start inline
const SENTENCE_END = '。;!?)]】〕';
const LABEL_WINDOW = 14;
// numbering found inline, in sequence, before a page counts as one that lost its breaks
const MIN_INLINE = 3;

/**
 * Where a document printed without its line breaks (a portal page that joined
 * every paragraph: `… 3、城镇新增就业2万人以上（市人社局）。 4、…`) had them: the
 * indexes, in folded text, before which a line should start. Empty for a
 * document whose entries already start lines.
 *
 * A candidate is numbering, or a field label with its colon (`责任单位:`), that
 * stands outside brackets after a sentence end or a space. Numbering counts only
 * in sequence (each style's value one more than its last, or a list starting at
 * 1), so `增长7.5%` or `第3、4项` never break a line. Breaks are restored only when
 * more entries were found inline, in sequence, than at line starts: a document
 * whose items start lines and whose items hold inline sub-points `(1)…(2)…` is
 * read as printed.
 */
export function findLostBreaks(text: SourceText): number[] {
  const { key } = text;
  const candidates: Candidate[] = [];
  const labelBreaks: number[] = [];
  for (let i = 0; i < text.lineCount; i++) {
    const line = lineAt(text, i);
    const f = firstNonSpace(key, line.start, line.end);
    if (f >= line.end) continue;
    const first = readNumbering(key, f);
    if (first) candidates.push({ numbering: first, inline: false });
    const inside = bracketed(key, f, line.end);
    for (let at = f + 1; at < line.end; at++) {
      if (!inside[at - f] && afterBoundary(key, at, f)) {
        const numbering = readNumbering(key, at);
        if (numbering && hasText(key, numbering, line.end)) {
          candidates.push({ numbering, inline: true });
          at = numbering.contentStart - 1;
          continue;
        }
        if (isLabelStart(key, at, line.end)) labelBreaks.push(at);
      }
    }
  }
  const accepted = inSequence(candidates);
  const inline = accepted.filter((c) => c.inline).map((c) => c.numbering.start);
  const atLineStart = accepted.length - inline.length;
  if (inline.length < MIN_INLINE || inline.length <= atLineStart) return [];
  return mergeSorted(inline, labelBreaks);
}

/**
 * Marks [s, e) where a bracket opened and closed again; a bracket that never
 * closes (`〔20251 黄石港…`, a typo) encloses nothing.
 */
function bracketed(key: string, s: number, e: number): Uint8Array {
  const inside = new Uint8Array(e - s);
  const open: number[] = [];
  for (let i = s; i < e; i++) {
    const c = key[i]!;
    if (OPEN.includes(c)) open.push(i);
    else if (CLOSE.includes(c) && open.length > 0) {
      const from = open.pop()!;
      inside.fill(1, from + 1 - s, i + 1 - s);
    }
  }
  return inside;
}

interface Candidate {
  numbering: Numbering;
  inline: boolean;
}

/**
 * The candidates that stand in a numbered sequence: a list's start (1), the next
 * value of the last one of its style, or the start of a run that goes on (a page
 * that begins mid-list at 123, 124 …).
 */
function inSequence(candidates: readonly Candidate[]): Candidate[] {
  const last = new Map<string, number>();
  const nextOfStyle = new Map<string, number>();
  const next: (number | undefined)[] = Array.from({ length: candidates.length });
  for (let k = candidates.length - 1; k >= 0; k--) {
    const n = candidates[k]!.numbering;
    next[k] = nextOfStyle.get(n.style);
    nextOfStyle.set(n.style, n.value);
  }
  return candidates.filter(({ numbering: n }, k) => {
    const previous = last.get(n.style);
    const ok =
      n.value === 1 ||
      (previous !== undefined && n.value === previous + 1) ||
      next[k] === n.value + 1;
    if (ok) last.set(n.style, n.value);
    return ok;
  });
}

/** True when `at` follows white space, or a sentence end, and is not the line's start. */
function afterBoundary(key: string, at: number, lineStart: number): boolean {
  const before = key.charCodeAt(at - 1);
  if (isSpaceCode(before)) return !isSpaceCode(key.charCodeAt(at));
  return at > lineStart && SENTENCE_END.includes(key[at - 1]!);
}

/** Numbering is followed by the entry's text, not by the end of the line or a digit. */
function hasText(key: string, n: Numbering, end: number): boolean {
  return n.contentStart < end && !/[\d.%]/u.test(key[n.contentStart]!);
}

function isLabelStart(key: string, at: number, end: number): boolean {
  const limit = Math.min(end, at + LABEL_WINDOW);
  for (let i = at; i < limit; i++) {
    const c = key[i]!;
    if (c === ':') return labelBefore(key, i, at) === at;
    if (isSpaceCode(key.charCodeAt(i)) && i > at + 1) return false;
  }
  return false;
}

function mergeSorted(a: number[], b: number[]): number[] {
  return [...a, ...b].sort((x, y) => x - y).filter((v, k, all) => k === 0 || all[k - 1] !== v);
}
