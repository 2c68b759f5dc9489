import { incidence } from '../model/incidence.js';
import type { Plan, UnitKind } from '../model/plan.js';
import { busiestFirst } from '../metrics/busiest-first.js';
import { overloadedUnits, standoutRule } from '../metrics/overloaded-units.js';
import { coverage } from '../metrics/coverage.js';
import { METRIC_DEFAULTS } from '../metrics/defaults.js';
import { checkInteger, describe } from '../metrics/resolve-options.js';
import { summary, type PlanSummary } from '../metrics/summary.js';
import { workload } from '../metrics/workload.js';
import { isGroup } from '../units/is-group.js';
import type { MetricsReport } from './metrics-report.js';

/** How much a finding asks for attention: `warning` (act on it), `notice` (look at it), `info`. */
export type FindingSeverity = 'warning' | 'notice' | 'info';

/** What a finding is about; each appears at most once, in this order. */
export type FindingId =
  | 'overview'
  | 'busiest'
  | 'most-leads'
  | 'concentration'
  | 'overloaded'
  | 'no-lead'
  | 'no-unit'
  | 'single-unit'
  | 'many-units'
  | 'groups'
  | 'idle-units';

/**
 * One statement about a plan, in words, with its evidence: the units and items
 * it names (ids) and the figures it states, so that every claim can be checked
 * against the matrix and traced to the items behind it.
 */
export interface Finding {
  id: FindingId;
  severity: FindingSeverity;
  text: string;
  /** ids of the units the text names, in the order named */
  units?: string[];
  /** ids of the items the text names, in the order named */
  items?: string[];
  /** the figures the text states, by name (see `FindingFigures`) */
  figures: FindingFigures;
}

/**
 * The figures a finding states. Counts are of distinct items, units and
 * assignments; shares are fractions (0–1).
 * - `overview`: items, units, assignments, sections;
 * - `busiest`: items (of each unit of the first rank), count (units of that
 *   rank), total (items in the plan), share, and for a second rank: nextItems,
 *   nextCount;
 * - `most-leads`: leads (of each named unit);
 * - `concentration`: gini, top (3), top3Share (of the `top` busiest), units;
 * - `overloaded`: items (the least of the named units), most (the largest), count (units that
 *   stand out), typical (the smallest count that half the units stay within),
 *   within (units with at most `typical`), units (all units), median;
 * - `no-lead`: count (items with units but no written lead), staffed (items
 *   with units), open (those with several units);
 * - `no-unit`, `single-unit`, `many-units`: count (items), and for `many-units`
 *   threshold;
 * - `groups`: count (group units with items), items (items naming one);
 * - `idle-units`: count (units).
 */
export type FindingFigures = Record<string, number>;

export interface FindingsOptions {
  /** `zh` (default) or `en` */
  lang?: 'zh' | 'en';
  /** items with more distinct units than this are reported as spread thin (default 8, as `coverage`) */
  manyUnits?: number;
}

/**
 * How the workload's concentration is worded, by the Gini coefficient of the
 * units' item counts (`summary().gini`, population form, every unit counted):
 * the first level whose `below` exceeds the Gini applies. Levels from
 * `concentrated` up are a `notice`, `high` a `warning`.
 */
export const CONCENTRATION_LEVELS = [
  { level: 'even', below: 0.2, zh: '较为均衡', en: 'evenly spread', severity: 'info' },
  { level: 'moderate', below: 0.35, zh: '略有集中', en: 'somewhat uneven', severity: 'info' },
  { level: 'concentrated', below: 0.5, zh: '较为集中', en: 'concentrated', severity: 'notice' },
  {
    level: 'high',
    below: Infinity,
    zh: '高度集中',
    en: 'highly concentrated',
    severity: 'warning',
  },
] as const;

/** Names listed in one sentence, at most; the rest are counted ("and 4 more"). */
const LISTED = 5;
/** Item titles quoted in one sentence, at most. */
const QUOTED = 3;
/** Quoted titles are cut to this many characters. */
const TITLE_CHARS = 40;

