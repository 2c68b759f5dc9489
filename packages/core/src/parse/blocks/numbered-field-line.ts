import type { Clause } from '../clause/clause.js';
import { readClauseLine } from '../clause/read-clause-line.js';
import type { Numbering } from '../numbering/read-numbering.js';
import type { Entry } from './entry.js';

/**
 * A numbered line that holds only a labelled field (`(二)责任单位:市教育局`,
 * `(六)完成时限:2008年内`): the fields of a task printed as numbered sub-points of it.
 * Returns the field's clauses and the entry they belong to, the last numbered entry of
 * a shallower rank (`三、实施农村寄宿制学校建设工程`), or no owner when none stands above.
 * Undefined when the line is not a field line.
 */
export function numberedFieldLine(
  key: string,
  numbering: Numbering,
  end: number,
  entries: readonly Entry[],
): { clauses: Clause[]; owner?: Entry } | undefined {
  const clauses = readClauseLine(key, numbering.contentStart, end);
  // a label first (`责任单位:`), not units and role words, which a task may open with
  if (clauses?.[0]?.form !== 'line') return undefined;
  for (let k = entries.length - 1; k >= 0; k--) {
    const entry = entries[k]!;
    if (entry.kind === 'numbered' && entry.rank < numbering.rank) return { clauses, owner: entry };
  }
  return { clauses };
}
