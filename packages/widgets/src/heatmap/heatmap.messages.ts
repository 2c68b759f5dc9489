import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/lang.js';

/** The heatmap's own words; shared ones (roles, counts, states) are in `shared/messages.ts`. */
export interface HeatmapMessages {
  /** the accessible name when the element has no `label` */
  name: string;
  /** the column bars: a unit's items */
  workloadBar: string;
  /** the row bars: an item's units */
  unitsBar: string;
  /** legend entries of the metric colour modes */
  colorWorkload: string;
  colorUnits: string;
  fewer: string;
  more: string;
  noAssignment: string;
  /** after a unit's name in lists, for an inferred lead */
  inferredMark: string;
  /** what `CORRECTED_MARK` before an item's label means (legend and tooltip) */
  corrected: string;
  /** what a cell says to a screen reader and in its tooltip */
  cell: (item: string, unit: string, role: string) => string;
  /** an empty grid position */
  emptyCell: (item: string, unit: string) => string;
  row: (item: string, units: number) => string;
  column: (unit: string, load: string) => string;
  /** how to use the keyboard, read once when the grid gets focus */
  keys: string;
  itemsWithoutLead: (n: number) => string;
  itemsWithoutUnits: (n: number) => string;
  unitsWithoutItems: (n: number) => string;
  sortLabel: string;
  sorts: { document: string; workload: string; seriation: string };
}

const zh: HeatmapMessages = {
  name: '任务与责任单位矩阵',
  workloadBar: '单位承担的任务数',
  unitsBar: '任务涉及的单位数',
  colorWorkload: '颜色：单位承担的任务数',
  colorUnits: '颜色：任务涉及的单位数',
  fewer: '少',
  more: '多',
  noAssignment: '无分工',
  inferredMark: '（推定）',
  corrected: '已更正',
  cell: (item, unit, role) => `${item}；${unit}：${role}`,
  emptyCell: (item, unit) => `${item}；${unit}：无分工`,
  row: (item, n) => `${item}：${formatNumber('zh-CN', n)} 个单位`,
  column: (unit, load) => `${unit}：${load}`,
  keys: '方向键在格子之间移动，回车键选中，Esc 键取消选中。',
  itemsWithoutLead: (n) => `${formatNumber('zh-CN', n)} 项任务没有写明牵头单位`,
  itemsWithoutUnits: (n) => `${formatNumber('zh-CN', n)} 项任务没有责任单位`,
  unitsWithoutItems: (n) => `${formatNumber('zh-CN', n)} 个单位没有任务`,
  sortLabel: '排序',
  sorts: { document: '原文顺序', workload: '按任务量', seriation: '按相似度' },
};

const en: HeatmapMessages = {
  name: 'Items and responsible units',
  workloadBar: 'items per unit',
  unitsBar: 'units per item',
  colorWorkload: "colour: the unit's items",
  colorUnits: "colour: the item's units",
  fewer: 'fewer',
  more: 'more',
  noAssignment: 'no assignment',
  inferredMark: ' (inferred)',
  corrected: 'corrected',
  cell: (item, unit, role) => `${item}; ${unit}: ${role}`,
  emptyCell: (item, unit) => `${item}; ${unit}: no assignment`,
  row: (item, n) => `${item}: ${formatNumber('en', n)} ${n === 1 ? 'unit' : 'units'}`,
  column: (unit, load) => `${unit}: ${load}`,
  keys: 'Arrow keys move between cells, Enter selects, Escape clears the selection.',
  itemsWithoutLead: (n) =>
    `${formatNumber('en', n)} ${n === 1 ? 'item has' : 'items have'} no written lead`,
  itemsWithoutUnits: (n) =>
    `${formatNumber('en', n)} ${n === 1 ? 'item has' : 'items have'} no unit`,
  unitsWithoutItems: (n) =>
    `${formatNumber('en', n)} ${n === 1 ? 'unit has' : 'units have'} no item`,
  sortLabel: 'Order',
  sorts: { document: 'document', workload: 'workload', seriation: 'similarity' },
};

export const heatmapMessages: Readonly<Record<Lang, HeatmapMessages>> = { 'zh-CN': zh, en };
