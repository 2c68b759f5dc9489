import type { Clause } from '../clause/clause.js';
import { isFieldLabel } from '../lexicon/field-words.js';
import { readNumbering } from '../numbering/read-numbering.js';
import { report, type ParseContext } from '../parse-context.js';
import { lineAt, isSpaceCode } from '../text/source-text.js';
import { isUnitLike } from '../units/is-unit-like.js';
import { LOOSE_RANK, type Entry } from './entry.js';

// a unit's name and a colon, at a line's start or after a sentence, a clause or
// another colon: `…是:金河办事处:1.丰泽路…;2.郭庄…。雪松街道办事处:纱北路…。`
const UNIT_HEAD = /(?:^|[。;:!?])\s*([^\s:;,。!?()、]{2,20}):/gu;
// a name introduced by a unit heads entries only where the page does so this often
const MIN_HEADS = 2;
// where a numbered point may start inside a unit's text: at its start or after a clause
const POINT_AFTER = /[;。]/u;

/**
 * The entries of a page that names each unit first and then what it must do, as
 * an inspection report lists the problems it found office by office:
 * `金河办事处:1.丰泽路…;2.郭庄…。雪松街道办事处:纱北路…现象。`
 * Each numbered point after a unit's name is an entry of that unit; a unit's text
 * without numbering is one entry without a label. A name heads entries only when
 * it reads as one unit (`isUnitLike`), is no field's label (`主办单位:`), and the
 * page has at least two such heads,
 * so that one `X局:` in a sentence does not. Every entry carries the unit as an
 * implicit clause (role member: the page says who answers, not who leads).
 *
 * `parse` reads a page so only when the text as printed gave no item: on pages
 * with items, a unit before a colon is as often the subject of a report.
 */
export function unitLedEntries(ctx: ParseContext): Entry[] {
  const { key } = ctx.text;
  const heads: { line: number; nameStart: number; nameEnd: number; textStart: number }[] = [];
  for (let i = 0; i < ctx.text.lineCount; i++) {
    const s = ctx.text.starts[i]!;
    const line = key.slice(s, ctx.text.ends[i]!);
    if (line.indexOf(':') < 0) continue;
    UNIT_HEAD.lastIndex = 0;
    for (let m = UNIT_HEAD.exec(line); m !== null; m = UNIT_HEAD.exec(line)) {
      const name = m[1]!;
      const textStart = m.index + m[0].length;
      // the colon may close this head and open the next: look again from it
      UNIT_HEAD.lastIndex = textStart - 1;
      // a label (`主办单位:`, `责任单位:`) names no unit: its text does
      if (!isUnitLike(name) || isFieldLabel(name)) continue;
      const nameStart = s + textStart - 1 - name.length;
      heads.push({
        line: i,
        nameStart,
        nameEnd: nameStart + name.length,
        textStart: s + textStart,
      });
    }
  }
  if (heads.length < MIN_HEADS) return [];
  const entries: Entry[] = [];
  heads.forEach((head, k) => {
    const next = heads[k + 1];
    const lineEnd = ctx.text.ends[head.line]!;
    // up to the sentence mark before the next head on the line, else to the line's end
    let end = next && next.line === head.line ? next.nameStart : lineEnd;
    while (end > head.textStart && isSpaceCode(key.charCodeAt(end - 1))) end--;
    const clause: Clause = {
      form: 'inline',
      implicit: 'unit-led',
      start: head.nameStart,
      end: head.nameEnd,
      fields: [{ kind: 'member', label: '', start: head.nameStart, end: head.nameEnd }],
    };
    const points = numberedPoints(key, head.textStart, end);
    const line = lineAt(ctx.text, head.line);
    if (points.length === 0) {
      if (end <= head.textStart) return;
      entries.push({
        kind: 'loose',
        rank: LOOSE_RANK,
        line,
        body: [[head.textStart, end]],
        clauses: [{ ...clause, fields: clause.fields.map((f) => ({ ...f })) }],
        lineClauses: 0,
        closed: true,
      });
      return;
    }
    points.forEach((numbering, p) => {
      const pointEnd = points[p + 1]?.start ?? end;
      entries.push({
        kind: 'numbered',
        rank: numbering.rank,
        numbering,
        label: ctx.text.raw.slice(numbering.start, numbering.end).trim(),
        line,
        body: [[numbering.contentStart, pointEnd]],
        clauses: [{ ...clause, fields: clause.fields.map((f) => ({ ...f })) }],
        lineClauses: 0,
        closed: true,
      });
    });
  });
  if (entries.length > 0) {
    report(
      ctx,
      'info',
      'parse/implicit-clause',
      `the page names each unit before what it must do (${heads.length} units followed by a colon); the ${entries.length} entries after each name were given that unit. Check them.`,
      heads[0]!.nameStart,
      { from: 'unit-led', count: entries.length },
    );
  }
  return entries;
}

/**
 * The numbered points of [s, e): a first one at `s`, the others after a clause
 * or a sentence (`1.丰泽路…;2.郭庄…`), numbered in one style counting up by one.
 * Empty when the text does not start with a number.
 */
function numberedPoints(key: string, s: number, e: number) {
  const first = readNumbering(key, s);
  if (!first || first.end >= e) return [];
  const points = [first];
  for (let i = first.contentStart; i < e; i++) {
    if (!POINT_AFTER.test(key[i]!)) continue;
    let at = i + 1;
    while (at < e && isSpaceCode(key.charCodeAt(at))) at++;
    const n = readNumbering(key, at);
    const last = points[points.length - 1]!;
    if (n && n.style === last.style && n.value === last.value + 1 && n.end < e) {
      points.push(n);
      i = n.contentStart - 1;
    }
  }
  return points;
}
