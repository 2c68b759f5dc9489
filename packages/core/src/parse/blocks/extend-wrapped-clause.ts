import type { Clause } from '../clause/clause.js';
import { readClauseLine } from '../clause/read-clause-line.js';
import { readNumbering } from '../numbering/read-numbering.js';
import type { ParseContext } from '../parse-context.js';
import { isCloseBracket, isOpenBracket } from '../text/brackets.js';
import { lineAt } from '../text/source-text.js';
import { MAX_WRAPPED } from './add-text.js';
import { continuesClause } from './continues-clause.js';
import { firstNonSpace } from './first-non-space.js';

/**
 * A clause line whose value wraps onto the next lines (`责任单位:区发` / `改委`)
 * takes them in. Returns the index of the last line used.
 */
export function extendWrappedClause(ctx: ParseContext, clauses: Clause[], i: number): number {
  const { key } = ctx.text;
  const clause = clauses[clauses.length - 1]!;
  const field = clause.fields[clause.fields.length - 1];
  if (!field || field.kind === 'person' || field.kind === 'deadline') return i;
  // `(区商务局)` closed its bracket: the signing office below is not more of it
  if (
    isOpenBracket(key.charCodeAt(clause.start)) &&
    isCloseBracket(key.charCodeAt(clause.end - 1))
  ) {
    return i;
  }
  const opened = isOpenBracket(key.charCodeAt(clause.start));
  let last = i;
  for (let j = i + 1; j < ctx.text.lineCount && j <= i + MAX_WRAPPED; j++) {
    const next = lineAt(ctx.text, j);
    const f = firstNonSpace(key, next.start, next.end);
    if (f >= next.end || readNumbering(key, f) || readClauseLine(key, f, next.end)) break;
    if (!continuesClause(key.slice(field.start, field.end), key.slice(f, next.end))) break;
    last = j;
    // a bracketed clause ends at its closing bracket (`生厅、财政厅)`), which is no part of a name
    const close = opened ? closingBracketIn(key, f, next.end) : -1;
    field.end = close >= 0 ? close : next.end;
    clause.end = close >= 0 ? close + 1 : next.end;
    if (close >= 0) break;
  }
  return last;
}

/** The first bracket in [s, e) that closes one opened before `s`, or -1. */
function closingBracketIn(key: string, s: number, e: number): number {
  let depth = 0;
  for (let p = s; p < e; p++) {
    const c = key.charCodeAt(p);
    if (isOpenBracket(c)) depth++;
    else if (isCloseBracket(c) && depth-- === 0) return p;
  }
  return -1;
}
