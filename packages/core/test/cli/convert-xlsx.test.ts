import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { unescapeFormula } from '../../src/io/csv/formula-prefix.js';
import { tokenizeCsv } from '../../src/io/csv/tokenize-csv.js';
import { readWorkbook } from '../support/read-workbook.js';
import { runCli } from '../support/run-cli.js';

const bin = fileURLToPath(new URL('../../bin/remit.js', import.meta.url));
const text = fileURLToPath(new URL('../../data/xuhui-2020-fazhi.txt', import.meta.url));
// Each case starts the real command as a separate process.
vi.setConfig({ testTimeout: 120_000 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'remit-xlsx-'));
});

const csvRows = (csv: string): string[][] =>
  tokenizeCsv(csv, { delimiter: ',' }).records.map((r) =>
    r.fields.map((f) => unescapeFormula(f.value)),
  );

describe('remit convert --to xlsx', () => {
  it('writes a workbook to --out, in Chinese with --lang zh, holding the rows `--to csv` prints', () => {
    const out = join(dir, 'plan.xlsx');
    const r = runCli(['convert', text, '--to', 'xlsx', '--lang', 'zh', '-o', out, '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const book = readWorkbook(readFileSync(out));
    expect(book.names).toEqual(['任务分工', '矩阵', '单位工作量', '说明']);
    const csv = runCli(['convert', text, '--to', 'csv', '--lang', 'zh', '--quiet']).stdout;
    expect(book.sheet('任务分工').text).toEqual(csvRows(csv));
    const about = book.sheet('说明').text;
    expect(about.find((row) => row[0] === '来源文件')?.[1]).toBe('xuhui-2020-fazhi.txt');
  });

  it('writes the workbook, English by default, to standard output when it is a pipe', () => {
    const r = spawnSync(process.execPath, [bin, 'convert', text, '--to', 'xlsx', '--quiet'], {
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect([...r.stdout.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // PK: a zip
    expect(readWorkbook(r.stdout).names).toEqual([
      'Assignments',
      'Matrix',
      'Unit workload',
      'About',
    ]);
  });

  // `script` runs the command on a pseudo-terminal, as a person at a terminal would.
  const hasScript = spawnSync('sh', ['-c', 'command -v script']).status === 0;
  it.skipIf(!hasScript)('refuses to print a workbook on a terminal and asks for --out', () => {
    const command = [process.execPath, bin, 'convert', text, '--to', 'xlsx', '--quiet']
      .map((a) => `'${a}'`)
      .join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(
      /^remit: an \.xlsx workbook is a binary file and standard output is a terminal; give a file with --out FILE/u,
    );
    expect(r.stdout).not.toContain('PK');
  });

  it('rejects a --lang it does not know', () => {
    const r = runCli(['convert', text, '--to', 'xlsx', '--lang', 'fr', '-o', join(dir, 'x.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('remit: --lang must be en or zh, not "fr"\n');
  });
});
