import { deflateSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { readOfficePlan } from '../../src/office/read-office.js';
import { crc32, workbookEntries, xlsxOf, zipOf } from './helpers/make-office.js';
import { PDF_OPTIONS, readFixturePlan } from './helpers/office-fixtures.js';

vi.setConfig({ testTimeout: 60_000 });

const MB = 1024 * 1024;
const errorsOf = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === 'error');

/** Reading gave no plan and exactly one error, with this code, naming the file. */
function expectOneError(
  read: { value: { items: unknown[] }; diagnostics: Diagnostic[] },
  code: string,
) {
  expect(read.value.items).toEqual([]);
  const errors = errorsOf(read.diagnostics);
  expect(errors.map((d) => d.code)).toEqual([code]);
  expect(errors[0]!.source).toBeDefined();
  // one sentence saying what to do, not a library's stack
  expect(errors[0]!.message).not.toMatch(/\n|\bat \w+ \(/u);
  return errors[0]!;
}

describe('a file that cannot be read gets one clear message, never a crash', () => {
  it.each([
    ['password.docx', 'office/encrypted', /password/u],
    ['password.doc', 'office/encrypted', /password/u],
    ['password.xls', 'office/encrypted', /password/u],
    ['truncated.docx', 'office/damaged', /cut short|damaged/u],
    ['scan.pdf', 'office/scanned', /no text layer.*no OCR/su],
    ['zip-bomb.xlsx', 'office/zip-bomb', /zip bomb/u],
  ])('%s: %s', async (file, code, says) => {
    const read = await readFixturePlan('bad', file);
    expect(expectOneError(read, code).message).toMatch(says);
  });

  it.each([
    ['word97-named.docx', 'doc', 17],
    ['excel97-named.xlsx', 'xls', 10],
    ['word-named.pdf', 'docx', 17],
  ])(
    '%s is read as the %s it is, with a note, whatever its name says',
    async (file, format, items) => {
      const read = await readFixturePlan('bad', file);
      expect(errorsOf(read.diagnostics)).toEqual([]);
      expect(read.value.items).toHaveLength(items);
      const note = read.diagnostics.find((d) => d.code === 'office/renamed');
      expect(note?.severity).toBe('info');
      expect(note?.args).toMatchObject({ format });
    },
  );

  it.each([
    ['random bytes', new Uint8Array(4096).map((_, i) => (i * 7919) % 251), 'docx', 'unknown'],
    ['an empty file', new Uint8Array(0), 'docx', 'unknown'],
    ['an RTF document', new TextEncoder().encode('{\\rtf1\\ansi 一、总体要求}'), 'doc', 'rtf'],
    [
      'an OpenDocument text',
      zipOf([
        {
          name: 'mimetype',
          data: new TextEncoder().encode('application/vnd.oasis.opendocument.text'),
          method: 0,
          size: 39,
          crc: 0,
        },
      ]),
      'docx',
      'opendocument',
    ],
  ] as const)(
    '%s named as an office file is refused as not this format',
    async (_, bytes, format, kind) => {
      const read = await readOfficePlan(bytes, { source: `plan.${format}`, format });
      expect(expectOneError(read, 'office/not-this-format').args).toMatchObject({ format: kind });
    },
  );

  it('reads a web page saved with a .doc name (as portals serve them) as the page it is', async () => {
    const html =
      '<html><body><p>一、总体要求</p><p>1.加强法治建设。（责任单位：区司法局）</p></body></html>';
    const read = await readOfficePlan(new TextEncoder().encode(html), {
      source: 'plan.doc',
      format: 'doc',
    });
    expect(read.value.items.map((i) => i.title)).toEqual(['加强法治建设']);
    expect(read.diagnostics.map((d) => d.code)).toContain('office/renamed');
  });
});

describe('a zip bomb or an oversized workbook is refused within bounded memory', () => {
  it('refuses a sheet that would inflate 1000-fold before inflating a byte of it', async () => {
    const sheet = new Uint8Array(64 * MB).fill(0x20);
    const packed = deflateSync(sheet, { level: 9 });
    expect(sheet.length / packed.length).toBeGreaterThan(500);
    const bytes = zipOf([
      ...workbookEntries(),
      {
        name: 'xl/worksheets/sheet1.xml',
        data: packed,
        method: 8,
        size: sheet.length,
        crc: crc32(sheet),
      },
    ]);
    const before = process.memoryUsage().arrayBuffers;
    const read = await readOfficePlan(bytes, { source: 'bomb.xlsx' });
    const grown = process.memoryUsage().arrayBuffers - before;
    expectOneError(read, 'office/zip-bomb');
    expect(grown).toBeLessThan(8 * MB);
  });

  it('inflates an entry that states a smaller size than it holds into that size, and no further', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>任务${i}</t></is></c></row>`,
    ).join('');
    const xml = new TextEncoder().encode(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
    );
    const packed = deflateSync(xml);
    const stated = 4096;
    const bytes = zipOf([
      ...workbookEntries(),
      { name: 'xl/worksheets/sheet1.xml', data: packed, method: 8, size: stated, crc: crc32(xml) },
    ]);
    const read = await readOfficePlan(bytes, { source: 'lying.xlsx' });
    // the entry was cut at its stated 4 KB: a few rows read, nothing thrown
    expect(read.value.items).toEqual([]);
    expect(read.diagnostics.every((d) => d.code !== 'office/unreadable')).toBe(true);
  });

  it('refuses a workbook whose entries unpack past the limit, naming the entry, its size and the limit', async () => {
    const sheet = new TextEncoder().encode(
      '<worksheet><sheetData>' + '<row/>'.repeat(400_000) + '</sheetData></worksheet>',
    );
    const bytes = zipOf([
      ...workbookEntries(),
      {
        name: 'xl/worksheets/sheet1.xml',
        data: sheet,
        method: 0,
        size: sheet.length,
        crc: crc32(sheet),
      },
    ]);
    const limits = { maxUnpacked: 1 * MB, maxRatio: 200, ratioFrom: 4 * MB };
    const read = await readOfficePlan(bytes, { source: 'big.xlsx', limits });
    const error = expectOneError(read, 'office/too-large');
    expect(error.args).toMatchObject({ entry: 'xl/worksheets/sheet1.xml', limit: '1 MB' });
    expect(error.message).toMatch(/save the sheet as CSV/u);
  });

  it('reads a long workbook well inside the limits (50,000 rows: bench/office.bench.ts)', async () => {
    const rows = [
      ['序号', '工作任务', '牵头单位'],
      ...Array.from({ length: 5_000 }, (_, i) => [
        i + 1,
        `推进第${i + 1}项工作`,
        `区第${(i % 40) + 1}局`,
      ]),
    ];
    const read = await readOfficePlan(xlsxOf([{ name: 'Sheet1', rows }]), { source: 'long.xlsx' });
    expect(errorsOf(read.diagnostics)).toEqual([]);
    expect(read.value.items).toHaveLength(5_000);
    expect(read.value.units).toHaveLength(40);
  });
});

describe('a PDF that cannot be read', () => {
  it('names a damaged PDF as damaged', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n%%EOF');
    const read = await readOfficePlan(bytes, { source: 'broken.pdf', pdf: PDF_OPTIONS });
    expect(errorsOf(read.diagnostics).map((d) => d.code)).toEqual([
      expect.stringMatching(/office\/(damaged|scanned)/u),
    ]);
  });
});
