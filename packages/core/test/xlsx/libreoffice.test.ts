import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { formatCsv } from '../../src/io/csv/format-csv.js';
import { unescapeFormula } from '../../src/io/csv/formula-prefix.js';
import { tokenizeCsv } from '../../src/io/csv/tokenize-csv.js';
import { readPlan } from '../../src/io/read-plan.js';
import type { Plan } from '../../src/model/plan.js';
import { metricsReport } from '../../src/report/metrics-report.js';
import { planWorkbook } from '../../src/report/plan-workbook.js';
import { writeXlsx } from '../../src/xlsx/write-xlsx.js';

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (soffice === '') {
  console.log(
    'libreoffice.test: skipped: soffice is not installed (apt-get install -y libreoffice-calc-nogui)',
  );
}
// LibreOffice starts in a few seconds, the first time with a new profile in more.
vi.setConfig({ testTimeout: 180_000 });

/** CSV as rows of cells, the formula guard removed. */
const csvRows = (text: string): string[][] =>
  tokenizeCsv(text, { delimiter: ',' }).records.map((r) =>
    r.fields.map((f) => unescapeFormula(f.value)),
  );

/**
 * Converts every sheet of a workbook to CSV with LibreOffice Calc (UTF-8, comma,
 * values rather than formulas or their display) and returns each sheet's rows.
 */
function calcSheets(bytes: Uint8Array, names: readonly string[]): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'remit-calc-'));
  const file = join(dir, 'plan.xlsx');
  writeFileSync(file, bytes);
  const result = spawnSync(
    soffice,
    [
      // a profile of its own, so that other LibreOffice runs neither block nor share it
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      join(dir, 'out'),
      file,
    ],
    { encoding: 'utf8', timeout: 170_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr || result.stdout}`);
  return new Map(
    names.map((name) => [
      name,
      csvRows(readFileSync(join(dir, 'out', `plan-${name}.csv`), 'utf8')),
    ]),
  );
}

describe.skipIf(soffice === '')('a workbook opened in LibreOffice Calc', () => {
  it('reads as the tables it was written from, Chinese text intact, text that looks like a formula not run', async () => {
    const founding = readPlan(
      readFileSync(new URL('../../data/xuhui-2020-fazhi.txt', import.meta.url)),
      { format: 'txt', source: 'xuhui-2020-fazhi.txt' },
    ).value;
    const plan: Plan = {
      ...founding,
      items: [...founding.items, { id: '1.10', title: '=HYPERLINK("x")' }],
    };
    const sheets = planWorkbook(plan, metricsReport(plan), {
      lang: 'zh',
      file: 'xuhui-2020-fazhi.txt',
    });
    const calc = calcSheets(
      await writeXlsx(sheets),
      sheets.map((s) => s.name),
    );
    for (const { name, table } of sheets) {
      expect(calc.get(name), name).toEqual(csvRows(formatCsv(table)));
    }
    const long = calc.get('任务分工')!;
    expect(long[0]).toEqual([
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
    expect(long[1]!.slice(0, 2)).toEqual(['i1', '打造一流法治化营商环境']);
    expect(long.at(-1)!.slice(0, 2)).toEqual(['1.10', '=HYPERLINK("x")']);
    expect(calc.get('说明')![1]).toEqual([
      '计划',
      '2020年上海市徐汇区法治政府建设工作要点与责任分工',
    ]);
  });
});
