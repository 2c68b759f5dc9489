import { describe, expect, it, vi } from 'vitest';
import { readOfficePlan } from '../../src/office/read-office.js';
import { pdfLines } from '../../src/office/pdf/pdf-lines.js';
import { readPdfText } from '../../src/office/pdf/pdf-text.js';
import { docxOf, p, pdfOf, tbl, tc, xlsxOf } from './helpers/make-office.js';
import { officeBytes, PDF_OPTIONS, readFixturePlan } from './helpers/office-fixtures.js';

vi.setConfig({ testTimeout: 60_000 });

/** The places (`field`) of the diagnostics with code `code`. */
const placesOf = (diagnostics: { code: string; field?: string }[], code: string) =>
  diagnostics.filter((d) => d.code === code).map((d) => d.field);

describe('diagnostics name the place in the file’s own terms', () => {
  it('Word: the paragraph, counted as a reader counts them (blank ones left out)', async () => {
    const bytes = docxOf(
      [
        p('一、总体要求'),
        p(''),
        p('1.加强法治建设。（责任单位：区司法局）'),
        p('2.深化依法行政。'),
      ].join(''),
    );
    const { diagnostics } = await readOfficePlan(bytes, { source: 'plan.docx' });
    expect(placesOf(diagnostics, 'parse/skipped-line')).toEqual(['paragraph 3']);
    expect(diagnostics.every((d) => d.line === undefined)).toBe(true);
  });

  it('Word: the table, its row and its cell', async () => {
    const bytes = docxOf(
      tbl([
        [tc('序号'), tc('工作任务'), tc('牵头单位')],
        [tc('1'), tc('加强法治建设'), tc('区司法局')],
        [tc('2'), tc('深化依法行政'), tc('')],
      ]),
    );
    const { diagnostics } = await readOfficePlan(bytes, { source: 'plan.docx' });
    expect(placesOf(diagnostics, 'parse/merged-cell')).toEqual(['table 1, row 3, cell 3']);
  });

  it('Excel: the sheet and the cell, as Excel names it (Sheet1!C14)', async () => {
    const bytes = xlsxOf([
      { name: '说明', rows: [['填表说明']] },
      {
        name: '任务表',
        rows: [
          ['2024年任务分解表'],
          [],
          ['序号', '工作任务', '牵头单位'],
          [1, '加强法治建设', '区司法局'],
          [2, '深化依法行政', null],
        ],
      },
    ]);
    const { diagnostics } = await readOfficePlan(bytes, { source: 'plan.xlsx' });
    expect(placesOf(diagnostics, 'parse/merged-cell')).toEqual(['任务表!C5']);
  });

  it('Excel: a sheet name with a space is quoted, as in a formula', async () => {
    const bytes = xlsxOf([
      {
        name: '2024 任务',
        rows: [
          ['序号', '工作任务', '牵头单位'],
          [1, '加强法治建设', '区司法局'],
          [2, '深化依法行政', null],
        ],
      },
    ]);
    const { diagnostics } = await readOfficePlan(bytes, { source: 'plan.xlsx' });
    expect(placesOf(diagnostics, 'parse/merged-cell')).toEqual(["'2024 任务'!C3"]);
  });

  it('PDF: the page and the line on it, counted from the top', async () => {
    const bytes = pdfOf([
      ['一、总体要求', '1.加强法治建设。（责任单位：区司法局）'],
      ['二、重点任务', '2.推进依法行政。（责任单位：区府办）', '3.深化改革。'],
    ]);
    const { value, diagnostics } = await readOfficePlan(bytes, {
      source: 'plan.pdf',
      pdf: PDF_OPTIONS,
    });
    expect(value.items.map((i) => i.title)).toEqual(['加强法治建设', '推进依法行政']);
    expect(placesOf(diagnostics, 'parse/skipped-line')).toEqual(['page 2, line 3']);
  });

  it('PDF: the line named holds what the note is about (a corpus table in LibreOffice’s PDF)', async () => {
    const { diagnostics } = await readFixturePlan('corpus', 'xuzhuang-2017-safety-campaign.pdf');
    const [place] = placesOf(diagnostics, 'parse/run-together-split');
    const [, page, line] = /^page (\d+), line (\d+)$/u.exec(place ?? '')!;
    const text = await readPdfText(
      officeBytes('corpus', 'xuzhuang-2017-safety-campaign.pdf'),
      PDF_OPTIONS,
    );
    const lines = pdfLines(text.value.pages[Number(page) - 1]!.items);
    expect(lines[Number(line) - 1]!.text).toContain('派出所工商质监所');
  });

  it('a web page: the line of its source', async () => {
    const html =
      '<!DOCTYPE html>\n<html><body>\n<p>一、总体要求</p>\n<ol>\n<li>加强法治建设。（责任单位：区司法局）</li>\n<li>深化依法行政。</li>\n</ol>\n</body></html>';
    const { diagnostics } = await readOfficePlan(new TextEncoder().encode(html), {
      source: 'plan.html',
    });
    expect(placesOf(diagnostics, 'parse/skipped-line')).toEqual(['line 6']);
  });
});