interface UnitFacts {
  id: string;
  name: string;
  items: number;
  lead: number;
  group: boolean;
}

interface ItemFacts {
  id: string;
  title: string;
  units: number;
  hasLead: boolean;
  groups: number;
}

/** What the findings are built from: the same whether given a plan or a metrics report. */
interface Facts {
  summary: PlanSummary;
  /** in `busiestFirst` order */
  units: UnitFacts[];
  /** plan order */
  items: ItemFacts[];
}

/**
 * The plan's main facts in plain sentences, Chinese or English, for people who
 * read rather than look: the size of the plan, which units carry most items
 * (and most leads), how concentrated the workload is (`CONCENTRATION_LEVELS`;
 * the 3 busiest units' share of the assignments), which units carry clearly
 * more than the others (`overloadedUnits`: nothing on a small or flat plan),
 * items without a written lead, without any unit, with a single unit or with
 * more than `manyUnits`, units standing for several (`isGroup`) and units with
 * no item. A finding is left out when there is nothing to say. Units are named
 * in the `busiestFirst` order everywhere; each finding carries the ids and the
 * figures behind its words.
 *
 * Takes a Plan (metrics computed here, no graph library needed) or the
 * `metricsReport` of one: both give the same findings. Pure and deterministic:
 * the same input gives the same sentences (numbers with `.` decimals and `,`
 * grouping in both languages; percentages rounded to whole numbers).
 *
 * @example findings(plan, { lang: 'en' })[1].text
 * // "The busiest units are 区委依法治区办, 区司法局 and 各街镇, with 9 of the 17 items each (53%)."
 */
export function findings(input: Plan | MetricsReport, options: FindingsOptions = {}): Finding[] {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`findings: options must be an object, got ${describe(options)}`);
  }
  const lang = options.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') {
    throw new RangeError(`findings: lang must be 'zh' or 'en', got ${describe(lang)}`);
  }
  const manyUnits = options.manyUnits ?? METRIC_DEFAULTS.coverage.manyUnits;
  checkInteger('findings', 'manyUnits', manyUnits, 0, true);
  return build(factsOf(input), lang === 'zh' ? ZH : EN, manyUnits);
}

function factsOf(input: Plan | MetricsReport): Facts {
  const value = input as Partial<Plan & MetricsReport> | null;
  if (value && Array.isArray(value.assignments) && Array.isArray(value.items)) {
    return planFacts(value as Plan);
  }
  if (value && value.summary && Array.isArray(value.units) && Array.isArray(value.items)) {
    return reportFacts(value as MetricsReport);
  }
  throw new TypeError(`findings: expected a Plan or a MetricsReport, got ${describe(input)}`);
}

function planFacts(plan: Plan): Facts {
  const inc = incidence(plan);
  const units = workload(inc).map((w, u): UnitFacts => ({
    id: w.unit,
    name: w.name,
    items: w.items,
    lead: w.lead,
    group: isGroup(inc.units[u]!),
  }));
  const items = coverage(inc).map((c): ItemFacts => ({
    id: c.item,
    title: c.title,
    units: c.units,
    hasLead: c.hasLead,
    groups: c.groups,
  }));
  return { summary: summary(inc), units: ranked(units), items };
}

function reportFacts(report: MetricsReport): Facts {
  const units = report.units.map((u): UnitFacts => ({
    id: u.id,
    name: u.name,
    items: u.items,
    lead: u.lead,
    group: isGroup({ id: u.id, name: u.name, ...(u.kind ? { kind: u.kind as UnitKind } : {}) }),
  }));
  const items = report.items.map((i): ItemFacts => ({
    id: i.id,
    title: i.title,
    units: i.units,
    hasLead: i.hasLead,
    groups: i.groups,
  }));
  return { summary: report.summary, units: ranked(units), items };
}

/** The units in the one busiest-first order (see `busiestFirst`). */
function ranked(units: UnitFacts[]): UnitFacts[] {
  return busiestFirst(units).map((k) => units[k]!);
}

