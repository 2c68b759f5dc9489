import type { PlanSummary } from '@remit/core/metrics/plain';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/lang.js';
import { summaryMessages } from './summary.messages.js';

/** One headline figure. */
export interface SummaryCard {
  key: 'items' | 'units' | 'assignments' | 'itemsWithoutLead' | 'gini' | 'busiest';
  label: string;
  /** the formatted figure (empty for `busiest`) */
  value: string;
  hint?: string;
  /** for `busiest`: the units, most items first */
  units?: { unit: string; name: string; items: string }[];
}

/**
 * The cards of `<remit-summary>` in display order, with figures formatted in
 * `lang`: items, units, assignments, items without a written lead, Gini and
 * the busiest units. Pure.
 */
export function summaryCards(s: PlanSummary, lang: Lang): SummaryCard[] {
  const t = summaryMessages[lang];
  const n = (x: number, digits = 0): string =>
    formatNumber(lang, x, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const cards: SummaryCard[] = [
    {
      key: 'items',
      label: t.items,
      value: n(s.items),
      ...(s.sections ? { hint: t.sections(s.sections) } : {}),
    },
    {
      key: 'units',
      label: t.units,
      value: n(s.units),
      ...(s.unitsWithoutItem ? { hint: t.unitsWithoutItem(s.unitsWithoutItem) } : {}),
    },
    {
      key: 'assignments',
      label: t.assignments,
      value: n(s.assignments),
      ...(s.items ? { hint: t.perItem(n(s.assignments / s.items, 1)) } : {}),
    },
    {
      key: 'itemsWithoutLead',
      label: t.itemsWithoutLead,
      value: n(s.itemsWithoutLead),
      ...(s.items ? { hint: t.ofItems(s.itemsWithoutLead / s.items) } : {}),
    },
    { key: 'gini', label: t.gini, value: n(s.gini, 2), hint: t.giniHint },
    {
      key: 'busiest',
      label: t.busiest,
      value: '',
      ...(s.busiest.length ? {} : { hint: t.noBusiest }),
      units: s.busiest.map((b) => ({ unit: b.unit, name: b.name, items: n(b.items) })),
    },
  ];
  return cards;
}
