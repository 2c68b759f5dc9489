import type { Clause, ClauseField } from '../clause/clause.js';
import { excerpt, quote, report, type ParseContext } from '../parse-context.js';
import { indexIn } from '../text/index-in.js';
import { isSpaceCode } from '../text/source-text.js';
import { isFieldLabel } from '../lexicon/field-words.js';
import { readNumbering } from '../numbering/read-numbering.js';
import { isUnitLike } from '../units/is-unit-like.js';
import { isUnitNameList } from '../units/is-unit-name-list.js';
import { hasNothingUnder, type Entry } from './entry.js';

// `由X负责…`, `由X、Y牵头…`, `由X1名县级领导带队`: 由 opens a phrase, names
// follow (then the people they send), then what they do
const BY =
  /(?:^|[\s:;,。(\])])由([^\s:;。()]{2,120}?)(负责|牵头|督促|组织|承办|落实|办理|实施|抓好|配合|带队)/gu;
// and in an entry with no entries under it, after the work it gives
// (`…的设计制作由市创建办负责`; not 理由, 自由, 由于, 由此)
const BY_AFTER_WORK =
  /(?:^|[\s:;,。(\])]|(?<![自理缘经事])(?<=[\u4e00-\u9fff]))由(?![于此])([^\s:;。()]{2,120}?)(负责|牵头|督促|组织|承办|落实|办理|实施|抓好|配合|带队)/gu;
// `由市安监局1名县级领导带队`: the people a unit sends stand between its name and the verb
const PEOPLE_SENT = /(?:\d{1,2}|[一二两三四五六七八九十])名[^\s,;。]{0,10}$/u;
// right after such a phrase: `,Y协办`, the units that assist
const ASSIST = /,([^\s:;。()]{2,200}?)(?:协办|配合|协助)/uy;
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
 * - a heading that says who leads the entries under it (`一、县示范区管委会牵头工作(8项)`), or
 *   names only the unit that answers for them (`(一)鹿城镇(14个)`)
 *   gives them that unit;
 * - an unnumbered line holding one unit's name above entries numbered from 1
 *   (`凤台县政府` / `1.…` `2.…` / `大通区政府` / `1.…`), where the document
 *   does so at least twice, gives them that unit.
 * Each reading found is reported, so that a person can check it.
 */