function build(facts: Facts, w: Words, manyUnits: number): Finding[] {
  const { summary: s, units, items } = facts;
  const out: Finding[] = [];
  const add = (
    id: FindingId,
    severity: FindingSeverity,
    text: string,
    figures: FindingFigures,
    named: { units?: UnitFacts[]; items?: ItemFacts[] } = {},
  ): void => {
    const f: Finding = { id, severity, text, figures };
    if (named.units?.length) f.units = named.units.map((u) => u.id);
    if (named.items?.length) f.items = named.items.map((i) => i.id);
    out.push(f);
  };
  add('overview', 'info', w.overview(s.items, s.units, s.assignments, s.sections), {
    items: s.items,
    units: s.units,
    assignments: s.assignments,
    sections: s.sections,
  });
  const busy = units.filter((u) => u.items > 0);
  if (busy.length > 0) {
    const first = busy.filter((u) => u.items === busy[0]!.items);
    const rest = busy.slice(first.length);
    const second =
      first.length < 3 && rest.length > 0 ? rest.filter((u) => u.items === rest[0]!.items) : [];
    const n = first[0]!.items;
    add(
      'busiest',
      'info',
      w.busiest(first, s.items, second),
      {
        items: n,
        count: first.length,
        total: s.items,
        share: n / s.items,
        ...(second.length > 0 ? { nextItems: second[0]!.items, nextCount: second.length } : {}),
      },
      { units: [...first.slice(0, LISTED), ...second.slice(0, LISTED)] },
    );
  }
  const leads = Math.max(0, ...units.map((u) => u.lead));
  if (leads > 0) {
    const top = units.filter((u) => u.lead === leads);
    add('most-leads', 'info', w.mostLeads(top, leads), { leads }, { units: top.slice(0, LISTED) });
  }
  if (s.units >= 2 && s.assignments > 0) {
    const level = CONCENTRATION_LEVELS.find((l) => s.gini < l.below)!;
    add('concentration', level.severity, w.concentration(level, s.gini, s.top3Share, s.units), {
      gini: s.gini,
      top: 3,
      top3Share: s.top3Share,
      units: s.units,
    });
  }
  const overloaded = overloadedUnits(units);
  const rule = overloaded.length > 0 ? standoutRule(units.map((u) => u.items)) : undefined;
  if (rule) {
    const least = overloaded[overloaded.length - 1]!.items;
    // a comparison anyone can check: the smallest count that half the units stay within
    const sorted = units.map((u) => u.items).sort((a, b) => a - b);
    const typical = sorted[Math.ceil(sorted.length / 2) - 1]!;
    const within = sorted.filter((c) => c <= typical).length;
    add(
      'overloaded',
      'notice',
      w.overloaded(overloaded, typical, within, units.length),
      {
        items: least,
        most: overloaded[0]!.items,
        count: overloaded.length,
        typical,
        within,
        units: units.length,
        median: rule.median,
      },
      { units: overloaded.slice(0, LISTED) },
    );
  }
  const staffed = items.filter((i) => i.units > 0);
  const noLead = staffed.filter((i) => !i.hasLead);
  if (staffed.length > 0) {
    const open = noLead.filter((i) => i.units > 1).length;
    const severity = open > 0 ? 'warning' : 'info';
    const listed = noLead.length === staffed.length ? [] : noLead.slice(0, QUOTED);
    add(
      'no-lead',
      severity,
      w.noLead(noLead, staffed.length, open),
      { count: noLead.length, staffed: staffed.length, open },
      { items: listed },
    );
  }
  const orphans = items.filter((i) => i.units === 0);
  if (orphans.length > 0) {
    add(
      'no-unit',
      'warning',
      w.noUnit(orphans),
      { count: orphans.length },
      { items: orphans.slice(0, QUOTED) },
    );
  }
  const single = items.filter((i) => i.units === 1);
  if (single.length > 0) {
    add(
      'single-unit',
      'info',
      w.singleUnit(single),
      { count: single.length },
      { items: single.slice(0, QUOTED) },
    );
  }
  const many = items.filter((i) => i.units > manyUnits);
  if (many.length > 0) {
    add(
      'many-units',
      'notice',
      w.manyUnits(many, manyUnits),
      { count: many.length, threshold: manyUnits },
      { items: many.slice(0, QUOTED) },
    );
  }
  const groups = facts.units.filter((u) => u.group && u.items > 0);
  if (groups.length > 0) {
    const on = items.filter((i) => i.groups > 0).length;
    add(
      'groups',
      'info',
      w.groups(groups, on),
      { count: groups.length, items: on },
      { units: groups.slice(0, LISTED) },
    );
  }
  const idle = units.filter((u) => u.items === 0);
  if (idle.length > 0)
    add(
      'idle-units',
      'info',
      w.idleUnits(idle),
      { count: idle.length },
      { units: idle.slice(0, LISTED) },
    );
  return out;
}

