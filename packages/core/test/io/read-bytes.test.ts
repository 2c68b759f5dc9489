import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/text/decode-bytes.js';
import { readPlanCsv } from '../../src/io/read-plan-csv.js';
import { encodeLegacy, encodeUtf16 } from './helpers/encode-legacy.js';
import { fixtureBytes, fixtureText } from './helpers/fixtures.js';

/** Decodes file bytes and reads them as CSV, as the CLI does. */
function readCsvBytes(bytes: Uint8Array) {
  const decoded = decodeBytes(bytes);
  const read = readPlanCsv(decoded.value.text);
  return { ...read, encoding: decoded.value.encoding, decodeDiagnostics: decoded.diagnostics };
}

describe('bytes to plan', () => {
  const text = fixtureText('csv/lists-zh.csv');
  const expected = readPlanCsv(text).value;

  it.each([
    ['UTF-8', 'lists-zh.utf8.csv', 'utf-8'],
    ['UTF-8 with BOM', 'lists-zh.utf8-bom.csv', 'utf-8-bom'],
    ['GB18030 from Chinese Excel', 'lists-zh.gb18030.csv', 'gb18030'],
    ['UTF-16LE with BOM, tab-separated', 'lists-zh.utf16le-bom.tsv', 'utf-16le'],
    ['CRLF', 'lists-zh.crlf.csv', 'utf-8'],
  ])('reads the same plan from %s and reports the encoding', (_, file, encoding) => {
    const r = readCsvBytes(fixtureBytes(`bytes/encodings/${file}`));
    expect(r.encoding).toBe(encoding);
    expect(r.value).toEqual(expected);
    expect(r.diagnostics).toEqual([]);
    expect(r.decodeDiagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('holds fixtures that are what their names say', () => {
    const dir = 'bytes/encodings/';
    expect(fixtureBytes(`${dir}lists-zh.gb18030.csv`)).toEqual(encodeLegacy(text, 'gb18030'));
    expect(fixtureBytes(`${dir}lists-zh.utf16le-bom.tsv`)).toEqual(
      encodeUtf16(text.replaceAll(',', '\t'), 'le'),
    );
    expect([...fixtureBytes(`${dir}lists-zh.utf8-bom.csv`).subarray(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
  });

  it('strips the BOM so the first header is exactly 序号', () => {
    const decoded = decodeBytes(fixtureBytes('bytes/encodings/lists-zh.utf8-bom.csv'));
    expect(decoded.value.text.slice(0, 3)).toBe('序号,');
  });

  it('warns with the line of one invalid UTF-8 byte on line 120 and reads every row', () => {
    const lines = ['item,title,unit,role'];
    for (let n = 2; n <= 200; n++) lines.push(`i${n},事项${n},区府办,lead`);
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    let offset = 0;
    for (let line = 1; line < 120; line++) offset = bytes.indexOf(0x0a, offset) + 1;
    const broken = new Uint8Array(bytes.length + 1);
    broken.set(bytes.subarray(0, offset + 5));
    broken[offset + 5] = 0xc0;
    broken.set(bytes.subarray(offset + 5), offset + 6);
    const r = readCsvBytes(broken);
    expect(r.decodeDiagnostics).toEqual([
      expect.objectContaining({ code: 'bytes/invalid', severity: 'warning', line: 120 }),
    ]);
    expect(r.value.items).toHaveLength(199);
    expect(r.value.items[118]!.title).toBe('\uFFFD事项120');
  });

  it.each([
    ['an .xlsx renamed .csv', 'bytes/xlsx-renamed.csv'],
    ['NUL bytes', 'bytes/nul-bytes.csv'],
  ])('rejects %s: looks like a ZIP/XLSX file, not text', (_, file) => {
    const r = decodeBytes(fixtureBytes(file), { source: file });
    expect(r.value.text).toBe('');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'bytes/binary', severity: 'error', source: file }),
    ]);
    expect(r.diagnostics[0]!.message).toContain('looks like a ZIP/XLSX file, not text');
  });

  it.each(['bytes/empty.csv', 'bytes/bom-only.csv', 'bytes/whitespace-only.csv'])(
    'reads %s as an empty plan with infos and no throw',
    (file) => {
      const r = readCsvBytes(fixtureBytes(file));
      expect(r.value).toEqual({ remit: 1, items: [], units: [], assignments: [] });
      expect(r.decodeDiagnostics.map((d) => [d.code, d.severity])).toEqual([
        ['bytes/empty', 'info'],
      ]);
      expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['csv/empty', 'info']]);
    },
  );

  it('reads Big5 bytes as Big5, says so, and reads them the same when told', () => {
    const bytes = fixtureBytes('bytes/big5.csv');
    const guessed = decodeBytes(bytes);
    expect(guessed.value.encoding).toBe('big5');
    expect(guessed.diagnostics).toEqual([
      expect.objectContaining({ code: 'bytes/big5', severity: 'info' }),
    ]);
    expect(readPlanCsv(guessed.value.text).value.assignments).toHaveLength(5);
    const told = decodeBytes(bytes, { encoding: 'big5' });
    expect(told.value.text.startsWith('序號,工作任務,牽頭單位,配合單位')).toBe(true);
    expect(readPlanCsv(told.value.text).value.assignments).toHaveLength(5);
  });
});
