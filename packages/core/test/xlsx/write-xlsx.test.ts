import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formulaFree, isBoldAndFrozen } from './workbook-xml.js';
import { unescapeFormula } from '../../src/io/csv/formula-prefix.js';
import { tokenizeCsv } from '../../src/io/csv/tokenize-csv.js';
import { readPlan } from '../../src/io/read-plan.js';
import { writeAssignmentsCsv, writeMatrixCsv } from '../../src/io/write-plan-csv.js';
import type { Plan } from '../../src/model/plan.js';
import { metricsReport } from '../../src/report/metrics-report.js';
import { planWorkbook } from '../../src/report/plan-workbook.js';
import { writeUnitsCsv } from '../../src/report/write-units-csv.js';
import { columnWidths } from '../../src/xlsx/column-widths.js';
import { writeXlsx } from '../../src/xlsx/write-xlsx.js';
import { readWorkbook } from '../support/read-workbook.js';

const textPlan = (path: URL): Plan => {
  const name = path.pathname.replace(/^.*\//u, '');
  return readPlan(readFileSync(path), { format: 'txt', source: name }).value;
};
const founding = textPlan(new URL('../../data/xuhui-2020-fazhi.txt', import.meta.url));
/** A corpus plan that names leads (牵头). */
const withLeads = textPlan(
  new URL('../../../../fixtures/corpus/lishui-2023-gzbg-duties.txt', import.meta.url),
);

/** CSV text as rows of cells, the formula guard removed: what a spreadsheet should hold. */
const csvRows = (text: string): string[][] =>
  tokenizeCsv(text, { delimiter: ',' }).records.map((r) =>
    r.fields.map((f) => unescapeFormula(f.value)),
  );

const workbookOf = async (plan: Plan, lang: 'zh' | 'en', file = 'plan.txt') =>
  readWorkbook(await writeXlsx(planWorkbook(plan, metricsReport(plan), { lang, file })));

describe('writeXlsx(planWorkbook(…))', () => {
  it('writes the founding plan as four Chinese sheets that hold the rows of the CSV files', async () => {
    const book = await workbookOf(founding, 'zh', 'xuhui-2020-fazhi.txt');
    expect(book.names).toEqual(['任务分工', '矩阵', '单位工作量', '说明']);
    const long = book.sheet('任务分工');
    expect(long.text[0]).toEqual([
      '任务编号',
      '任务',
      '章节',
      '标号',
      '完成时限',
      '单位',
      '角色',
      '推断',
      '原文',
    ]);
    expect(long.text).toEqual(csvRows(writeAssignmentsCsv(founding, { lang: 'zh' })));
    expect(long.text).toHaveLength(1 + 45);
    expect(long.text.slice(1).every((row) => row[6] === '配合')).toBe(true);
    expect(book.sheet('矩阵').text).toEqual(csvRows(writeMatrixCsv(founding, { lang: 'zh' })));
    const units = book.sheet('单位工作量');
    expect(units.text).toEqual(csvRows(writeUnitsCsv(metricsReport(founding), { lang: 'zh' })));
    expect(units.text[1]!.slice(0, 4)).toEqual(['1', '区委依法治区办', '党委部门', '9']);
  });

  it('stores figures as numbers and names, kinds and item ids as text', async () => {
    const book = await workbookOf(founding, 'zh');
    const units = book.sheet('单位工作量');
    for (const row of units.cells.slice(1)) {
      expect(row.map((cell) => cell?.t)).toEqual([
        'n',
        's',
        's',
        'n',
        'n',
        'n',
        'n',
        'n',
        'n',
        'n',
        'n',
        'n',
        'n',
      ]);
    }
    // 区委依法治区办: 9 items, 9 × member, share 4.4 (hand-checked against the matrix)
    expect(units.cells[1]!.map((cell) => cell?.v).slice(3, 8)).toEqual([9, 0, 0, 9, 4.4]);
    const long = book.sheet('任务分工');
    expect(long.cells.slice(1).every((row) => row[0]?.t === 's')).toBe(true);
  });

  it('tells on the 说明 sheet the plan’s title, number, date, source file, counts and what each sheet holds', async () => {
    const about = (await workbookOf(founding, 'zh', 'xuhui-2020-fazhi.txt')).sheet('说明');
    const value = (field: string) => about.cells.find((row) => row[0]?.v === field)?.[1]?.v;
    expect(about.text[0]).toEqual(['项目', '内容']);
    expect(value('计划')).toBe('2020年上海市徐汇区法治政府建设工作要点与责任分工');
    expect(value('文号')).toBe('徐府发〔2020〕13号');
    expect(value('日期')).toBe('2020-07-03');
    expect(value('来源文件')).toBe('xuhui-2020-fazhi.txt');
    expect([value('任务数'), value('单位数'), value('分工数（单位 × 任务）')]).toEqual([
      17, 15, 45,
    ]);
    expect(value('无牵头单位的任务数')).toBe(17);
    for (const sheet of ['任务分工', '矩阵', '单位工作量', '说明']) {
      expect(String(value(sheet)), sheet).toMatch(/\p{Script=Han}{4}/u);
    }
  });

  it('names sheets and headers in English by default, with the roles of a plan that names leads', async () => {
    const plan = withLeads;
    expect(plan.assignments.some((a) => a.role === 'lead')).toBe(true);
    const bytes = await writeXlsx(planWorkbook(plan, metricsReport(plan)));
    const book = readWorkbook(bytes);
    expect(book.names).toEqual(['Assignments', 'Matrix', 'Unit workload', 'About']);
    const long = book.sheet('Assignments');
    expect(long.text[0]).toEqual([
      'item',
      'title',
      'section',
      'label',
      'deadline',
      'unit',
      'role',
      'inferred',
      'raw',
    ]);
    expect(long.text).toEqual(csvRows(writeAssignmentsCsv(plan)));
    expect(long.text.filter((row) => row[6] === 'lead')).toHaveLength(
      plan.assignments.filter((a) => a.role === 'lead').length,
    );
    expect(book.sheet('Matrix').text).toEqual(csvRows(writeMatrixCsv(plan)));
    expect(book.sheet('Unit workload').text).toEqual(csvRows(writeUnitsCsv(metricsReport(plan))));
    expect(book.sheet('About').text[0]).toEqual(['field', 'value']);
    // in Chinese, the same plan's leads read 牵头
    const zh = (await workbookOf(plan, 'zh')).sheet('任务分工');
    expect(zh.text).toEqual(csvRows(writeAssignmentsCsv(plan, { lang: 'zh' })));
    expect(zh.text.filter((row) => row[6] === '牵头').length).toBeGreaterThan(0);
  });

  it('keeps item ids such as 1.10 and cells that start with = + - @ as text, never formulas', async () => {
    const hostile = '=HYPERLINK("x")';
    const plan: Plan = {
      items: [
        { id: '1.10', title: '+1', deadline: '-2020' },
        { id: '007', title: '@SUM(A1)' },
      ],
      units: [
        { id: 'u1', name: hostile },
        { id: 'u2', name: '区司法局' },
      ],
      assignments: [
        { item: '1.10', unit: 'u1', role: 'lead', raw: '=1+1' },
        { item: '007', unit: 'u2', role: 'member' },
      ],
    };
    const book = await workbookOf(plan, 'en');
    const long = book.sheet('Assignments');
    expect(long.text.slice(1)).toEqual([
      ['1.10', '+1', '', '', '-2020', hostile, 'lead', '', '=1+1'],
      ['007', '@SUM(A1)', '', '', '', '区司法局', 'member', '', ''],
    ]);
    const texts = long.cells.slice(1).flatMap((row) => row.filter((cell) => cell !== undefined));
    expect(texts.every((cell) => cell!.t === 's' && cell!.f === undefined)).toBe(true);
    const matrix = book.sheet('Matrix');
    expect(matrix.text[0]).toContain(hostile);
    expect(matrix.cells[0]!.find((cell) => cell?.v === hostile)?.f).toBeUndefined();
    expect(book.sheet('Unit workload').cells.some((row) => row[1]?.v === hostile)).toBe(true);
    for (const name of book.names) expect(formulaFree(book.sheet(name).xml), name).toBe(true);
  });

  it('makes the header row of every sheet bold and frozen', async () => {
    const book = await workbookOf(founding, 'zh');
    const styles = book.part('xl/styles.xml');
    for (const name of book.names) {
      expect(isBoldAndFrozen(book.sheet(name).xml, styles), name).toBe(true);
    }
  });

  it('gives each column the width of its widest cell, a 汉字 counting as two digits', async () => {
    const plan: Plan = {
      items: [{ id: '1.10', title: '区司法局（牵头）' }],
      units: [{ id: 'u1', name: 'x'.repeat(100) }],
      assignments: [{ item: '1.10', unit: 'u1', role: 'member' }],
    };
    // item: 任务编号 (8) → 10; title: 区司法局（牵头） (16) → 18; section, label, deadline:
    // 章节 标号 (4) → 6; 完成时限 (8) → 10; the unit's 100 letters → 60 at most
    const widths = [10, 18, 6, 6, 10, 60];
    const sheets = planWorkbook(plan, metricsReport(plan), { lang: 'zh' });
    expect(columnWidths(sheets[1]!.table)).toEqual(widths);
    const book = readWorkbook(await writeXlsx(sheets));
    expect(book.sheet('矩阵').widths).toEqual(widths);
  });

  it('refuses sheet names Excel does not accept', async () => {
    const table = { header: ['a'], rows: [] };
    await expect(writeXlsx([])).rejects.toThrow(/^writeXlsx: a workbook needs at least one sheet/u);
    await expect(writeXlsx([{ name: 'a/b', table }])).rejects.toThrow(
      /^writeXlsx: the sheet name "a\/b"/u,
    );
    await expect(writeXlsx([{ name: 'x'.repeat(32), table }])).rejects.toThrow(/1–31 characters/u);
    await expect(
      writeXlsx([
        { name: 'Sheet', table },
        { name: 'sheet', table },
      ]),
    ).rejects.toThrow(/^writeXlsx: two sheets are named "sheet"/u);
  });
});
