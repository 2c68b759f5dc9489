import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/text/decode-bytes.js';
import { encodeLegacy, encodeUtf16 } from './helpers/encode-legacy.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const csv =
  '序号,事项,牵头单位,配合单位\r\n1,打造一流法治化营商环境,区发改委,区司法局、区财政局\r\n';

describe('decodeBytes', () => {
  it('reads plain UTF-8 and reports utf-8', () => {
    const r = decodeBytes(utf8(csv));
    expect(r.value).toEqual({ text: csv, encoding: 'utf-8' });
    expect(r.diagnostics).toEqual([]);
  });

  it('strips a UTF-8 BOM so the first header is exactly 序号', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv)]));
    expect(r.value.encoding).toBe('utf-8-bom');
    expect(r.value.text.split(',')[0]).toBe('序号');
    expect(r.value.text).toBe(csv);
  });

  it('reads GB18030 (Chinese Excel CSV) to the same text and reports the encoding', () => {
    const r = decodeBytes(encodeLegacy(csv, 'gb18030'));
    expect(r.value).toEqual({ text: csv, encoding: 'gb18030' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['bytes/encoding']);
    expect(r.diagnostics[0]!.severity).toBe('info');
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    const tsv = csv.replaceAll(',', '\t');
    expect(decodeBytes(encodeUtf16(tsv, 'le')).value).toEqual({ text: tsv, encoding: 'utf-16le' });
    expect(decodeBytes(encodeUtf16(tsv, 'be')).value).toEqual({ text: tsv, encoding: 'utf-16be' });
  });

  it('detects UTF-16 without a BOM from its NUL pattern', () => {
    expect(decodeBytes(encodeUtf16(csv, 'le', false)).value).toEqual({
      text: csv,
      encoding: 'utf-16le',
    });
    expect(decodeBytes(encodeUtf16(csv, 'be', false)).value).toEqual({
      text: csv,
      encoding: 'utf-16be',
    });
  });

  it('warns with the line of one invalid UTF-8 byte and reads the rest', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${i + 1},事项${i + 1},区司法局`);
    const bytes = utf8(lines.join('\n') + '\n');
    const at = bytes.indexOf(0x0a, 0) + 1;
    let offset = at;
    for (let line = 2; line < 120; line++) offset = bytes.indexOf(0x0a, offset) + 1;
    const broken = new Uint8Array([
      ...bytes.subarray(0, offset + 4),
      0xff,
      ...bytes.subarray(offset + 4),
    ]);
    const r = decodeBytes(broken, { source: 'plan.csv' });
    expect(r.value.encoding).toBe('utf-8');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'bytes/invalid',
      severity: 'warning',
      line: 120,
      column: 5,
      source: 'plan.csv',
    });
    expect(r.diagnostics[0]!.message).toContain('line 120');
    const text = r.value.text.split('\n');
    expect(text).toHaveLength(201);
    expect(text[119]).toBe('120,\uFFFD事项120,区司法局');
    expect(text[199]).toBe('200,事项200,区司法局');
  });

  it('counts line breaks as CRLF, LF or a lone CR when placing a bad byte', () => {
    const bytes = new Uint8Array([...utf8('a\r\nb\rc\nd'), 0xc3, ...utf8('\n')]);
    expect(decodeBytes(bytes).diagnostics[0]).toMatchObject({ line: 4, column: 2 });
  });

  it('rejects a ZIP/XLSX file renamed .csv with empty text', () => {
    const zip = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      0x14,
      0x00,
      0x06,
      0x00,
      ...utf8('[Content_Types].xml'),
    ]);
    const r = decodeBytes(zip);
    expect(r.value.text).toBe('');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'bytes/binary', severity: 'error' });
    expect(r.diagnostics[0]!.message).toContain('looks like a ZIP/XLSX file, not text');
  });

  it('rejects NUL bytes outside UTF-16', () => {
    const r = decodeBytes(
      new Uint8Array([...utf8('序号,事项\n1,'), 0, 0x01, 0x02, 0, 0, 0, 0x41, 0x42, 0x43, 0x44]),
    );
    expect(r.value.text).toBe('');
    expect(r.diagnostics[0]).toMatchObject({ code: 'bytes/binary', severity: 'error' });
    expect(r.diagnostics[0]!.message).toContain('looks like a ZIP/XLSX file, not text');
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['a BOM only', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['whitespace only', utf8(' \r\n\t\n  ')],
    ['a UTF-16 BOM only', new Uint8Array([0xff, 0xfe])],
  ])('reads %s as empty text with an info diagnostic', (_, bytes) => {
    const r = decodeBytes(bytes);
    expect(r.value.text).toBe('');
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['bytes/empty', 'info']]);
  });

  it('reads Big5 (traditional Chinese) as Big5 and says so', () => {
    const text = '項目,牽頭單位\n推進依法行政,區發展和改革委員會\n';
    const r = decodeBytes(encodeLegacy(text, 'big5'));
    expect(r.value).toEqual({ text, encoding: 'big5' });
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['bytes/big5', 'info']]);
    expect(r.diagnostics[0]!.message).toContain('Big5');
  });

  it('reads a UTF-8 file with one GBK word as UTF-8, the word as GB18030, and warns on its line', () => {
    const bytes = new Uint8Array([
      ...utf8('item,title,unit,role\ni1,推进工作,区发改委,lead\ni3,'),
      ...encodeLegacy('落实', 'gb18030'),
      ...utf8(',区教育局,member\n'),
    ]);
    const r = decodeBytes(bytes, { source: 'mix.csv' });
    expect(r.value).toEqual({
      text: 'item,title,unit,role\ni1,推进工作,区发改委,lead\ni3,落实,区教育局,member\n',
      encoding: 'utf-8',
    });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'bytes/mixed', severity: 'warning', line: 3 }),
    ]);
    expect(r.diagnostics[0]!.args).toMatchObject({ encoding: 'GB18030', base: 'UTF-8' });
  });

  it('reads Big5 with full-width punctuation as Big5', () => {
    const text =
      '1.推進“數字三館”建設，打造一批城鄉書房。（牽頭單位：市文旅局；責任單位：各縣市區人民政府）\n';
    const r = decodeBytes(encodeLegacy(text, 'big5'));
    expect(r.value).toEqual({ text, encoding: 'big5' });
  });

  it('detects UTF-16 without a BOM in Chinese with one line break per paragraph', () => {
    const text = [1, 2, 3]
      .map(
        (n) =>
          `${n}.推进依法行政，加强法治政府建设。（牵头单位：区司法局；配合单位：区政府办公室）\n`,
      )
      .join('');
    expect(decodeBytes(encodeUtf16(text, 'le', false)).value).toEqual({
      text,
      encoding: 'utf-16le',
    });
    expect(decodeBytes(encodeUtf16(text, 'be', false)).value).toEqual({
      text,
      encoding: 'utf-16be',
    });
  });

  it('does not suspect Big5 in genuine GB18030 text', () => {
    const r = decodeBytes(
      encodeLegacy('项目,牵头单位\n推进依法行政,区发展和改革委员会\n', 'gb18030'),
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual(['bytes/encoding']);
  });

  it('decodes with a forced encoding', () => {
    const text = '項目,牽頭單位\n推進依法行政,區發展和改革委員會\n';
    const r = decodeBytes(encodeLegacy(text, 'big5'), { encoding: 'big5' });
    expect(r.value).toEqual({ text, encoding: 'big5' });
    expect(r.diagnostics).toEqual([]);
  });

  it('reports an unknown forced encoding as an error', () => {
    const r = decodeBytes(utf8('a'), { encoding: 'klingon' });
    expect(r.diagnostics[0]).toMatchObject({ code: 'bytes/unknown-encoding', severity: 'error' });
  });

  it('never throws on arbitrary bytes', () => {
    for (let seed = 1; seed < 200; seed++) {
      const bytes = new Uint8Array(64 + seed);
      let x = seed;
      for (let i = 0; i < bytes.length; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        bytes[i] = x >> 16;
      }
      expect(() => decodeBytes(bytes)).not.toThrow();
    }
  });
});
