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
  let last = i;
  for (let j = i + 1; j < ctx.text.lineCount && j <= i + MAX_WRAPPED; j++) {
    const next = lineAt(ctx.text, j);
    const f = firstNonSpace(key, next.start, next.end);
    if (f >= next.end || readNumbering(key, f) || readClauseLine(key, f, next.end)) break;
    if (!continuesClause(key.slice(field.start, field.end), key.slice(f, next.end))) break;
    field.end = next.end;
    clause.end = next.end;
    last = j;
  }
  return last;
}