type Level = (typeof CONCENTRATION_LEVELS)[number];

/** The sentences of one language. */
interface Words {
  overview(items: number, units: number, assignments: number, sections: number): string;
  busiest(first: UnitFacts[], items: number, second: UnitFacts[]): string;
  mostLeads(top: UnitFacts[], leads: number): string;
  concentration(level: Level, gini: number, top3Share: number, units: number): string;
  overloaded(units: UnitFacts[], typical: number, within: number, all: number): string;
  noLead(noLead: ItemFacts[], staffed: number, open: number): string;
  noUnit(items: ItemFacts[]): string;
  singleUnit(items: ItemFacts[]): string;
  manyUnits(items: ItemFacts[], threshold: number): string;
  groups(units: UnitFacts[], items: number): string;
  idleUnits(units: UnitFacts[]): string;
}

const num = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const pct = (x: number): string => `${Math.round(x * 100)}%`;
/**
 * A title in quotation marks, cut to `TITLE_CHARS`. Quotation marks inside it
 * become single ones, as Chinese nests quotations (“全面建设‘两张网’”), and one
 * left open by the cut is closed.
 */
const quote = (title: string): string => {
  const chars = [...title.replace(/“/gu, '‘').replace(/”/gu, '’')];
  const text =
    chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS - 1).join('')}…` : chars.join('');
  const open = (text.match(/‘/gu) ?? []).length - (text.match(/’/gu) ?? []).length;
  return `“${text}${open > 0 ? '’' : ''}”`;
};

const zhList = (names: string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
const zhUnits = (units: UnitFacts[]): string =>
  units.length > LISTED
    ? `${units
        .slice(0, LISTED)
        .map((u) => u.name)
        .join('、')}等 ${num(units.length)} 个单位`
    : zhList(units.map((u) => u.name));
const zhItems = (items: ItemFacts[]): string =>
  items
    .slice(0, QUOTED)
    .map((i) => quote(i.title))
    .join('、') + (items.length > QUOTED ? '等' : '');

/** Item counts of named units: `各 9 项` when equal, else `9 至 12 项`. */
const zhCounts = (units: UnitFacts[]): string => {
  const [lo, hi] = countRange(units);
  return lo === hi
    ? `${units.length === 1 ? '' : '各 '}${num(hi)} 项`
    : `${num(lo)} 至 ${num(hi)} 项`;
};
const countRange = (units: UnitFacts[]): [number, number] => [
  Math.min(...units.map((u) => u.items)),
  Math.max(...units.map((u) => u.items)),
];

const ZH: Words = {
  overview: (items, units, assignments, sections) =>
    items === 0 && units === 0
      ? '本计划没有任务，也没有责任单位。'
      : `本计划共有 ${num(items)} 项任务、${num(units)} 个责任单位和 ${num(assignments)} 条分工` +
        (sections > 0 ? `，分为 ${num(sections)} 个部分。` : '。'),
  busiest: (first, items, second) => {
    const n = first[0]!.items;
    const head =
      first.length === 1
        ? `承担任务最多的是${first[0]!.name}，共 ${num(n)} 项（占全部 ${num(items)} 项任务的 ${pct(n / items)}）`
        : `承担任务最多的是${zhUnits(first)}，各 ${num(n)} 项（各占全部 ${num(items)} 项任务的 ${pct(n / items)}）`;
    if (second.length === 0) return `${head}。`;
    const m = second[0]!.items;
    return `${head}；其次是${zhUnits(second)}（${second.length === 1 ? '' : '各 '}${num(m)} 项）。`;
  },
  mostLeads: (top, leads) =>
    `牵头任务最多的是${zhUnits(top)}（${top.length === 1 ? '' : '各 '}${num(leads)} 项）。`,
  concentration: (level, gini, top3Share, units) =>
    `工作量${level.zh}：各单位任务数的基尼系数为 ${gini.toFixed(2)}` +
    (units > 3
      ? `；任务最多的 3 个单位（占 ${num(units)} 个单位的 ${pct(3 / units)}）承担了 ${pct(top3Share)} 的分工。`
      : '。'),
  overloaded: (units, typical, within, all) =>
    `${zhUnits(units)}承担的任务明显多于其他单位（${zhCounts(units)}），` +
    `而 ${num(all)} 个单位中有 ${num(within)} 个不超过 ${num(typical)} 项。`,
  noLead: (noLead, staffed, open) => {
    if (noLead.length === 0) return '每项任务都写明了牵头单位。';
    const head =
      noLead.length === staffed
        ? `${num(staffed)} 项任务都没有写明牵头单位`
        : `有 ${num(noLead.length)} 项任务没有写明牵头单位：${zhItems(noLead)}`;
    if (open === 0) return `${head}，但它们都只有一个责任单位。`;
    return `${head}；其中 ${num(open)} 项由多个单位共同负责，需要明确由谁牵头。`;
  },
  noUnit: (items) =>
    `有 ${num(items.length)} 项任务没有责任单位：${zhItems(items)}，需要指定负责的单位。`,
  singleUnit: (items) => `有 ${num(items.length)} 项任务只由一个单位负责：${zhItems(items)}。`,
  manyUnits: (items, threshold) =>
    `有 ${num(items.length)} 项任务的责任单位超过 ${num(threshold)} 个：` +
    items
      .slice(0, QUOTED)
      .map((i) => `${quote(i.title)}（${num(i.units)} 个）`)
      .join('、') +
    `${items.length > QUOTED ? '等' : ''}，责任可能过于分散。`,
  groups: (units, items) =>
    `${zhUnits(units)}代表多个单位，出现在 ${num(items)} 项任务中；实际承担这些任务的单位比名单上的多。`,
  idleUnits: (units) => `有 ${num(units.length)} 个单位没有分到任务：${zhUnits(units)}。`,
};

const enList = (names: string[]): string =>
  names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
const enUnits = (units: UnitFacts[]): string =>
  units.length > LISTED
    ? `${units
        .slice(0, LISTED)
        .map((u) => u.name)
        .join(', ')} and ${num(units.length - LISTED)} more`
    : enList(units.map((u) => u.name));
const enItems = (items: ItemFacts[]): string =>
  items.length > QUOTED
    ? `${items
        .slice(0, QUOTED)
        .map((i) => quote(i.title))
        .join(', ')} and ${num(items.length - QUOTED)} more`
    : enList(items.map((i) => quote(i.title)));
const plural = (n: number, one: string, many: string): string =>
  `${num(n)} ${n === 1 ? one : many}`;

const enCounts = (units: UnitFacts[]): string => {
  const [lo, hi] = countRange(units);
  return lo === hi
    ? `${plural(hi, 'item', 'items')}${units.length === 1 ? '' : ' each'}`
    : `${num(lo)} to ${num(hi)} items`;
};

const EN: Words = {
  overview: (items, units, assignments, sections) =>
    items === 0 && units === 0
      ? 'The plan has no items and no units.'
      : `The plan has ${plural(items, 'item', 'items')}, ${plural(units, 'unit', 'units')} and ` +
        `${plural(assignments, 'assignment', 'assignments')}` +
        (sections > 0 ? ` in ${plural(sections, 'section', 'sections')}.` : '.'),
  busiest: (first, items, second) => {
    const n = first[0]!.items;
    // "with 1 of the 1 items each" reads wrong: units on every item say so
    const all = items === 1 ? 'the plan’s only item' : `all ${num(items)} items`;
    const head =
      n === items
        ? first.length === 1
          ? `The busiest unit is ${first[0]!.name}, on ${all} (${pct(1)}).`
          : `The busiest units are ${enUnits(first)}, each on ${all} (${pct(1)}).`
        : first.length === 1
          ? `The busiest unit is ${first[0]!.name}, with ${num(n)} of the ${num(items)} items (${pct(n / items)}).`
          : `The busiest units are ${enUnits(first)}, with ${num(n)} of the ${num(items)} items each (${pct(n / items)}).`;
    if (second.length === 0) return head;
    const m = second[0]!.items;
    return second.length === 1
      ? `${head} Next comes ${second[0]!.name}, with ${plural(m, 'item', 'items')}.`
      : `${head} Next come ${enUnits(second)}, with ${plural(m, 'item', 'items')} each.`;
  },
  mostLeads: (top, leads) =>
    top.length === 1
      ? `${top[0]!.name} leads the most items (${num(leads)}).`
      : `${enUnits(top)} lead the most items (${num(leads)} each).`,
  concentration: (level, gini, top3Share, units) =>
    `The workload is ${level.en}: the Gini coefficient of the units’ item counts is ${gini.toFixed(2)}` +
    (units > 3
      ? `; the 3 busiest units (${pct(3 / units)} of the ${num(units)} units) carry ${pct(top3Share)} of the assignments.`
      : '.'),
  overloaded: (units, typical, within, all) =>
    `${enUnits(units)} ${units.length === 1 ? 'carries' : 'carry'} clearly more items than other units ` +
    `(${enCounts(units)}), while ${num(within)} of the ${num(all)} units have at most ` +
    `${plural(typical, 'item', 'items')}.`,
  noLead: (noLead, staffed, open) => {
    if (noLead.length === 0) return 'Every item names its lead unit.';
    const all = noLead.length === staffed;
    const head = all
      ? staffed === 1
        ? 'The item names no lead unit'
        : `None of the ${num(staffed)} items names a lead unit`
      : `${plural(noLead.length, 'item names', 'items name')} no lead unit: ${enItems(noLead)}`;
    if (open === 0)
      return `${head}, but ${noLead.length === 1 ? 'it has' : 'each has'} a single unit.`;
    const which =
      all && open === staffed
        ? 'all of them have'
        : `${num(open)} of them ${open === 1 ? 'has' : 'have'}`;
    return `${head}; ${which} several units, so who leads needs to be settled.`;
  },
  noUnit: (items) =>
    `${plural(items.length, 'item has', 'items have')} no unit: ${enItems(items)}; assign someone to ${items.length === 1 ? 'it' : 'them'}.`,
  singleUnit: (items) =>
    `${plural(items.length, 'item rests', 'items rest')} on a single unit: ${enItems(items)}.`,
  manyUnits: (items, threshold) => {
    const listed = items.slice(0, QUOTED).map((i) => `${quote(i.title)} (${num(i.units)})`);
    const more = items.length > QUOTED ? [`${num(items.length - QUOTED)} more`] : [];
    return (
      `${plural(items.length, 'item has', 'items have')} more than ${plural(threshold, 'unit', 'units')}: ` +
      `${enList([...listed, ...more])}; responsibility may be spread too thin.`
    );
  },
  groups: (units, items) =>
    `${enUnits(units)} ${units.length === 1 ? 'stands' : 'stand'} for several units and ` +
    `${units.length === 1 ? 'appears' : 'appear'} on ${plural(items, 'item', 'items')}, ` +
    'so more bodies carry those items than the list shows.',
  idleUnits: (units) =>
    `${plural(units.length, 'unit has', 'units have')} no item: ${enUnits(units)}.`,
};
