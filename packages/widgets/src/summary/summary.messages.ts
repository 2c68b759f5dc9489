import { formatPercent } from '../shared/format.js';
import type { Lang } from '../shared/lang.js';

/** Words of `<remit-summary>`. */
export interface SummaryMessages {
  title: string;
  items: string;
  units: string;
  assignments: string;
  itemsWithoutLead: string;
  gini: string;
  busiest: string;
  /** under a count of items: its share of all items */
  ofItems: (share: number) => string;
  giniHint: string;
  sections: (n: number) => string;
  unitsWithoutItem: (n: number) => string;
  perItem: (mean: string) => string;
  noBusiest: string;
  /** a figure's button: its label and value, and that it shows the items behind it */
  trace: (label: string, value: string) => string;
}

export const summaryMessages: Record<Lang, SummaryMessages> = {
  'zh-CN': {
    title: '计划概览',
    items: '任务',
    units: '责任单位',
    assignments: '分工',
    itemsWithoutLead: '未写明牵头单位的任务',
    gini: '任务集中度（基尼系数）',
    busiest: '任务最多的单位',
    trace: (label, value) => `${label}：${value}，查看依据的任务`,
    ofItems: (share) => `占全部任务的 ${formatPercent('zh-CN', share)}`,
    giniHint: '0 表示平均分配，1 表示集中于一个单位',
    sections: (n) => `分 ${n} 个部分`,
    unitsWithoutItem: (n) => `其中 ${n} 个单位没有任务`,
    perItem: (mean) => `平均每项任务 ${mean} 个单位`,
    noBusiest: '没有单位承担任务',
  },
  en: {
    title: 'Plan summary',
    items: 'Items',
    units: 'Units',
    assignments: 'Assignments',
    itemsWithoutLead: 'Items without a written lead',
    gini: 'Workload concentration (Gini)',
    busiest: 'Busiest units',
    trace: (label, value) => `${label}: ${value}; show the items behind it`,
    ofItems: (share) => `${formatPercent('en', share)} of all items`,
    giniHint: '0 is an even split, 1 is all on one unit',
    sections: (n) => `in ${n} ${n === 1 ? 'section' : 'sections'}`,
    unitsWithoutItem: (n) => `${n} of them with no item`,
    perItem: (mean) => `${mean} units per item on average`,
    noBusiest: 'No unit carries an item',
  },
};
