import type { Sheet, Table, TableCell, TableOptions } from '../io/table.js';
import { assignmentsTable } from '../io/tables/assignments-table.js';
import { matrixTable } from '../io/tables/matrix-table.js';
import type { Plan } from '../model/plan.js';
import type { MetricsReport } from './metrics-report.js';
import { unitsTable } from './units-table.js';

export interface PlanWorkbookOptions extends TableOptions {
  /** the name of the file the plan was read from (default: the plan's `meta.source`) */
  file?: string;
}

type SheetId = 'assignments' | 'matrix' | 'units' | 'about';

/** Each sheet's name and what it holds, as the 说明 sheet tells it. */
const SHEETS: Record<'zh' | 'en', Record<SheetId, [name: string, holds: string]>> = {
  zh: {
    assignments: [
      '任务分工',
      '每个单位在每项任务上的分工，一行一条（长表），与分工表 CSV 相同；没有单位的任务、没有任务的单位各占一行。',
    ],
    matrix: [
      '矩阵',
      '任务 × 单位责任矩阵（宽表）：每项任务一行，每个单位一列，单元格为牵头、配合或空。',
    ],
    units: [
      '单位工作量',
      '每个单位一行，任务多的在前：任务数、牵头、配合、均分任务量，以及协作网络指标（协作单位数、协作强度、中介中心度、PageRank、协作组）。',
    ],
    about: ['说明', '本表：计划、计数和各工作表的内容。'],
  },
  en: {
    assignments: [
      'Assignments',
      'One row per unit on an item (long layout), as in the assignments CSV; an item without units and a unit without items get a row each.',
    ],
    matrix: [
      'Matrix',
      'The item × unit responsibility matrix (wide layout): a row per item, a column per unit, cells lead, member or empty.',
    ],
    units: [
      'Unit workload',
      'One row per unit, busiest first: items, leads, members, share of items, and the co-responsibility network measures (degree, weighted degree, betweenness, PageRank, community).',
    ],
    about: ['About', 'This sheet: the plan, its counts and what each sheet holds.'],
  },
};

const ABOUT_WORDS = {
  zh: {
    header: ['项目', '内容'],
    title: '计划',
    issuer: '发文机关',
    docNumber: '文号',
    date: '日期',
    file: '来源文件',
    items: '任务数',
    units: '单位数',
    assignments: '分工数（单位 × 任务）',
    itemsWithoutLead: '无牵头单位的任务数',
    sheet: '工作表',
    holds: '内容',
  },
  en: {
    header: ['field', 'value'],
    title: 'plan',
    issuer: 'issuer',
    docNumber: 'document number',
    date: 'date',
    file: 'source file',
    items: 'items',
    units: 'units',
    assignments: 'assignments (unit × item)',
    itemsWithoutLead: 'items without a lead',
    sheet: 'sheet',
    holds: 'holds',
  },
} as const;

/**
 * The workbook of a plan, as tables to be written one per sheet: 任务分工
 * (`assignmentsTable`), 矩阵 (`matrixTable`), 单位工作量 (`unitsTable`) and
 * 说明 (the plan's title, issuer, document number, date and source file, its
 * counts, and what each sheet holds); English names and headers by default,
 * Chinese with `lang: 'zh'`. The same tables the CSV files are written from.
 */
export function planWorkbook(
  plan: Plan,
  report: MetricsReport,
  options: PlanWorkbookOptions = {},
): Sheet[] {
  const lang = options.lang === 'zh' ? 'zh' : 'en';
  const names = SHEETS[lang];
  return [
    { name: names.assignments[0], table: assignmentsTable(plan, { lang }) },
    { name: names.matrix[0], table: matrixTable(plan, { lang }) },
    { name: names.units[0], table: unitsTable(report, { lang }) },
    { name: names.about[0], table: aboutTable(plan, report, lang, options.file) },
  ];
}

function aboutTable(
  plan: Plan,
  report: MetricsReport,
  lang: 'zh' | 'en',
  file: string | undefined,
): Table {
  const w = ABOUT_WORDS[lang];
  const meta = plan.meta ?? {};
  const { summary } = report;
  const rows: TableCell[][] = [
    [w.title, meta.title ?? ''],
    [w.issuer, meta.issuer ?? ''],
    [w.docNumber, meta.docNumber ?? ''],
    [w.date, meta.date ?? ''],
    [w.file, file ?? meta.source ?? ''],
    [w.items, summary.items],
    [w.units, summary.units],
    [w.assignments, summary.assignments],
    [w.itemsWithoutLead, summary.itemsWithoutLead],
    ['', ''],
    [w.sheet, w.holds],
    ...Object.values(SHEETS[lang]),
  ];
  return { header: w.header, rows };
}
