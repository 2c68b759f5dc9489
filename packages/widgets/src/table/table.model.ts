import type { ItemCoverage, UnitWorkload } from '@remit/core/metrics/plain';
import type { Incidence } from '@remit/core/model';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/lang.js';
import { messages } from '../shared/messages.js';
import { tableMessages } from './table.messages.js';

export type TableView = 'units' | 'items';
export type SortDirection = 'ascending' | 'descending';

export interface TableColumn {
  key: string;
  label: string;
  numeric: boolean;
  /** the direction a first click sorts in */
  firstDirection: SortDirection;
}

export interface TableCell {
  /** what the cell shows: at most `CELL_CHARS` characters, a longer text cut with … */
  text: string;
  /** the whole text, when `text` is cut (the cell's tooltip) */
  title?: string;
  /** what the column sorts by: numbers numerically, strings with the collator */
  sort: number | string;
}

export interface TableRow {
  kind: 'unit' | 'item';
  id: string;
  /** position in the plan, the last tie-breaker */
  order: number;
  cells: TableCell[];
}

/** Characters a cell shows at most: a 10,000-character name would make a row pages tall. */
export const CELL_CHARS = 120;

/** A cell showing `text`, cut to `CELL_CHARS` with … and its whole text as `title`. */
export function cell(text: string, sort: number | string): TableCell {
  if (text.length <= CELL_CHARS) return { text, sort };
  const chars = Array.from(text);
  return chars.length <= CELL_CHARS
    ? { text, sort }
    : { text: `${chars.slice(0, CELL_CHARS - 1).join('')}…`, title: text, sort };
}

export interface TableModel {
  columns: TableColumn[];
  rows: TableRow[];
  /** the column sorted by default, and how */
  defaultSort: { key: string; direction: SortDirection };
}

/**
 * The units table: one row per unit with its workload (name, rank, items,
 * written lead, inferred lead, member, equal-split share). Pure.
 */
export function unitTable(rows: readonly UnitWorkload[], lang: Lang): TableModel {
  const m = messages(lang);
  const t = tableMessages[lang];
  const n = (x: number, digits = 0): string =>
    formatNumber(lang, x, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const num = (key: string, label: string): TableColumn => ({
    key,
    label,
    numeric: true,
    firstDirection: 'descending',
  });
  return {
    columns: [
      { key: 'name', label: m.headers.unit, numeric: false, firstDirection: 'ascending' },
      { key: 'rank', label: t.rank, numeric: true, firstDirection: 'ascending' },
      num('items', m.itemCount),
      num('lead', m.headers.lead),
      num('inferredLead', m.headers.inferredLead),
      num('member', m.headers.member),
      num('share', t.share),
    ],
    rows: rows.map((r, order) => ({
      kind: 'unit',
      id: r.unit,
      order,
      cells: [
        cell(r.name, r.name),
        { text: n(r.rank), sort: r.rank },
        { text: n(r.items), sort: r.items },
        { text: n(r.lead), sort: r.lead },
        { text: n(r.inferredLead), sort: r.inferredLead },
        { text: n(r.member), sort: r.member },
        { text: n(r.share, 2), sort: r.share },
      ],
    })),
    defaultSort: { key: 'items', direction: 'descending' },
  };
}

/**
 * The items table: one row per item (title, label, section, number of units,
 * lead units, member units). Pure; `coverage` is core's `coverage(inc)`.
 */
export function itemTable(
  inc: Incidence,
  coverage: readonly ItemCoverage[],
  lang: Lang,
): TableModel {
  const m = messages(lang);
  const t = tableMessages[lang];
  const sections = new Map((inc.plan.sections ?? []).map((s) => [s.id, s]));
  // an item a person corrected (its title, units or roles) says so after its title
  const corrected = new Set((inc.plan.corrections ?? []).map((c) => c.item));
  return {
    columns: [
      { key: 'title', label: m.headers.item, numeric: false, firstDirection: 'ascending' },
      { key: 'label', label: t.label, numeric: false, firstDirection: 'ascending' },
      { key: 'section', label: m.headers.section, numeric: false, firstDirection: 'ascending' },
      { key: 'units', label: m.unitCount, numeric: true, firstDirection: 'descending' },
      { key: 'leads', label: t.leads, numeric: false, firstDirection: 'ascending' },
      { key: 'members', label: t.members, numeric: false, firstDirection: 'ascending' },
    ],
    rows: inc.items.map((item, i) => {
      const section = item.section ? sections.get(item.section) : undefined;
      const sectionText = section ? `${section.label ?? ''}${section.title}` : '';
      const { leads, members } = unitNames(inc, i);
      const units = coverage[i]?.units ?? 0;
      return {
        kind: 'item' as const,
        id: item.id,
        order: i,
        cells: [
          cell(corrected.has(item.id) ? item.title + t.corrected : item.title, item.title),
          cell(item.label ?? '', i),
          cell(sectionText, section ? (inc.plan.sections ?? []).indexOf(section) : Infinity),
          { text: formatNumber(lang, units), sort: units },
          cell(m.list(leads), leads.join('、')),
          cell(m.list(members), members.join('、')),
        ],
      };
    }),
    defaultSort: { key: 'label', direction: 'ascending' },
  };
}

/** Distinct unit names of item `i`, written and inferred leads first. */
function unitNames(inc: Incidence, i: number): { leads: string[]; members: string[] } {
  const leads: string[] = [];
  const members: string[] = [];
  const seen = new Set<number>();
  const ks = inc.byItem[i] ?? [];
  for (const k of ks) {
    const a = inc.assignments[k]!;
    if (a.role !== 'lead') continue;
    const u = inc.unitOf[k]!;
    if (seen.has(u)) continue;
    seen.add(u);
    leads.push(inc.units[u]!.name);
  }
  for (const k of ks) {
    const u = inc.unitOf[k]!;
    if (seen.has(u)) continue;
    seen.add(u);
    members.push(inc.units[u]!.name);
  }
  return { leads, members };
}

/**
 * Rows sorted by one column: numbers numerically, text with `compare` (a
 * Chinese collator), ties in plan order whatever the direction.
 */
export function sortRows(
  rows: readonly TableRow[],
  column: number,
  direction: SortDirection,
  compare: (a: string, b: string) => number,
): TableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.cells[column]?.sort ?? '';
    const y = b.cells[column]?.sort ?? '';
    const c =
      typeof x === 'number' && typeof y === 'number'
        ? x === y
          ? 0
          : x < y
            ? -1
            : 1
        : compare(String(x), String(y));
    return sign * c || a.order - b.order;
  });
}
