import type { Clause } from '../clause/clause.js';
import { readClauseLine } from '../clause/read-clause-line.js';
import { readNumbering } from '../numbering/read-numbering.js';
import type { SourceText } from '../text/source-text.js';
import type { Entry } from './entry.js';
import { firstNonSpace } from './first-non-space.js';
import { isFurniture } from './line-checks.js';

// the labels of a portal's footer: 主办单位 (who runs the site), 承办单位 (who builds it)
const FOOTER_LABEL = /^(主办|承办)(单位|部门)?$/u;
const ASSIST_LABEL = /协办|配合|协同|协助/u;
// one body named as a whole, no list
const LIST_MARK = /[、,;/]/u;
// the bodies that run government portals: a government, its general office, its data centre
const OFFICE = /(人民政府|政府)(办公室|办公厅)?$|办公厅$|(大数据|信息|数据)\S{0,8}中心$/u;
// blank lines looked past for a neighbour, lines looked at for what follows
const MAX_BLANK = 8;
const MAX_TAIL = 40;

/**
 * True for a portal's footer read as a clause line: `主办单位:市人民政府办公室
 * 承办单位:市大数据中心`. A plan sets 主办 against 协办 (or 配合), never 主办
 * against 承办 on one line.
 */
export function isSiteFooter(clauses: readonly Clause[]): boolean {
  if (!clauses.some((c) => c.fields.length > 1)) return false;
  const labels = clauses.flatMap((c) => c.fields.map((f) => f.label));
  return (
    labels.some((l) => l.startsWith('主办')) &&
    labels.some((l) => l.startsWith('承办')) &&
    !labels.some((l) => ASSIST_LABEL.test(l))
  );
}

/** Where a clause line stands relative to the entry read last. */
export interface FooterPlace {
  /** the entry read last, if it may still take clause lines */
  current: Entry | undefined;
  /** blank or skipped lines stand between the entry's last line and this one */
  apart: boolean;
  /** the labels the document's entries use so far (see `usedLabels`), asked only for footer labels */
  used: () => ReadonlySet<string>;
}

/**
 * True when clause line `i` (`clauses` as `readClauseLine` read it) is a footer
 * line of the page rather than a field of the entry above: only 主办单位 or
 * 承办单位, naming one body, and placed as a footer is:
 * - next to page furniture or another footer line (`技术支持:…`, `ICP备…`), or
 * - after the document's items (nothing but furniture follows), apart from the
 *   last item or under an item that already has its units, and naming a
 *   government or its office when it is right under that item.
 * A label the document's entries use is a field wherever furniture does not
 * surround it, and the first field right under an item without units is that
 * item's, whatever it names.
 */
export function isFooterLine(
  text: SourceText,
  clauses: readonly Clause[],
  i: number,
  place: FooterPlace,
): boolean {
  const label = footerLabel(text.key, clauses);
  if (label === undefined) return false;
  const { current, apart } = place;
  const itemDone = current === undefined || current.clauses.length > 0;
  if (!apart && !itemDone) return false;
  const next = neighbour(text, i, 1);
  if (next === 'assist') return false;
  const used = place.used().has(label);
  const prev = neighbour(text, i, -1);
  if (prev === 'furniture' || prev === 'footer' || next === 'furniture' || next === 'footer') {
    return apart || !used;
  }
  if (used || !endsItems(text, i)) return false;
  return (apart && itemDone) || isOffice(text.key, clauses);
}

/**
 * The labels used by the clause lines of `entries` (fields on lines of their own, as a
 * footer line is: a label a document writes only after its sentences, `…。主办单位:市财政局。`,
 * does not make a line of it under the last item a field), gathered as entries are
 * read: each entry is looked at once when it is no longer the last, the last one each time.
 */
export function usedLabels(): (entries: readonly Entry[]) => ReadonlySet<string> {
  const labels = new Set<string>();
  let done = 0;
  const add = (entry: Entry, to: Set<string>) => {
    for (const c of entry.clauses) {
      if (c.form === 'line') for (const f of c.fields) if (f.label) to.add(f.label);
    }
  };
  return (entries) => {
    for (; done < entries.length - 1; done++) add(entries[done]!, labels);
    const last = entries[entries.length - 1];
    if (!last || last.clauses.length === 0) return labels;
    const withLast = new Set(labels);
    add(last, withLast);
    return withLast;
  };
}

/** The footer label of a line holding only 主办单位 or 承办单位 fields with one name each. */
function footerLabel(key: string, clauses: readonly Clause[]): string | undefined {
  if (clauses.length !== 1 || clauses[0]!.form !== 'line') return undefined;
  const { fields } = clauses[0]!;
  if (fields.length === 0) return undefined;
  for (const f of fields) {
    const value = key.slice(f.start, f.end).trim();
    if (!FOOTER_LABEL.test(f.label) || value === '' || LIST_MARK.test(value)) return undefined;
  }
  return fields[0]!.label;
}

function isOffice(key: string, clauses: readonly Clause[]): boolean {
  return clauses[0]!.fields.every((f) => OFFICE.test(key.slice(f.start, f.end).trim()));
}

type LineKind = 'furniture' | 'footer' | 'assist' | 'numbered' | 'clause' | 'text' | 'none';

/** What the nearest filled line before (`step` -1) or after (`step` 1) line `i` is. */
function neighbour(text: SourceText, i: number, step: 1 | -1): LineKind {
  for (let j = i + step, blank = 0; j >= 0 && j < text.lineCount && blank <= MAX_BLANK; j += step) {
    const kind = lineKind(text, j);
    if (kind !== 'none') return kind;
    blank++;
  }
  return 'none';
}

/** True when nothing but furniture, footer lines and unnumbered text follows line `i`. */
function endsItems(text: SourceText, i: number): boolean {
  for (let j = i + 1, filled = 0; j < text.lineCount; j++) {
    const kind = lineKind(text, j);
    if (kind === 'furniture') return true;
    if (kind === 'numbered' || kind === 'clause' || kind === 'assist') return false;
    if (kind !== 'none' && ++filled > MAX_TAIL) return false;
  }
  return true;
}

function lineKind(text: SourceText, j: number): LineKind {
  const { key } = text;
  const end = text.ends[j]!;
  const f = firstNonSpace(key, text.starts[j]!, end);
  if (f >= end) return 'none';
  const numbered = readNumbering(key, f) !== undefined;
  if (isFurniture(key, f, end, numbered)) return 'furniture';
  if (numbered) return 'numbered';
  const clauses = readClauseLine(key, f, end);
  if (!clauses) return 'text';
  if (isSiteFooter(clauses) || footerLabel(key, clauses) !== undefined) return 'footer';
  return clauses.some((c) => c.fields.some((fl) => ASSIST_LABEL.test(fl.label)))
    ? 'assist'
    : 'clause';
}
