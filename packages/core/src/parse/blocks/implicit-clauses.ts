import type { Clause } from '../clause/clause.js';
import { report, type ParseContext } from '../parse-context.js';
import { isUnitLike } from '../units/is-unit-like.js';
import { splitUnitList } from '../units/split-unit-list.js';
import type { Entry } from './entry.js';

// `由X负责…`, `由X、Y牵头…`: 由 opens a phrase, names follow, then what they do
const BY =
  /(?:^|[\s:;,。(\])])由([^\s:;,。()]{2,120}?)(负责|牵头|督促|组织|承办|落实|办理|实施|抓好|配合)/gu;
const MAX_LINE = 200;
// a line of names is read as an entry's units only where the document does so more than once
const MIN_NAME_LINES = 2;

/**
 * Finds responsibility written without a label, for numbered entries that have
 * no clause of their own:
 * - a phrase `由X负责…` / `由X、Y牵头…` in the entry's text (`整改要求:由县环卫站负责清除…`),
 *   whose names all read as units;
 * - a line of the entry that holds nothing but unit names (`市税务局等,各县、市、区政府`),
 *   taken only when at least two entries of the document end that way, so that a
 *   signing office under the last paragraph is not read as its units.
 * Each reading found is reported, so that a person can check it.
 */
export function addImplicitClauses(ctx: ParseContext, entries: readonly Entry[]): void {
  const nameLines: [Entry, Clause][] = [];
  for (const entry of entries) {
    if (entry.kind !== 'numbered' || entry.clauses.length > 0) continue;
    const by = byClause(ctx.text.key, entry);
    if (by) {
      entry.clauses.push(by);
      report(
        ctx,
        'info',
        'parse/implicit-clause',
        'units were read from a phrase 由…负责 in the text, as no responsibility label was found for this item; check them.',
        by.start,
      );
      continue;
    }
    const line = nameLine(ctx.text.key, entry);
    if (line) nameLines.push([entry, line]);
  }
  if (nameLines.length < MIN_NAME_LINES) return;
  for (const [entry, clause] of nameLines) {
    entry.clauses.push(clause);
    entry.closed = true;
  }
  report(
    ctx,
    'info',
    'parse/implicit-clause',
    `${nameLines.length} items have no responsibility label; the line of unit names under each was read as its units. Check them.`,
    nameLines[0]![1].start,
  );
}

function byClause(key: string, entry: Entry): Clause | undefined {
  for (const [s, e] of entry.body) {
    const text = key.slice(s, e);
    BY.lastIndex = 0;
    for (let m = BY.exec(text); m !== null; m = BY.exec(text)) {
      const names = m[1]!;
      const start = s + m.index + m[0].indexOf('由') + 1;
      if (!isNameList(names)) continue;
      const kind = m[2] === '牵头' ? 'lead' : 'member';
      return {
        form: 'inline',
        start: start - 1,
        end: start + names.length,
        fields: [{ kind, label: '', start, end: start + names.length }],
      };
    }
  }
  return undefined;
}

/** The last line of the entry when it holds nothing but unit names. */
function nameLine(key: string, entry: Entry): Clause | undefined {
  if (entry.body.length < 2) return undefined;
  const [s, e] = entry.body[entry.body.length - 1]!;
  if (e - s > MAX_LINE) return undefined;
  const text = key.slice(s, e).replace(/[。.]\s*$/u, '');
  if (!isNameList(text)) return undefined;
  return {
    form: 'line',
    start: s,
    end: e,
    fields: [{ kind: 'member', label: '', start: s, end: s + text.length }],
  };
}

function isNameList(text: string): boolean {
  const { units } = splitUnitList(text, text, { role: 'member' });
  return units.length > 0 && units.every((u) => isUnitLike(u.raw));
}
