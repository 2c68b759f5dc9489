import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/office/docx/read-docx.js';
import { tableLines } from '../../src/office/layout/table-lines.js';
import type { OfficeTable } from '../../src/office/office-document.js';
import { tableGrid, type SpannedCell } from '../../src/office/table/table-grid.js';
import { docxOf, tbl, tc } from './helpers/make-office.js';

const cell = (text: string, spans: Partial<SpannedCell> = {}): SpannedCell => ({
  text,
  place: text,
  ...spans,
});
const texts = (t: OfficeTable) =>
  t.rows.map((r) => r.map((c) => (c.mergedFrom ? `^${c.mergedFrom.join(',')}` : c.text)));
const lines = (t: OfficeTable) => tableLines(t).map((l) => l.text);

describe('tableGrid lays cells out as HTML and Word do', () => {
  it('spreads a cell merged down and across over the cells it covers', () => {
    const grid = tableGrid(
      [
        [cell('a', { rowSpan: 2 }), cell('b', { colSpan: 2 })],
        [cell('c'), cell('d')],
        [cell('e'), cell('f'), cell('g')],
      ],
      'table 1',
    );
    expect(texts(grid)).toEqual([
      ['a', 'b', '^0,1'],
      ['^0,0', 'c', 'd'],
      ['e', 'f', 'g'],
    ]);
  });

  it('squares off ragged rows and keeps a span inside the table', () => {
    const grid = tableGrid([[cell('a', { rowSpan: 9 }), cell('b')], [cell('c')]], 't');
    expect(texts(grid)).toEqual([
      ['a', 'b'],
      ['^0,0', 'c'],
    ]);
  });

  it('puts a cell at the grid column the file names', () => {
    const grid = tableGrid([[cell('a'), cell('c', { column: 2 })]], 't');
    expect(texts(grid)).toEqual([['a', '', 'c']]);
  });
});

describe('tableLines resolves merged cells by what they mean in a task table', () => {
  it('keeps a two-row header’s merged cells blank, fills a merged lead cell down, heads rows with a row across', () => {
    const grid = tableGrid(
      [
        [
          cell('序号', { rowSpan: 2 }),
          cell('任务', { rowSpan: 2 }),
          cell('责任单位', { colSpan: 2 }),
        ],
        [cell('牵头单位'), cell('配合单位')],
        [cell('一、教育', { colSpan: 4 })],
        [cell('1'), cell('新建幼儿园'), cell('区教育局', { rowSpan: 2 }), cell('区财政局')],
        [cell('2'), cell('改造食堂'), cell('区市场监管局')],
      ],
      't',
    );
    expect(lines(grid)).toEqual([
      '| 序号 | 任务 | 责任单位 |  |',
      '|  |  | 牵头单位 | 配合单位 |',
      '| 一、教育 |',
      '| 1 | 新建幼儿园 | 区教育局 | 区财政局 |',
      '| 2 | 改造食堂 | 区教育局 | 区市场监管局 |',
    ]);
  });

  it('reads rows under one merged number as one task', () => {
    const grid = tableGrid(
      [
        [cell('序号'), cell('民生实事'), cell('责任单位'), cell('完成时限')],
        [
          cell('5', { rowSpan: 2 }),
          cell('建设养护楼。'),
          cell('县民政局', { rowSpan: 2 }),
          cell('5月底前'),
        ],
        [cell('建设老年大学。'), cell('12月底前')],
      ],
      't',
    );
    expect(lines(grid)).toEqual([
      '| 序号 | 民生实事 | 责任单位 | 完成时限 |',
      '| 5 | 建设养护楼。 建设老年大学。 | 县民政局 | 5月底前 12月底前 |',
    ]);
  });

  it('makes a column of merged section cells the headings of its rows', () => {
    const grid = tableGrid(
      [
        [cell('序号'), cell('重点领域'), cell('工作任务'), cell('牵头单位')],
        [cell('1'), cell('城市更新', { rowSpan: 2 }), cell('改造小区'), cell('区住建委')],
        [cell('2'), cell('新建公园'), cell('区绿化局')],
        [cell('3'), cell('公共服务', { rowSpan: 2 }), cell('新增托位'), cell('区卫健委')],
        [cell('4'), cell('建设食堂'), cell('区民政局')],
      ],
      't',
    );
    expect(lines(grid)).toEqual([
      '| 序号 | 工作任务 | 牵头单位 |',
      '| 城市更新 |',
      '| 1 | 改造小区 | 区住建委 |',
      '| 2 | 新建公园 | 区绿化局 |',
      '| 公共服务 |',
      '| 3 | 新增托位 | 区卫健委 |',
      '| 4 | 建设食堂 | 区民政局 |',
    ]);
  });

  it('reads the rows above the header as lines, a one-column table as its paragraphs, and a bar in a cell as text', () => {
    const framed = tableGrid([[cell('第一段', { paragraphs: ['第一段', '第二段'] })]], 't');
    expect(lines(framed)).toEqual(['第一段', '第二段']);
    const titled = tableGrid(
      [
        [cell('2024年任务表', { colSpan: 2 })],
        [cell('工作任务'), cell('责任单位')],
        [cell('甲|乙'), cell('区司法局')],
      ],
      't',
    );
    expect(lines(titled)).toEqual([
      '2024年任务表',
      '| 工作任务 | 责任单位 |',
      '| 甲｜乙 | 区司法局 |',
    ]);
  });
});

describe('readDocx reads Word tables as grids', () => {
  it('spans w:gridSpan across and w:vMerge down, and joins a cell’s paragraphs', () => {
    const doc = readDocx(
      docxOf(
        tbl([
          [tc('类别'), tc('任务'), tc('单位')],
          [tc('经济', { vMerge: 'restart' }), tc('甲'), tc('区发改委\n区财政局')],
          [tc('', { vMerge: 'continue' }), tc('乙', { span: 2 })],
        ]),
      ),
    );
    const table = doc.blocks[0] as OfficeTable;
    expect(texts(table)).toEqual([
      ['类别', '任务', '单位'],
      ['经济', '甲', '区发改委 区财政局'],
      ['^1,0', '乙', '^2,1'],
    ]);
    expect(table.rows[1]![2]!.paragraphs).toEqual(['区发改委', '区财政局']);
    expect(table.rows[2]![1]!.place).toBe('table 1, row 3, cell 1');
  });
});
