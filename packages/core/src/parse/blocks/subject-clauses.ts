import type { Clause } from '../clause/clause.js';
import { report, type ParseContext } from '../parse-context.js';
import { isUnitNameList } from '../units/is-unit-name-list.js';
import { hasNothingUnder, type Entry } from './entry.js';

// what a unit opening an entry does (folded text): the verb right after its name
const ACTS =
  /^(?:联合|组织|颁发|负责|开展|印发|制定|召开|发布|牵头|做好|加强|落实|实施|下发|举办|成立|建立|派出|安排|部署|督促|协调|会同|统筹|指导)/u;
// a phrase of time or condition before the subject (`清明节期间,`, `视天气情况,`)
const MAX_LEAD_IN = 10;
// the longest subject read
const MAX_SUBJECT = 40;
// entries opened by their units make a page read so only where it has this many
const MIN_SUBJECTS = 2;

/**
 * Units named as the subject of an entry's sentence, on a page whose entries
 * carry no clause at all: `区森林防火指挥部、区教育局联合印发…`,
 * `清明节期间,区森林防火指挥部组织…`. The subject is the shortest run of unit
 * names (all reading as units) that a verb of acting follows; an entry whose
 * sentence names no acting unit (`组织宣传车…`) gets none. Only entries with no
 * entries under them are read, and only where at least two are so opened; each
 * is given its units as members (`unit-led`).
 *
 * `parse` reads a page so only when nothing else gave an item.
 */
export function addSubjectClauses(ctx: ParseContext, entries: readonly Entry[]): void {
  const { key } = ctx.text;
  const found: [Entry, Clause][] = [];
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!;
    if (entry.kind !== 'numbered' || entry.clauses.length > 0) continue;
    if (!hasNothingUnder(entries, k)) continue;
    const body = entry.body[0];
    if (!body) continue;
    const subject = subjectOf(key, body[0], body[1]);
    if (!subject) continue;
    const [s, e] = subject;
    found.push([
      entry,
      {
        form: 'inline',
        implicit: 'unit-led',
        // the subject stays in the title: the clause is its field alone
        start: s,
        end: s,
        fields: [{ kind: 'member', label: '', start: s, end: e }],
      },
    ]);
  }
  if (found.length < MIN_SUBJECTS) return;
  for (const [entry, clause] of found) entry.clauses.push(clause);
  report(
    ctx,
    'info',
    'parse/implicit-clause',
    `no entry names its units in a clause; the ${found.length} entries that open with units doing something (X、Y联合印发…) were given them. Check them.`,
    found[0]![1].start,
    { from: 'subject', count: found.length },
  );
}

/** [start, end) of the units opening the sentence at `s`, or undefined. */
function subjectOf(key: string, s: number, e: number): [number, number] | undefined {
  let start = s;
  while (start < e && key.charCodeAt(start) === 0x20) start++;
  const comma = key.indexOf(',', start);
  const candidates = [start];
  if (comma > start && comma - start <= MAX_LEAD_IN && comma + 1 < e) candidates.push(comma + 1);
  for (const from of candidates) {
    const limit = Math.min(e, from + MAX_SUBJECT);
    for (let j = from + 2; j < limit; j++) {
      const c = key.charCodeAt(j - 1);
      if (c === 0x2c || c === 0x3002 || c === 0x3b || c === 0x3a) break;
      if (!ACTS.test(key.slice(j, j + 2))) continue;
      if (isUnitNameList(key.slice(from, j))) return [from, j];
    }
  }
  return undefined;
}
