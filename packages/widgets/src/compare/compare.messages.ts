import type { ItemMatchKind, UnitMatchKind } from '@remit/core/compare';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/lang.js';

/** Words of `<remit-compare>` (shared words are in `shared/messages.ts`). */
export interface CompareMessages {
  title: string;
  /** the earlier plan's name in the legend and headers */
  before: string;
  after: string;
  /** shown when the earlier plan is not given yet */
  noBefore: string;
  loadingBefore: string;
  /** the earlier plan could not be read */
  beforeFailed: (detail: string) => string;
  flowTitle: string;
  unitsTitle: string;
  noSection: string;
  itemKind: Record<ItemMatchKind, string>;
  unitKind: Record<UnitMatchKind, string>;
  /** a unit's items before and after: "5 → 7 (+2)"; a missing side is "–" */
  figures: (before: number | undefined, after: number | undefined) => string;
  /** its written leads before and after, when they differ: "牵头 1 → 2" */
  leads: (before: number, after: number) => string;
  /** the items of one section of the flow: "第一部分：未变 3，改写 2 …" */
  flowCounts: (counts: readonly { kind: ItemMatchKind; count: number }[]) => string;
  hidden: (n: number) => string;
  /** one-sentence summary of the comparison */
  summary: (
    items: Record<ItemMatchKind, number>,
    unitsChanged: number,
    units: Record<UnitMatchKind, number>,
  ) => string;
  headers: {
    match: string;
    itemsBefore: string;
    itemsAfter: string;
    change: string;
    leadBefore: string;
    leadAfter: string;
    section: string;
  };
}

const signed = (lang: Lang, n: number): string =>
  (n > 0 ? '+' : n < 0 ? '−' : '±') + formatNumber(lang, Math.abs(n));

export const compareMessages: Record<Lang, CompareMessages> = {
  'zh-CN': {
    title: '与上一版计划对比',
    before: '上一版',
    after: '本版',
    noBefore: '尚未提供上一版计划，无法对比。',
    loadingBefore: '正在读取上一版计划…',
    beforeFailed: (detail) => `上一版计划无法读取：${detail}`,
    flowTitle: '任务变化（按部分）',
    unitsTitle: '各单位任务量变化（按变化大小排列）',
    noSection: '未分部分',
    itemKind: {
      same: '未变',
      reworded: '改写',
      split: '拆分',
      merged: '合并',
      new: '新增',
      dropped: '删去',
    },
    unitKind: {
      same: '同名',
      alias: '更名（单位目录）',
      'likely-alias': '疑似更名（待确认）',
      new: '新列入',
      dropped: '不再列出',
    },
    figures: (before, after) => {
      const b = before === undefined ? '–' : formatNumber('zh-CN', before);
      const a = after === undefined ? '–' : formatNumber('zh-CN', after);
      return `${b} → ${a}（${signed('zh-CN', (after ?? 0) - (before ?? 0))}）`;
    },
    leads: (before, after) =>
      `牵头 ${formatNumber('zh-CN', before)} → ${formatNumber('zh-CN', after)}`,
    flowCounts: (counts) =>
      counts
        .map(
          (c) => `${compareMessages['zh-CN'].itemKind[c.kind]} ${formatNumber('zh-CN', c.count)}`,
        )
        .join('，'),
    hidden: (n) => `另有 ${formatNumber('zh-CN', n)} 个单位未显示。`,
    summary: (items, unitsChanged, units) =>
      `本版与上一版相比：任务未变 ${formatNumber('zh-CN', items.same)} 项、改写 ${formatNumber('zh-CN', items.reworded)} 项、拆分 ${formatNumber('zh-CN', items.split)} 处、合并 ${formatNumber('zh-CN', items.merged)} 处、新增 ${formatNumber('zh-CN', items.new)} 项、删去 ${formatNumber('zh-CN', items.dropped)} 项；${formatNumber('zh-CN', unitsChanged)} 个单位的任务有变化，新列入 ${formatNumber('zh-CN', units.new)} 个单位，不再列出 ${formatNumber('zh-CN', units.dropped)} 个。`,
    headers: {
      match: '对应',
      itemsBefore: '上一版任务',
      itemsAfter: '本版任务',
      change: '变化',
      leadBefore: '上一版牵头',
      leadAfter: '本版牵头',
      section: '部分',
    },
  },
  en: {
    title: 'Compared with the earlier plan',
    before: 'Earlier plan',
    after: 'This plan',
    noBefore: 'No earlier plan given yet: nothing to compare with.',
    loadingBefore: 'Reading the earlier plan…',
    beforeFailed: (detail) => `The earlier plan could not be read: ${detail}`,
    flowTitle: 'Items by section',
    unitsTitle: 'Change in items per unit (largest change first)',
    noSection: 'No section',
    itemKind: {
      same: 'Same',
      reworded: 'Reworded',
      split: 'Split',
      merged: 'Merged',
      new: 'New',
      dropped: 'Dropped',
    },
    unitKind: {
      same: 'same name',
      alias: 'renamed (unit directory)',
      'likely-alias': 'probably renamed (to confirm)',
      new: 'newly named',
      dropped: 'no longer named',
    },
    figures: (before, after) => {
      const b = before === undefined ? '–' : formatNumber('en', before);
      const a = after === undefined ? '–' : formatNumber('en', after);
      return `${b} → ${a} (${signed('en', (after ?? 0) - (before ?? 0))})`;
    },
    leads: (before, after) => `lead ${formatNumber('en', before)} → ${formatNumber('en', after)}`,
    flowCounts: (counts) =>
      counts
        .map((c) => `${compareMessages.en.itemKind[c.kind]} ${formatNumber('en', c.count)}`)
        .join(', '),
    hidden: (n) => `${formatNumber('en', n)} more ${n === 1 ? 'unit is' : 'units are'} not shown.`,
    summary: (items, unitsChanged, units) => {
      const n = (x: number, one: string, many: string) =>
        `${formatNumber('en', x)} ${x === 1 ? one : many}`;
      return `Against the earlier plan: ${n(items.same, 'item', 'items')} the same, ${formatNumber('en', items.reworded)} reworded, ${n(items.split, 'split', 'splits')}, ${n(items.merged, 'merge', 'merges')}, ${formatNumber('en', items.new)} new and ${formatNumber('en', items.dropped)} dropped; ${n(unitsChanged, 'unit', 'units')} with a change, ${formatNumber('en', units.new)} newly named, ${formatNumber('en', units.dropped)} no longer named.`;
    },
    headers: {
      match: 'Match',
      itemsBefore: 'Items before',
      itemsAfter: 'Items after',
      change: 'Change',
      leadBefore: 'Lead before',
      leadAfter: 'Lead after',
      section: 'Section',
    },
  },
};
