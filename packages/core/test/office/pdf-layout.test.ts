import { describe, expect, it } from 'vitest';
import { ideographsOfRadicals } from '../../src/office/pdf/ideographs-of-radicals.js';
import type { PdfRule } from '../../src/office/pdf/page-rules.js';
import { pdfDocument } from '../../src/office/pdf/pdf-document.js';
import { pdfGrids } from '../../src/office/pdf/pdf-tables.js';
import type { PdfPageText, PdfTextItem } from '../../src/office/pdf/pdf-text.js';
import { documentText } from '../../src/office/layout/document-text.js';
import { OfficeProblem } from '../../src/office/office-problem.js';

const SIZE = 12;
/** A run of Chinese text at (x, y), a character 12 points wide. */
const run = (str: string, x: number, y: number): PdfTextItem => ({
  str,
  x,
  y,
  w: [...str].length * SIZE,
  size: SIZE,
});
const page = (items: PdfTextItem[], rules: PdfRule[] = []): PdfPageText => ({
  width: 595,
  height: 842,
  items,
  rules,
});
const h = (y: number, x0: number, x1: number): PdfRule => ({ x0, x1, y0: y, y1: y });
const v = (x: number, y0: number, y1: number): PdfRule => ({ x0: x, x1: x, y0, y1 });
const textOf = (pages: PdfPageText[]) => documentText(pdfDocument({ pages })).text.split('\n');

describe('pdfDocument joins wrapped lines into paragraphs', () => {
  // a text block from x=60 to x=540: 40 characters a line
  it('joins a line that runs to the right edge with the next, and ends a paragraph at a short line', () => {
    const full = '一'.repeat(38);
    expect(
      textOf([
        page([
          run(`1.${full}`, 60, 700),
          run('接续的文字。', 60, 686),
          run(`2.${full}`, 60, 660),
          run('（责任单位：区司法局）', 60, 646),
          run('3.短的一项。', 60, 620),
          run('（责任单位：区府办）', 60, 606),
        ]),
      ]),
    ).toEqual([
      `1.${full}接续的文字。`,
      `2.${full}（责任单位：区司法局）`,
      '3.短的一项。',
      '（责任单位：区府办）',
    ]);
  });

  it('starts a new paragraph at a number, a field label or an indent, however full the line above', () => {
    const full = '一'.repeat(40);
    expect(
      textOf([
        page([
          run(full, 60, 700),
          run('2.第二项', 60, 686),
          run(full, 60, 672),
          run('责任单位：区司法局', 60, 658),
          run(full, 60, 644),
          run('新的一段', 84, 630),
        ]),
      ]),
    ).toEqual([full, '2.第二项', full, '责任单位：区司法局', full, '新的一段']);
  });

  it('goes on over a page break, and leaves page numbers out', () => {
    const full = '一'.repeat(40);
    expect(
      textOf([
        page([run(`1.${full}`, 60, 100), run('- 1 -', 290, 30)]),
        page([run('接续的文字。', 60, 780), run('2', 295, 30)]),
      ]),
    ).toEqual([`1.${full}接续的文字。`]);
  });

  it('reads a line of 100 KB of spaces, 、 and digits in the page margin at once (no backtracking)', () => {
    for (const filler of [' ', '、', '1', '- 1']) {
      const line = `1${filler.repeat(100_000 / filler.length)}x`;
      const started = performance.now();
      textOf([page([run(line, 60, 20), run('正文', 60, 700)])]);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('says a PDF without text is a scan', () => {
    expect(() => pdfDocument({ pages: [page([]), page([])] })).toThrow(OfficeProblem);
    expect(() => pdfDocument({ pages: [page([])] })).toThrow(/no text layer/u);
  });
});

describe('pdfGrids rebuilds a table from its rules', () => {
  // three columns (60–100–300–400), three rows (700–680–660–640)
  const columns = [60, 100, 300, 400];
  const rowsAt = [700, 680, 660, 640];

  it('finds the grid, and merges cells where a rule is missing', () => {
    const rules = [
      ...columns.map((x) => v(x, 640, 700)),
      h(700, 60, 400),
      h(680, 60, 400),
      // between rows 2 and 3 the first column has no rule: its cell is merged down
      h(660, 100, 400),
      h(640, 60, 400),
    ];
    const [grid] = pdfGrids(rules);
    expect(grid!.xs).toEqual(columns);
    expect(grid!.ys).toEqual(rowsAt);
    expect(grid!.cells.find((c) => c.row === 1 && c.column === 0)).toEqual({
      row: 1,
      column: 0,
      rowSpan: 2,
      colSpan: 1,
    });
    expect(grid!.cells).toHaveLength(8);
  });

  it('joins a rule drawn in pieces, and takes thin lines only (no grid without three columns)', () => {
    expect(pdfGrids([v(60, 640, 700), v(400, 640, 700), h(700, 60, 400), h(640, 60, 400)])).toEqual(
      [],
    );
    const pieces = [
      ...columns.map((x) => v(x, 640, 700)),
      ...rowsAt.flatMap((y) => [h(y, 60, 100), h(y, 100, 300), h(y, 300, 400)]),
    ];
    expect(pdfGrids(pieces)[0]!.cells).toHaveLength(9);
  });

  it('puts each run in its cell, and keeps lines broken on purpose apart', () => {
    const rules = [...columns.map((x) => v(x, 640, 700)), ...rowsAt.map((y) => h(y, 60, 400))];
    const items = [
      run('序号', 62, 685),
      run('任务', 102, 685),
      run('牵头单位', 302, 685),
      run('1', 62, 665),
      run('加强法治建设', 102, 665),
      run('区司法局', 302, 671),
      run('区府办', 302, 661),
      run('2', 62, 645),
      run('推进依法行政', 102, 645),
      run('区司法局', 302, 645),
    ];
    expect(textOf([page(items, rules)])).toEqual([
      '| 序号 | 任务 | 牵头单位 |',
      '| 1 | 加强法治建设 | 区司法局 区府办 |',
      '| 2 | 推进依法行政 | 区司法局 |',
    ]);
  });
});

describe('ideographsOfRadicals', () => {
  it('writes radicals a font map names for whole characters as those characters', () => {
    expect(ideographsOfRadicals('12⽉底前，县⽔务局、⺠政局、⻔户、⼾籍')).toBe(
      '12月底前，县水务局、民政局、门户、户籍',
    );
    expect(ideographsOfRadicals('区发改委')).toBe('区发改委');
  });
});
