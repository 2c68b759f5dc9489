import type { Clause } from '../clause/clause.js';
import { findInlineClauses } from '../clause/find-inline-clauses.js';
import { readNumbering } from '../numbering/read-numbering.js';
import { isCloseBracket, isOpenBracket } from '../text/brackets.js';
import { isHan } from '../text/is-han.js';
import { isSpaceCode, type SourceText } from '../text/source-text.js';
import { firstNonSpace } from './first-non-space.js';

const FULL_STOP = 0x3002;

/**
 * Where line breaks belong in unnumbered lines that run several targets together, each
 * closed by its own bracketed clause: `常住人口控制在1150万人左右。(市人口计生委牵头)万元地区
 * 生产总值能源消耗降低20%。(市经委牵头)…`, as a page joined a list of targets. A break goes
 * after each clause that closes a sentence (it follows `。`, or opens the line: the clause of
 * the last sentence of the line above) and has text after it. A line that starts with a
 * number is split so only when its own first sentence has no clause (a heading over the
 * targets: `1.主要指标的责任部门。常住人口…。(X牵头)…`), and then after that sentence too;
 * an entry whose sub-points each carry a clause is left whole. Lines with fewer than two
 * such clauses are left alone.
 */
export function clauseSentenceBreaks(text: SourceText): number[] {
  const { key } = text;
  const breaks: number[] = [];
  for (let i = 0; i < text.lineCount; i++) {
    const end = text.ends[i]!;
    const f = firstNonSpace(key, text.starts[i]!, end);
    if (f >= end || !mayCloseSentences(key, f, end)) continue;
    const closing = findInlineClauses(key, f, end).clauses.filter(
      (c) => isOpenBracket(key.charCodeAt(c.start)) && closesSentence(key, f, c.start),
    );
    if (closing.length < 2) continue;
    const numbering = readNumbering(key, f);
    // sentences of one task, none numbered, each close with a clause naming the same unit
    // first: one entry (sub-points `(1)…(2)…` of one unit still stand apart)
    if (
      numbering &&
      sameFirstLead(key, closing) &&
      !numberedSentence(key, numbering.contentStart, end)
    ) {
      continue;
    }
    if (numbering) {
      // numbered headings whose sentences have no clause (`(一)主要目标。`, `1.主要指标的
      // 责任部门。`) head the targets after them; an entry whose first sentence has one keeps
      // them all
      let heads = headingBreaks(key, f, closing[0]!.start);
      // a short title ended by a space where a line break was (`1. 约束性指标的责任部门 单位…`)
      if (heads.length === 0) {
        const after = spacedTitleEnd(key, numbering.contentStart, closing[0]!.start);
        if (after < 0) continue;
        heads = [after];
      }
      for (const at of heads) breaks.push(at);
    }
    // after a clause a numbered heading may start again (`2.建立指标公报制度。每年…。(X)`)
    for (const [k, c] of closing.entries()) {
      const from = k === 0 ? f : firstNonSpace(key, closing[k - 1]!.end, end);
      if (k > 0 && readNumbering(key, from)) {
        for (const at of headingBreaks(key, from, c.start)) breaks.push(at);
      }
      const next = firstNonSpace(key, c.end, end);
      if (next < end) breaks.push(next);
    }
  }
  return breaks;
}

/**
 * Where the sentences before the first clause (at `clause`) start that begin a numbered
 * heading, and where the sentence that the clause closes starts; empty when that sentence
 * is the line's first (the entry's own clause).
 */
function headingBreaks(key: string, f: number, clause: number): number[] {
  const starts: number[] = [];
  for (
    let stop = key.indexOf('。', f);
    stop >= 0 && stop < clause;
    stop = key.indexOf('。', stop + 1)
  ) {
    const next = firstNonSpace(key, stop + 1, clause);
    if (next < clause) starts.push(next);
  }
  const last = starts.pop();
  if (last === undefined) return [];
  return [...starts.filter((at) => readNumbering(key, at) !== undefined), last];
}

/**
 * Where the text after a short title (Han characters only, at most `MAX_TITLE`) and the
 * spaces that end it starts, before `clause`; -1 when the title runs on.
 */
function spacedTitleEnd(key: string, from: number, clause: number): number {
  const s = firstNonSpace(key, from, clause);
  let p = s;
  while (p < clause && p - s <= MAX_TITLE && isHan(key.charCodeAt(p))) p++;
  if (p === s || p - s > MAX_TITLE || !isSpaceCode(key.charCodeAt(p))) return -1;
  const next = firstNonSpace(key, p, clause);
  return next < clause ? next : -1;
}

const MAX_TITLE = 16;

/** True when the clause at `at` opens the line from `f` or follows `。` (spaces between). */
function closesSentence(key: string, f: number, at: number): boolean {
  let p = at;
  while (p > f && isSpaceCode(key.charCodeAt(p - 1))) p--;
  return p === f || key.charCodeAt(p - 1) === FULL_STOP;
}

/** True when `。(` (spaces between) occurs twice in [f, end), or once with the line opening on a bracket. */
function mayCloseSentences(key: string, f: number, end: number): boolean {
  let count = isOpenBracket(key.charCodeAt(f)) ? 1 : 0;
  // a bounded scan: a search for 。 would run past the line's end to the next one
  for (let at = f; at < end - 1; at++) {
    if (key.charCodeAt(at) !== FULL_STOP) continue;
    let p = at + 1;
    while (p < end && key.charCodeAt(p) === 0x20) p++;
    if (isOpenBracket(key.charCodeAt(p)) && ++count >= 2) return true;
  }
  return false;
}

/** True when every clause names units and all name the same one first (`市生态环境局牵头`). */
function sameFirstLead(key: string, clauses: readonly Clause[]): boolean {
  const firsts = clauses.map((c) => {
    const field = c.fields.find((f) => f.kind === 'lead' || f.kind === 'member');
    // a phrase of names runs on to its role word (`市生态环境局牵头`)
    const name = field && /^[^、,;]+/u.exec(key.slice(field.start, field.end))?.[0].trim();
    return name?.replace(/牵头.*$/u, '');
  });
  return firsts.every((name) => name !== undefined && name !== '' && name === firsts[0]);
}

/** True when a sentence after the first in [from, end) opens with a number (`(1)`, `2.`). */
function numberedSentence(key: string, from: number, end: number): boolean {
  for (
    let stop = key.indexOf('。', from);
    stop >= 0 && stop < end;
    stop = key.indexOf('。', stop + 1)
  ) {
    let next = firstNonSpace(key, stop + 1, end);
    // the clause that closed the sentence stands before the next one
    while (next < end && !readNumbering(key, next) && isOpenBracket(key.charCodeAt(next))) {
      const close = closingAfter(key, next, end);
      if (close < 0) break;
      next = firstNonSpace(key, close + 1, end);
    }
    if (next < end && readNumbering(key, next)) return true;
  }
  return false;
}

/** Index of the bracket closing the one at `open`, within [open, end), or -1. */
function closingAfter(key: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    if (isOpenBracket(key.charCodeAt(i))) depth++;
    else if (isCloseBracket(key.charCodeAt(i)) && --depth === 0) return i;
  }
  return -1;
}
