import type { ItemFacts, UnitFacts } from './finding-facts.js';
import { LISTED, QUOTED } from './finding-rules.js';
import { countRange, num, pct, quote, type FindingWords } from './finding-text.js';

/** `甲、乙和丙`, as Chinese joins a list. */
const list = new Intl.ListFormat('zh', { type: 'conjunction' });

const units = (named: UnitFacts[]): string =>
  named.length > LISTED
    ? `${named
        .slice(0, LISTED)
        .map((u) => u.name)
        .join('、')}等 ${num(named.length)} 个单位`
    : list.format(named.map((u) => u.name));

const items = (named: ItemFacts[]): string =>
  named
    .slice(0, QUOTED)
    .map((i) => quote(i.title))
    .join('、') + (named.length > QUOTED ? '等' : '');

/** Item counts of named units: `各 9 项` when equal, else `9 至 12 项`. */
const counts = (named: UnitFacts[]): string => {
  const [lo, hi] = countRange(named);
  return lo === hi
    ? `${named.length === 1 ? '' : '各 '}${num(hi)} 项`
    : `${num(lo)} 至 ${num(hi)} 项`;
};

/** The findings in Chinese. */
export const FINDING_WORDS_ZH: FindingWords = {
  overview: ({ items: n, units: u, assignments, sections }) =>
    n === 0 && u === 0
      ? '本计划没有任务，也没有责任单位。'
      : `本计划共有 ${num(n)} 项任务、${num(u)} 个责任单位和 ${num(assignments)} 条分工` +
        (sections > 0 ? `，分为 ${num(sections)} 个部分。` : '。'),
  busiest: ({ first, items: total, second }) => {
    const n = first[0]!.items;
    const head =
      first.length === 1
        ? `承担任务最多的是${first[0]!.name}，共 ${num(n)} 项（占全部 ${num(total)} 项任务的 ${pct(n / total)}）`
        : `承担任务最多的是${units(first)}，各 ${num(n)} 项（各占全部 ${num(total)} 项任务的 ${pct(n / total)}）`;
    if (second.length === 0) return `${head}。`;
    const m = second[0]!.items;
    return `${head}；其次是${units(second)}（${second.length === 1 ? '' : '各 '}${num(m)} 项）。`;
  },
  'most-leads': ({ top, leads }) =>
    `牵头任务最多的是${units(top)}（${top.length === 1 ? '' : '各 '}${num(leads)} 项）。`,
  concentration: ({ level, gini, top3Share, units: all }) =>
    `工作量${level.zh}：各单位任务数的基尼系数为 ${gini.toFixed(2)}` +
    (all > 3
      ? `；任务最多的 3 个单位（占 ${num(all)} 个单位的 ${pct(3 / all)}）承担了 ${pct(top3Share)} 的分工。`
      : '。'),
  overloaded: ({ units: named, typical, within, all }) =>
    `${units(named)}承担的任务明显多于其他单位（${counts(named)}），` +
    `而 ${num(all)} 个单位中有 ${num(within)} 个不超过 ${num(typical)} 项。`,
  'no-lead': ({ noLead, staffed, open }) => {
    if (noLead.length === 0) return '每项任务都写明了牵头单位。';
    const head =
      noLead.length === staffed
        ? `${num(staffed)} 项任务都没有写明牵头单位`
        : `有 ${num(noLead.length)} 项任务没有写明牵头单位：${items(noLead)}`;
    if (open === 0) return `${head}，但它们都只有一个责任单位。`;
    return `${head}；其中 ${num(open)} 项由多个单位共同负责，需要明确由谁牵头。`;
  },
  'no-unit': ({ items: named }) =>
    `有 ${num(named.length)} 项任务没有责任单位：${items(named)}，需要指定负责的单位。`,
  'single-unit': ({ items: named }) =>
    `有 ${num(named.length)} 项任务只由一个单位负责：${items(named)}。`,
  'many-units': ({ items: named, threshold }) =>
    `有 ${num(named.length)} 项任务的责任单位超过 ${num(threshold)} 个：` +
    named
      .slice(0, QUOTED)
      .map((i) => `${quote(i.title)}（${num(i.units)} 个）`)
      .join('、') +
    `${named.length > QUOTED ? '等' : ''}，责任可能过于分散。`,
  groups: ({ units: named, items: on }) =>
    `${units(named)}代表多个单位，出现在 ${num(on)} 项任务中；实际承担这些任务的单位比名单上的多。`,
  'idle-units': ({ units: named }) =>
    `有 ${num(named.length)} 个单位没有分到任务：${units(named)}。`,
};