export function addImplicitClauses(ctx: ParseContext, entries: readonly Entry[]): void {
  addHeadingClauses(ctx, entries);
  addUnitLineClauses(ctx, entries);
  const nameLines: [Entry, Clause][] = [];
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!;
    if (entry.kind !== 'numbered' || entry.clauses.length > 0) continue;
    const by = byClauses(ctx.text.key, entry, hasNothingUnder(entries, k) ? BY_AFTER_WORK : BY);
    if (by.length > 0) {
      for (const clause of by) entry.clauses.push(clause);
      report(
        ctx,
        'info',
        'parse/implicit-clause',
        'units were read from a phrase 由…负责 in the text, as no responsibility label was found for this item; check them.',
        by[0]!.start,
        { from: 'by-phrase' },
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
    { from: 'name-line', count: nameLines.length },
  );
}

/** The phrases `由X负责` of an entry's text whose names all read as units, in order. */
function byClauses(key: string, entry: Entry, by: RegExp): Clause[] {
  const clauses: Clause[] = [];
  for (const [s, e] of entry.body) {
    if (indexIn(key, '由', s, e) < 0) continue;
    const text = key.slice(s, e);
    by.lastIndex = 0;
    for (let m = by.exec(text); m !== null; m = by.exec(text)) {
      const names = m[1]!.replace(PEOPLE_SENT, '');
      const start = s + m.index + m[0].indexOf('由') + 1;
      if (!isUnitNameList(names)) continue;
      const end = start + names.length;
      // `由X承办,Y协办`: units set to assist the first make it the lead
      ASSIST.lastIndex = m.index + m[0].length;
      const assist = ASSIST.exec(text);
      const helpers = assist && isUnitNameList(assist[1]!) ? s + assist.index + 1 : -1;
      const kind = m[2] === '牵头' || helpers >= 0 ? 'lead' : 'member';
      const fields: ClauseField[] = [{ kind, label: '', start, end }];
      if (helpers >= 0) {
        fields.push({
          kind: 'member',
          label: '',
          start: helpers,
          end: helpers + assist![1]!.length,
        });
      }
      clauses.push({
        form: 'inline',
        implicit: 'by-phrase',
        start: start - 1,
        // `由X承办,Y协办` whole: the title keeps no 协办 of it
        end: helpers >= 0 ? s + assist!.index + assist![0].length : end,
        fields,
      });
    }
  }
  return clauses;
}

/** The last line of the entry when it holds nothing but unit names. */
function nameLine(key: string, entry: Entry): Clause | undefined {
  if (entry.body.length < 2) return undefined;
  const [s, e] = entry.body[entry.body.length - 1]!;
  if (e - s > MAX_LINE) return undefined;
  const text = key.slice(s, e).replace(/[。.]\s*$/u, '');
  if (!isUnitNameList(text)) return undefined;
  return {
    form: 'line',
    implicit: 'name-line',
    start: s,
    end: e,
    fields: [{ kind: 'member', label: '', start: s, end: s + text.length }],
  };
}

// `县示范区管委会牵头工作(8项)`, `市发改委负责的任务`: the units, then what they do
const HEADING_BY = /^([^\s:;,。()]{2,80}?)(牵头|负责)的?(工作|任务|事项)/u;
// `(一)鹿城镇(14个)`: the unit, and how many of the problems listed are its own (a
// heading that only names a place, `(二)新时代文明实践站`, is what was inspected)
const HEADING_UNITS = /^([^\s:;,。()]{2,40}?)\(共?\d+(?:个|项|处|条|件)\):?\s*$/u;

function addHeadingClauses(ctx: ParseContext, entries: readonly Entry[]): void {
  entries.forEach((heading, k) => {
    if (heading.kind !== 'numbered' || heading.clauses.length > 0) return;
    const [s, e] = heading.body[0] ?? [0, 0];
    const line = ctx.text.key.slice(s, e);
    const m = HEADING_BY.exec(line) ?? HEADING_UNITS.exec(line);
    if (!m || !isUnitNameList(m[1]!)) return;
    const field = {
      kind: m[2] === '牵头' ? 'lead' : 'member',
      label: '',
      start: s,
      end: s + m[1]!.length,
    } as const;
    let given = 0;
    // the entries one level below: their own sub-points stay theirs
    const rank = entries[k + 1]?.rank ?? 0;
    let end = k + 1;
    while (end < entries.length && entries[end]!.rank > heading.rank) end++;
    // a unit's name heads entries only when none under it names its own
    if (!m[2] && entries.slice(k + 1, end).some((entry) => entry.clauses.length > 0)) return;
    for (let j = k + 1; j < end; j++) {
      const entry = entries[j]!;
      if (entry.kind !== 'numbered' || entry.clauses.length > 0 || entry.rank !== rank) continue;
      entry.clauses.push({
        form: 'inline',
        implicit: 'heading',
        start: s,
        end: field.end,
        fields: [{ ...field }],
      });
      given++;
    }
    if (given > 0) {
      report(
        ctx,
        'info',
        'parse/implicit-clause',
        `the heading names who ${m[2] === '牵头' ? 'leads' : 'carries'} the ${given} entries under it; they were given ${quote(ctx.text.raw.slice(s, field.end))}. Check them.`,
        s,
        {
          from: 'heading',
          role: field.kind,
          count: given,
          units: excerpt(ctx.text.raw.slice(s, field.end)),
        },
      );
    }
  });
}

// a line of one unit's name only (`凤台县政府`, `大通区政府`): no sentence, no list
const UNIT_LINE = /^[^\s:;,。、()]{2,30}$/u;
// runs of entries under such lines are read as theirs only where the document has this many
const MIN_UNIT_LINES = 2;

/**
 * Entries numbered from 1 under a line that holds one unit's name and nothing
 * else, none of them with units of their own, as a city lists the targets it
 * sets each county (`凤台县政府` / `1.地区生产总值…` … / `大通区政府` / `1.…`):
 * each run of entries of that rank, up to the next such line, is given the
 * unit. Read only where the document does so at least twice, so that a signing
 * office above an attachment's list is not taken for its unit.
 */
function addUnitLineClauses(ctx: ParseContext, entries: readonly Entry[]): void {
  const runs: { line: [number, number]; from: number; to: number }[] = [];
  for (let k = 0; k < entries.length; k++) {
    const first = entries[k]!;
    if (first.kind !== 'numbered' || first.numbering?.value !== 1 || first.clauses.length > 0) {
      continue;
    }
    const line = unitLineAbove(ctx, first.line.index);
    if (!line) continue;
    let to = k + 1;
    while (to < entries.length) {
      const entry = entries[to]!;
      if (entry.rank < first.rank) break;
      if (entry.rank === first.rank && entry.numbering?.value === 1) break;
      to++;
    }
    const run = entries.slice(k, to).filter((e) => e.rank === first.rank);
    if (run.some((e) => e.kind !== 'numbered' || e.clauses.length > 0)) continue;
    runs.push({ line, from: k, to });
  }
  if (runs.length < MIN_UNIT_LINES) return;
  let given = 0;
  for (const { line, from, to } of runs) {
    const [s, e] = line;
    const rank = entries[from]!.rank;
    for (let j = from; j < to; j++) {
      const entry = entries[j]!;
      if (entry.rank !== rank) continue;
      entry.clauses.push({
        form: 'inline',
        implicit: 'heading',
        start: s,
        end: e,
        fields: [{ kind: 'member', label: '', start: s, end: e }],
      });
      given++;
    }
  }
  report(
    ctx,
    'info',
    'parse/implicit-clause',
    `${runs.length} lines name one unit above entries numbered from 1; the ${given} entries under each were given its unit. Check them.`,
    runs[0]!.line[0],
    { from: 'unit-line', count: given },
  );
}

/** The line above line `i`, blank lines skipped, when it holds one unit's name only: its range. */
function unitLineAbove(ctx: ParseContext, i: number): [number, number] | undefined {
  const { key } = ctx.text;
  for (let j = i - 1; j >= 0; j--) {
    let s = ctx.text.starts[j]!;
    let e = ctx.text.ends[j]!;
    while (s < e && isSpaceCode(key.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(key.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    const name = key.slice(s, e);
    if (!UNIT_LINE.test(name) || readNumbering(key, s) || isFieldLabel(name)) return undefined;
    return isUnitLike(name) ? [s, e] : undefined;
  }
  return undefined;
}
