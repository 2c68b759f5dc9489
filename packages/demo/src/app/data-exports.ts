import {
  writeAssignmentsCsv,
  writeMatrixCsv,
  writePlanJson,
  type WriteCsvOptions,
} from '@remit/core/io';
import { planWorkbook, writeUnitsCsv } from '@remit/core/report';
import type { DashboardMessages } from './messages.js';
import type { PlanInsight } from './plan-insight.js';
import type { UiLang } from './settings.js';

/** A file the dashboard offers for download. */
export interface ExportFile {
  name: string;
  type: string;
  content: string | Uint8Array<ArrayBuffer>;
}

/** One entry of the export menu. */
export interface DataExport {
  id:
    'workbook-xlsx' | 'plan-json' | 'assignments-csv' | 'matrix-csv' | 'metrics-json' | 'units-csv';
  label: (m: DashboardMessages) => string;
  /** the file, named `base.*`; `source` is the name of the file the plan was read from */
  file: (insight: PlanInsight, base: string, lang: UiLang, source?: string) => Promise<ExportFile>;
}

const JSON_TYPE = 'application/json;charset=utf-8';
const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * How the dashboard writes CSV: for Excel as people open it, with a byte-order
 * mark (Excel on Windows otherwise shows UTF-8 Chinese as mojibake) and, on a
 * Chinese page, Chinese headers and roles (牵头/配合). Remit reads both back.
 */
function csvOptions(lang: UiLang): WriteCsvOptions {
  return { lang: tableLang(lang), bom: true };
}

/** The language of the headers and words in files written from a page in `lang`. */
function tableLang(lang: UiLang): 'zh' | 'en' {
  return lang === 'zh-CN' ? 'zh' : 'en';
}

/**
 * The plan and its metrics as one Excel workbook (core's `planWorkbook`:
 * long table, matrix, units' workload and a sheet that says what each holds,
 * from the tables the CSV files are written from), the plan alone (core's
 * writers: Plan JSON, long and wide CSV) and its metrics (core's
 * `metricsReport` as JSON; one CSV row per unit, as `remit metrics --format
 * csv` writes it); the workbook and CSV in the page's language.
 */
export const DATA_EXPORTS: readonly DataExport[] = [
  {
    id: 'workbook-xlsx',
    label: (m) => m.workbookXlsx,
    file: async (x, base, lang, source) => {
      // The writer and its zip library load only when a workbook is asked for.
      const { writeXlsx, XLSX_TYPE } = await import('@remit/core/xlsx');
      const sheets = planWorkbook(x.plan, x.report, {
        lang: tableLang(lang),
        ...(source === undefined ? {} : { file: source }),
      });
      return { name: `${base}.xlsx`, type: XLSX_TYPE, content: await writeXlsx(sheets) };
    },
  },
  {
    id: 'plan-json',
    label: (m) => m.planJson,
    file: async (x, base) => ({
      name: `${base}.plan.json`,
      type: JSON_TYPE,
      content: writePlanJson(x.plan),
    }),
  },
  {
    id: 'assignments-csv',
    label: (m) => m.assignmentsCsv,
    file: async (x, base, lang) => ({
      name: `${base}.assignments.csv`,
      type: CSV_TYPE,
      content: writeAssignmentsCsv(x.plan, csvOptions(lang)),
    }),
  },
  {
    id: 'matrix-csv',
    label: (m) => m.matrixCsv,
    file: async (x, base, lang) => ({
      name: `${base}.matrix.csv`,
      type: CSV_TYPE,
      content: writeMatrixCsv(x.plan, csvOptions(lang)),
    }),
  },
  {
    id: 'metrics-json',
    label: (m) => m.metricsJson,
    file: async (x, base) => ({
      name: `${base}.metrics.json`,
      type: JSON_TYPE,
      content: JSON.stringify(x.report, null, 2) + '\n',
    }),
  },
  {
    id: 'units-csv',
    label: (m) => m.unitsCsv,
    file: async (x, base, lang) => ({
      name: `${base}.units.csv`,
      type: CSV_TYPE,
      content: writeUnitsCsv(x.report, csvOptions(lang)),
    }),
  },
];

/** A file name base from the plan's source name: no extension, no path or reserved characters. */
export function fileBase(name: string): string {
  const base = name
    .replace(/^.*[\\/]/u, '')
    .replace(/\.[a-z0-9]{1,5}$/iu, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/gu, '_')
    .trim();
  return base.slice(0, 80) || 'plan';
}
