import { formatNumber } from './format.js';
import type { Lang } from './lang.js';

/**
 * The words every element shares, in Chinese and English. Messages with values
 * are functions; numbers are formatted with `Intl` in the message's language.
 * Element-specific words live in the element's folder (see `localize`).
 *
 * @example messages('en').items(17) // "17 items"
 */
export interface Messages {
  /** shown before any data is given */
  idle: string;
  loading: string;
  /** a plan with no items and no units */
  empty: string;
  errorTitle: string;
  fetchFailed: (src: string, detail: string) => string;
  httpStatus: (src: string, status: number) => string;
  unsupportedType: (src: string) => string;
  invalidPlan: (detail: string) => string;
  sourceNotFound: (id: string) => string;
  lead: string;
  inferredLead: string;
  member: string;
  item: string;
  unit: string;
  section: string;
  noSection: string;
  legend: string;
  items: (n: number) => string;
  units: (n: number) => string;
  assignments: (n: number) => string;
  /** one unit's load, e.g. for a tooltip: "9 items: 2 lead, 7 member" */
  unitLoad: (items: number, lead: number, inferredLead: number, member: number) => string;
  /** one item's units: "3 units" */
  itemUnits: (units: number) => string;
  /** the sentence naming the busiest units in a plan summary */
  busiest: (names: readonly { name: string; items: number }[]) => string;
  /** column headers (capitalised where the language does) */
  headers: {
    unit: string;
    item: string;
    section: string;
    lead: string;
    inferredLead: string;
    member: string;
  };
  /** column header for a count of items */
  itemCount: string;
  /** column header for a count of units */
  unitCount: string;
  /** a name followed by what is said about it: "区司法局：9 项任务" */
  named: (name: string, text: string) => string;
  dataTable: string;
  /** the accessible name of a measure's "?" (see `explainButton`) */
  explain: (term: string) => string;
  toolbar: string;
  downloadSvg: string;
  downloadPng: string;
  /** shown by the toolbar when a download could not be made */
  exportFailed: (format: string) => string;
  list: (names: readonly string[]) => string;
}

const zh: Messages = {
  idle: '尚未提供计划数据。',
  loading: '正在加载计划…',
  empty: '该计划没有任务，也没有责任单位。',
  errorTitle: '无法显示计划',
  fetchFailed: (src, detail) => `无法获取“${src}”：${detail}。请检查地址和网络。`,
  httpStatus: (src, status) => `获取“${src}”失败（HTTP ${status}）。请检查地址。`,
  unsupportedType: (src) => `无法识别“${src}”的格式：请提供 .json、.csv 或 .txt 文件。`,
  invalidPlan: (detail) => `计划数据有误：${detail}`,
  sourceNotFound: (id) => `页面中没有 id 为“${id}”的 <remit-data> 元素。`,
  lead: '牵头',
  inferredLead: '牵头（推定）',
  member: '配合',
  item: '任务',
  unit: '单位',
  section: '部分',
  noSection: '未分部分',
  legend: '图例',
  items: (n) => `${formatNumber('zh-CN', n)} 项任务`,
  units: (n) => `${formatNumber('zh-CN', n)} 个单位`,
  assignments: (n) => `${formatNumber('zh-CN', n)} 条分工`,
  unitLoad: (items, lead, inferredLead, member) =>
    `${formatNumber('zh-CN', items)} 项任务：牵头 ${formatNumber('zh-CN', lead)}` +
    (inferredLead ? `（其中推定 ${formatNumber('zh-CN', inferredLead)}）` : '') +
    `，配合 ${formatNumber('zh-CN', member)}`,
  itemUnits: (n) => `${formatNumber('zh-CN', n)} 个单位`,
  busiest: (list) =>
    list.length === 0
      ? ''
      : `任务最多的是${list.map((u) => `${u.name}（${formatNumber('zh-CN', u.items)} 项）`).join('、')}`,
  headers: {
    unit: '单位',
    item: '任务',
    section: '部分',
    lead: '牵头',
    inferredLead: '牵头（推定）',
    member: '配合',
  },
  itemCount: '任务数',
  unitCount: '单位数',
  named: (name, text) => `${name}：${text}`,
  dataTable: '数据表',
  explain: (term) => `说明：${term}`,
  toolbar: '导出',
  downloadSvg: '下载 SVG',
  downloadPng: '下载 PNG',
  exportFailed: (format) => `无法导出 ${format}。请重试，或改为下载 SVG。`,
  list: (names) => names.join('、'),
};

const en: Messages = {
  idle: 'No plan data yet.',
  loading: 'Loading plan…',
  empty: 'This plan has no items and no units.',
  errorTitle: 'The plan cannot be shown',
  fetchFailed: (src, detail) => `Could not fetch “${src}”: ${detail}. Check the address.`,
  httpStatus: (src, status) => `Fetching “${src}” failed (HTTP ${status}). Check the address.`,
  unsupportedType: (src) => `Unknown format for “${src}”: give a .json, .csv or .txt file.`,
  invalidPlan: (detail) => `The plan data is not valid: ${detail}`,
  sourceNotFound: (id) => `There is no <remit-data> element with id “${id}” on this page.`,
  lead: 'lead',
  inferredLead: 'lead (inferred)',
  member: 'member',
  item: 'item',
  unit: 'unit',
  section: 'section',
  noSection: 'No section',
  legend: 'Legend',
  items: (n) => `${formatNumber('en', n)} ${n === 1 ? 'item' : 'items'}`,
  units: (n) => `${formatNumber('en', n)} ${n === 1 ? 'unit' : 'units'}`,
  assignments: (n) => `${formatNumber('en', n)} ${n === 1 ? 'assignment' : 'assignments'}`,
  unitLoad: (items, lead, inferredLead, member) =>
    `${en.items(items)}: ${formatNumber('en', lead)} lead` +
    (inferredLead ? ` (${formatNumber('en', inferredLead)} inferred)` : '') +
    `, ${formatNumber('en', member)} member`,
  itemUnits: (n) => en.units(n),
  busiest: (list) =>
    list.length === 0
      ? ''
      : `the busiest ${list.length === 1 ? 'unit is' : 'units are'} ` +
        en.list(list.map((u) => `${u.name} (${en.items(u.items)})`)),
  headers: {
    unit: 'Unit',
    item: 'Item',
    section: 'Section',
    lead: 'Lead',
    inferredLead: 'Lead (inferred)',
    member: 'Member',
  },
  itemCount: 'Items',
  unitCount: 'Units',
  named: (name, text) => `${name}: ${text}`,
  dataTable: 'Data table',
  explain: (term) => `What is ${term}?`,
  toolbar: 'Export',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  exportFailed: (format) => `The ${format} could not be made. Try again, or download the SVG.`,
  list: (names) =>
    names.length <= 2
      ? names.join(' and ')
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
};

const tables: Record<Lang, Messages> = { 'zh-CN': zh, en };

/** The shared messages in one language. */
export function messages(lang: Lang): Messages {
  return tables[lang];
}
