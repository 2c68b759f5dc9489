import type { ItemFacts, UnitFacts } from './finding-facts.js';
import { LISTED, QUOTED } from './finding-rules.js';
import { countRange, num, pct, quote, type FindingWords } from './finding-text.js';

/** `A, B and C`: a list without the serial comma, as the findings have always written it. */
const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const plurals = new Intl.PluralRules('en');

/** `1 item`, `2 items`. */
const plural = (n: number, one: string, other: string): string =>
  `${num(n)} ${plurals.select(n) === 'one' ? one : other}`;

const units = (named: UnitFacts[]): string =>
  named.length > LISTED
    ? `${named
        .slice(0, LISTED)
        .map((u) => u.name)
        .join(', ')} and ${num(named.length - LISTED)} more`
    : list.format(named.map((u) => u.name));

const items = (named: ItemFacts[]): string =>
  named.length > QUOTED
    ? `${named
        .slice(0, QUOTED)
        .map((i) => quote(i.title))
        .join(', ')} and ${num(named.length - QUOTED)} more`
    : list.format(named.map((i) => quote(i.title)));

const counts = (named: UnitFacts[]): string => {
  const [lo, hi] = countRange(named);
  return lo === hi
    ? `${plural(hi, 'item', 'items')}${named.length === 1 ? '' : ' each'}`
    : `${num(lo)} to ${num(hi)} items`;
};

/** The findings in English. */
export const FINDING_WORDS_EN: FindingWords = {
  overview: ({ items: n, units: u, assignments, sections }) =>
    n === 0 && u === 0
      ? 'The plan has no items and no units.'
      : `The plan has ${plural(n, 'item', 'items')}, ${plural(u, 'unit', 'units')} and ` +
        `${plural(assignments, 'assignment', 'assignments')}` +
        (sections > 0 ? ` in ${plural(sections, 'section', 'sections')}.` : '.'),
  busiest: ({ first, items: total, second }) => {
    const n = first[0]!.items;
    // "with 1 of the 1 items each" reads wrong: units on every item say so
    const all = total === 1 ? 'the plan’s only item' : `all ${num(total)} items`;
    const head =
      n === total
        ? first.length === 1
          ? `The busiest unit is ${first[0]!.name}, on ${all} (${pct(1)}).`
          : `The busiest units are ${units(first)}, each on ${all} (${pct(1)}).`
        : first.length === 1
          ? `The busiest unit is ${first[0]!.name}, with ${num(n)} of the ${num(total)} items (${pct(n / total)}).`
          : `The busiest units are ${units(first)}, with ${num(n)} of the ${num(total)} items each (${pct(n / total)}).`;
    if (second.length === 0) return head;
    const m = second[0]!.items;
    return second.length === 1
      ? `${head} Next comes ${second[0]!.name}, with ${plural(m, 'item', 'items')}.`
      : `${head} Next come ${units(second)}, with ${plural(m, 'item', 'items')} each.`;
  },
  'most-leads': ({ top, leads }) =>
    top.length === 1
      ? `${top[0]!.name} leads the most items (${num(leads)}).`
      : `${units(top)} lead the most items (${num(leads)} each).`,
  concentration: ({ level, gini, top3Share, units: all }) =>
    `The workload is ${level.en}: the Gini coefficient of the units’ item counts is ${gini.toFixed(2)}` +
    (all > 3
      ? `; the 3 busiest units (${pct(3 / all)} of the ${num(all)} units) carry ${pct(top3Share)} of the assignments.`
      : '.'),
  overloaded: ({ units: named, typical, within, all }) =>
    `${units(named)} ${named.length === 1 ? 'carries' : 'carry'} clearly more items than other units ` +
    `(${counts(named)}), while ${num(within)} of the ${num(all)} units have at most ` +
    `${plural(typical, 'item', 'items')}.`,
  'no-lead': ({ noLead, staffed, open }) => {
    if (noLead.length === 0) return 'Every item names its lead unit.';
    const all = noLead.length === staffed;
    const head = all
      ? staffed === 1
        ? 'The item names no lead unit'
        : `None of the ${num(staffed)} items names a lead unit`
      : `${plural(noLead.length, 'item names', 'items name')} no lead unit: ${items(noLead)}`;
    if (open === 0)
      return `${head}, but ${noLead.length === 1 ? 'it has' : 'each has'} a single unit.`;
    const which =
      all && open === staffed
        ? 'all of them have'
        : `${num(open)} of them ${open === 1 ? 'has' : 'have'}`;
    return `${head}; ${which} several units, so who leads needs to be settled.`;
  },
  'no-unit': ({ items: named }) =>
    `${plural(named.length, 'item has', 'items have')} no unit: ${items(named)}; assign someone to ${named.length === 1 ? 'it' : 'them'}.`,
  'single-unit': ({ items: named }) =>
    `${plural(named.length, 'item rests', 'items rest')} on a single unit: ${items(named)}.`,
  'many-units': ({ items: named, threshold }) => {
    const listed = named.slice(0, QUOTED).map((i) => `${quote(i.title)} (${num(i.units)})`);
    const more = named.length > QUOTED ? [`${num(named.length - QUOTED)} more`] : [];
    return (
      `${plural(named.length, 'item has', 'items have')} more than ${plural(threshold, 'unit', 'units')}: ` +
      `${list.format([...listed, ...more])}; responsibility may be spread too thin.`
    );
  },
  groups: ({ units: named, items: on }) =>
    `${units(named)} ${named.length === 1 ? 'stands' : 'stand'} for several units and ` +
    `${named.length === 1 ? 'appears' : 'appear'} on ${plural(on, 'item', 'items')}, ` +
    'so more bodies carry those items than the list shows.',
  'idle-units': ({ units: named }) =>
    `${plural(named.length, 'unit has', 'units have')} no item: ${units(named)}.`,
};
