import { readFileSync } from 'node:fs';
import { read } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@remit/core/model';
import { readPlanCsv } from '@remit/core/io';
import { DATA_EXPORTS, fileBase, type ExportFile } from '../src/app/data-exports.js';
import { planInsight } from '../src/app/plan-insight.js';

/** The text of a text file export. */
const text = (file: ExportFile): string => {
  if (typeof file.content !== 'string') throw new Error(`${file.name} is not text`);
  return file.content;
};

const founding = () =>
  JSON.parse(
    readFileSync(new URL('../../core/data/xuhui-2020-fazhi.json', import.meta.url), 'utf8'),
  ) as Plan;

describe('data exports', () => {
  it('name files after the plan’s source, without its extension or unsafe characters', () => {
    expect(fileBase('xuhui-2020-fazhi.txt')).toBe('xuhui-2020-fazhi');
    expect(fileBase('C:\\plans\\徐汇 2020.json')).toBe('徐汇 2020');
    expect(fileBase('a<b>:c?.csv')).toBe('a_b__c_');
    expect(fileBase('.txt')).toBe('plan');
  });

  it('write one units CSV row per unit, ranked, with the CLI’s columns', async () => {
    const file = await DATA_EXPORTS.find((x) => x.id === 'units-csv')!.file(
      planInsight(founding()),
      'x',
      'en',
    );
    expect(text(file).startsWith('\uFEFF')).toBe(true);
    const rows = text(file).slice(1).split('\r\n');
    expect(file.name).toBe('x.units.csv');
    expect(rows[0]).toBe(
      'rank,unit,kind,items,lead,inferred_lead,member,share,degree,weighted_degree,betweenness,pagerank,community',
    );
    expect(rows.slice(1, 4).map((r) => r.split(',').slice(0, 4).join(','))).toEqual([
      '1,区委依法治区办,,9',
      '1,区司法局,,9',
      '1,各街镇,,9',
    ]);
    expect(rows).toHaveLength(17); // header, 15 units, the empty string after the last CRLF
  });

  it('write CSV for Excel in the page’s language, which Remit reads back as the same plan', async () => {
    const plan = founding();
    plan.assignments[0] = { ...plan.assignments[0]!, role: 'lead' };
    plan.assignments[1] = { ...plan.assignments[1]!, role: 'lead', inferred: true };
    const insight = planInsight(plan);
    const pick = (id: string) => DATA_EXPORTS.find((x) => x.id === id)!;
    const long = text(await pick('assignments-csv').file(insight, 'x', 'zh-CN'));
    expect(long.startsWith('\uFEFF任务编号,任务,章节,标号,完成时限,单位,角色,推断,原文\r\n')).toBe(
      true,
    );
    expect(long).toContain(',牵头,是,');
    expect(long).toContain(',配合,,');
    expect(long).not.toMatch(/,(lead|member),/u);
    const wide = text(await pick('matrix-csv').file(insight, 'x', 'zh-CN'));
    expect(wide.startsWith('\uFEFF任务编号,任务,章节,标号,完成时限,')).toBe(true);
    const units = text(await pick('units-csv').file(insight, 'x', 'zh-CN'));
    expect(units.split('\r\n')[0]).toBe(
      '\uFEFF排名,单位,类型,任务数,牵头,推定牵头,配合,均分任务量,协作单位数,协作强度,中介中心度,PageRank,协作组',
    );
    // read back: the same items, units and roles
    const roles = (p: Plan) =>
      p.assignments
        .map((a) => {
          const unit = p.units.find((u) => u.id === a.unit)!.name;
          return `${a.item}|${unit}|${a.role}|${a.inferred === true}`;
        })
        .sort();
    for (const [name, text] of [
      ['long', long],
      ['wide', wide],
    ] as const) {
      const read = readPlanCsv(text);
      expect(
        read.diagnostics.filter((d) => d.severity === 'error'),
        name,
      ).toEqual([]);
      const back = read.value;
      expect(
        back.items.map((i) => i.title),
        name,
      ).toEqual(plan.items.map((i) => i.title));
      const expected = roles(plan).map((r) =>
        // the wide layout keeps roles, not whether a lead was inferred
        name === 'wide' ? r.replace(/\|(true|false)$/u, '|false') : r,
      );
      expect(roles(back), name).toEqual(expected);
    }
  });

  it('write the workbook in the page’s language, telling the file the plan was read from', async () => {
    const pick = DATA_EXPORTS.find((x) => x.id === 'workbook-xlsx')!;
    const file = await pick.file(planInsight(founding()), 'x', 'en', 'x.json');
    expect(file.name).toBe('x.xlsx');
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.content).toBeInstanceOf(Uint8Array);
    const book = read(file.content, { type: 'array' });
    expect(book.SheetNames).toEqual(['Assignments', 'Matrix', 'Unit workload', 'About']);
    expect(book.Sheets['About']!['B6']?.v).toBe('x.json');
    const zh = await pick.file(planInsight(founding()), 'x', 'zh-CN');
    expect(read(zh.content, { type: 'array' }).SheetNames[0]).toBe('任务分工');
  });
});
