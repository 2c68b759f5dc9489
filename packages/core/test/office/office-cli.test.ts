import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';
import { crc32, workbookEntries, zipOf } from './helpers/make-office.js';
import { OFFICE } from './helpers/office-fixtures.js';

// each case starts the real command as a process of its own
vi.setConfig({ testTimeout: 180_000 });

const MB = 1024 * 1024;
const dir = useTempDir('office-cli');
const fixture = (folder: string, file: string) =>
  fileURLToPath(new URL(`${folder}/${file}`, OFFICE));
const bin = fileURLToPath(new URL('../../bin/remit.js', import.meta.url));

describe('remit parse, metrics and convert read office files', () => {
  it.each(['docx', 'doc', 'xlsx', 'xls', 'html', 'pdf'])(
    'remit parse xuhui-2020-fazhi.%s',
    (format) => {
      const r = runCli(['parse', fixture('corpus', `xuhui-2020-fazhi.${format}`), '--quiet']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const plan = JSON.parse(r.stdout) as { items: { title: string }[]; units: unknown[] };
      expect(plan.items).toHaveLength(17);
      expect(plan.items[0]!.title).toBe('打造一流法治化营商环境');
      expect(plan.units).toHaveLength(15);
    },
  );

  it('remit metrics a workbook prints the units’ workload', () => {
    const r = runCli(['metrics', fixture('other', 'exceljs-plan.xlsx'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('区民政局');
  });

  it('remit convert a PDF to CSV writes its assignments', () => {
    const r = runCli([
      'convert',
      fixture('corpus', 'dazhu-2016-minsheng-tasks.pdf'),
      '--to',
      'csv',
    ]);
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^item,/u);
    expect(rows.some((row) => row.includes('县护城河指挥部'))).toBe(true);
  });

  it('names a place in the file in its notes (paragraph, cell, page and line)', () => {
    const docx = runCli(['parse', fixture('corpus', 'xuhui-2020-fazhi.docx'), '--format', 'json']);
    expect(docx.stderr).toContain('(paragraph 12) [parse/likely-alias]');
    const xlsx = runCli(['parse', fixture('corpus', 'xuzhuang-2017-safety-campaign.xlsx')]);
    expect(xlsx.stderr).toContain('(Sheet1!C16) [parse/run-together-split]');
  });
});

describe('remit gives one clear line for a file it cannot read, and exit status 1', () => {
  it.each([
    ['password.docx', 'office/encrypted'],
    ['password.doc', 'office/encrypted'],
    ['password.xls', 'office/encrypted'],
    ['truncated.docx', 'office/damaged'],
    ['scan.pdf', 'office/scanned'],
    ['zip-bomb.xlsx', 'office/zip-bomb'],
  ])('%s: %s', (file, code) => {
    const path = fixture('bad', file);
    const r = runCli(['parse', path]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^remit: ${path.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: error: .+ \\[${code}\\]$`,
        'u',
      ),
    );
    expect(r.stdout).toBe('');
  });

  it('reads a .doc renamed .docx as the .doc it is', () => {
    const r = runCli(['parse', fixture('bad', 'word97-named.docx'), '--format', 'table']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('17 items');
    expect(r.stdout).toContain('[office/renamed]');
  });
});

/**
 * A real 200 MB workbook, written in pieces (never whole in memory): one sheet
 * of rows stored unpacked, with its CRC, so that Excel would open it.
 */
function write200MbWorkbook(path: string): void {
  const parts = workbookEntries();
  const row = (i: number) =>
    `<row r="${i}"><c r="A${i}"><v>${i}</v></c><c r="B${i}" t="inlineStr"><is><t>推进第${i}项重点工作任务落实</t></is></c><c r="C${i}" t="inlineStr"><is><t>区发展改革委</t></is></c></row>`;
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const tail = '</sheetData></worksheet>';
  const enc = new TextEncoder();
  const target = 200 * MB;
  let size = 0;
  let crc = 0;
  const push = (bytes: Uint8Array) => {
    crc = crc32(bytes, crc);
    size += bytes.length;
  };
  // first pass: the sheet's size and CRC; second pass: its bytes, written as they come
  const pieces = function* () {
    yield enc.encode(head);
    let i = 1;
    let written = head.length;
    while (written < target) {
      const block = enc.encode(Array.from({ length: 2000 }, (_, k) => row(i + k)).join(''));
      i += 2000;
      written += block.length;
      yield block;
    }
    yield enc.encode(tail);
  };
  for (const piece of pieces()) push(piece);
  const name = enc.encode('xl/worksheets/sheet1.xml');
  const fd = openSync(path, 'w');
  try {
    // the small entries, then the sheet's local header and bytes, then the directory
    const front = zipOf(parts);
    const frontEntries = front.subarray(
      0,
      front.length - 22 - parts.reduce((n, p) => n + 46 + p.name.length, 0),
    );
    writeSync(fd, frontEntries);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, size, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    writeSync(fd, local);
    for (const piece of pieces()) writeSync(fd, piece);
    // the directory: the small parts' entries as zipOf wrote them, and the sheet's
    const sheetOffset = frontEntries.length;
    const directory = front.subarray(frontEntries.length, front.length - 22);
    const entry = new Uint8Array(46 + name.length);
    const dv = new DataView(entry.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint32(16, crc, true);
    dv.setUint32(20, size, true);
    dv.setUint32(24, size, true);
    dv.setUint16(28, name.length, true);
    dv.setUint32(42, sheetOffset, true);
    entry.set(name, 46);
    const directoryAt = sheetOffset + local.length + size;
    writeSync(fd, directory);
    writeSync(fd, entry);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, parts.length + 1, true);
    ev.setUint16(10, parts.length + 1, true);
    ev.setUint32(12, directory.length + entry.length, true);
    ev.setUint32(16, directoryAt, true);
    writeSync(fd, end);
  } finally {
    closeSync(fd);
  }
}

describe('a 200 MB spreadsheet', () => {
  it('is refused by its size unless --max-size allows it, and then by what it unpacks to, in bounded memory', () => {
    const path = dir.path('任务分解表-200MB.xlsx');
    write200MbWorkbook(path);
    expect(statSync(path).size).toBeGreaterThan(200 * MB);

    const refused = runCli(['parse', path]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/--max-size/u);
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);

    // allowed in: the workbook's sheet unpacks past what is read, said in one line
    const time = '/usr/bin/time';
    const args = [bin, 'parse', path, '--max-size', '300MB'];
    const run = existsSync(time)
      ? spawnSync(time, ['-f', 'peak-kb %M', process.execPath, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stderr
      .trimEnd()
      .split('\n')
      .filter((l) => !l.startsWith('peak-kb') && !l.startsWith('Command exited'));
    expect(lines).toEqual([
      expect.stringMatching(/error: .*limit is 128 MB.*\[office\/too-large\]$/u),
    ]);
    const peak = /peak-kb (\d+)/u.exec(run.stderr)?.[1];
    if (peak) {
      // the file's 200 MB and the command itself; nothing was unpacked
      expect(Number(peak) * 1024).toBeLessThan(600 * MB);
    }
  });
});
