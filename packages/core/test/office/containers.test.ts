import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OfficeProblem } from '../../src/office/office-problem.js';
import { sniffFormat } from '../../src/office/sniff-format.js';
import { xmlTokens } from '../../src/office/xml/xml-tokens.js';
import { readZip, unzipEntry } from '../../src/office/zip/read-zip.js';
import { readXlsx } from '../../src/office/xlsx/read-xlsx.js';
import { crc32, docxOf, xlsxOf, zipOf } from './helpers/make-office.js';
import { officeBytes } from './helpers/office-fixtures.js';

describe('sniffFormat tells a file by its bytes, not its name', () => {
  it.each([
    ['corpus', 'xuhui-2020-fazhi.docx', 'docx'],
    ['corpus', 'xuhui-2020-fazhi.doc', 'doc'],
    ['corpus', 'dazhu-2016-minsheng-tasks.xlsx', 'xlsx'],
    ['corpus', 'dazhu-2016-minsheng-tasks.xls', 'xls'],
    ['corpus', 'dazhu-2016-minsheng-tasks.pdf', 'pdf'],
    ['other', 'docx-package-plan.docx', 'docx'],
    ['other', 'exceljs-plan.xlsx', 'xlsx'],
    ['bad', 'word97-named.docx', 'doc'],
    ['bad', 'excel97-named.xlsx', 'xls'],
    ['bad', 'password.docx', 'encrypted'],
    ['bad', 'password.doc', 'doc'],
  ])('%s/%s is %s', (folder, file, format) => {
    expect(sniffFormat(officeBytes(folder, file))).toBe(format);
  });

  it('leaves text (and a web page) to the name', () => {
    expect(
      sniffFormat(new TextEncoder().encode('<html><body>一、总体要求</body></html>')),
    ).toBeUndefined();
  });
});

describe('xmlTokens', () => {
  it('reads elements, attributes and text, references decoded, declarations and comments skipped', () => {
    const tokens = [
      ...xmlTokens(
        '<?xml version="1.0"?><!-- x --><w:t xml:space="preserve" a=\'1 &amp; 2\'>区&lt;发&#x6539;委</w:t><w:br/><![CDATA[<b>]]>',
      ),
    ];
    expect(tokens).toEqual([
      { kind: 'open', name: 'w:t', attrs: { 'xml:space': 'preserve', a: '1 & 2' }, empty: false },
      { kind: 'text', text: '区<发改委' },
      { kind: 'close', name: 'w:t' },
      { kind: 'open', name: 'w:br', attrs: {}, empty: true },
      { kind: 'text', text: '<b>' },
    ]);
  });

  it('stops where an XML file stops making sense, without throwing, and never builds attributes on Object.prototype', () => {
    expect([...xmlTokens('<a x="1"><b')]).toHaveLength(1);
    const [open] = [...xmlTokens('<a __proto__="x" constructor="y"/>')];
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf((open as { attrs: object }).attrs)).toBeNull();
  });

  it('reads 10 MB of markup in time proportional to it (no backtracking)', () => {
    const xml = `<r>${'<c r="A1" t="s"><v>1</v></c>'.repeat(350_000)}</r>`;
    let count = 0;
    for (const _ of xmlTokens(xml)) count++;
    expect(count).toBe(350_000 * 5 + 2);
  });
});

describe('readZip and unzipEntry', () => {
  it('lists a package’s entries from its directory and unpacks one', () => {
    const zip = readZip(docxOf('<w:p><w:r><w:t>甲</w:t></w:r></w:p>'));
    expect([...zip.entries.keys()]).toContain('word/document.xml');
    const xml = new TextDecoder().decode(unzipEntry(zip, zip.entries.get('word/document.xml')!));
    expect(xml).toContain('<w:t>甲</w:t>');
  });

  it('counts what the entries read unpack to, and refuses the one that would pass the limit', () => {
    const data = new TextEncoder().encode('x'.repeat(600));
    const bytes = zipOf(
      ['a', 'b'].map((name) => ({
        name,
        data,
        method: 0 as const,
        size: data.length,
        crc: crc32(data),
      })),
    );
    const zip = readZip(bytes);
    const limits = { maxUnpacked: 1000, maxRatio: 200, ratioFrom: 4096 };
    expect(unzipEntry(zip, zip.entries.get('a')!, limits)).toHaveLength(600);
    expect(() => unzipEntry(zip, zip.entries.get('b')!, limits)).toThrow(/limit is 1000 bytes/u);
  });

  it('says a ZIP cut short is damaged', () => {
    const bytes = docxOf('<w:p/>');
    try {
      readZip(bytes.subarray(0, bytes.length - 30));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OfficeProblem);
      expect((error as OfficeProblem).code).toBe('office/damaged');
    }
  });
});

describe('readXlsx', () => {
  it('reads every visible sheet in order, names cells as Excel does, and leaves hidden sheets out', () => {
    const doc = readXlsx(
      xlsxOf([
        { name: '表一', rows: [['甲', 1]] },
        { name: '隐藏', rows: [['乙']], hidden: true },
        {
          name: '表二',
          rows: [
            [null, null],
            [null, '丙'],
          ],
        },
      ]),
    );
    const cells = doc.blocks.map((b) =>
      b.kind === 'table' ? b.rows.flat().map((c) => `${c.place}=${c.text}`) : [],
    );
    expect(cells).toEqual([['表一!A1=甲', '表一!B1=1'], ['表二!B2=丙']]);
  });

  it('writes a date-formatted number as its date', () => {
    const styles =
      '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>45657</v></c><c r="B1" s="0"><v>45657</v></c></row></sheetData></worksheet>';
    const base = xlsxOf([{ name: 'S', xml: sheet }]);
    // the same workbook with a styles entry beside its sheet
    const files = unzipSync(base);
    files['xl/styles.xml'] = new TextEncoder().encode(styles);
    const doc = readXlsx(zipSync(files));
    const row = doc.blocks[0]!.kind === 'table' ? doc.blocks[0]!.rows[0]!.map((c) => c.text) : [];
    expect(row).toEqual(['2024-12-31', '45657']);
  });
});
