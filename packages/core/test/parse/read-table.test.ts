import { describe, expect, it } from 'vitest';
import { alignCells } from '../../src/parse/table/align-cells.js';
import { columnKindOf } from '../../src/parse/table/column-kind.js';
import { readTable } from '../../src/parse/table/read-table.js';
import { sourceText } from '../../src/parse/text/source-text.js';

const rowsOf = (doc: string) => {
  const text = sourceText(doc);
  const table = readTable(text, 0);
  return table?.rows.map((r) =>
    r.kind === 'heading'
      ? `# ${doc.slice(r.cell.start, r.cell.end)}`
      : r.cells
          .map(
            (c, i) =>
              `${r.columns[i]! >= 0 ? table.kinds[r.columns[i]!] : '-'}=${doc.slice(c.start, c.end)}`,
          )
          .join(' | '),
  );
};

describe('columnKindOf reads header cells', () => {
  it.each([
    ['序号', 'seq'],
    ['工作任务', 'task'],
    ['专项整治行业名称', 'task'],
    ['牵头 单位', 'lead'],
    ['牵头部门', 'lead'],
    ['责任单位', 'member'],
    ['责任主体与协同单位', 'member'],
    ['分管 领导', 'person'],
    ['责任人', 'person'],
    ['完成时限', 'deadline'],
    ['时间安排', 'deadline'],
    ['1-10月推进情况', 'other'],
  ])('%s is %s', (header, kind) => {
    expect(columnKindOf(header)).toBe(kind);
  });
});

describe('alignCells lines up cells with columns', () => {
  it('matches one to one when the kinds fit', () => {
    expect(
      alignCells(['number', 'text', 'units', 'deadline'], ['seq', 'task', 'member', 'deadline']),
    ).toEqual([0, 1, 2, 3]);
  });

  it('skips a missing column and never puts a name in a unit column', () => {
    expect(
      alignCells(
        ['number', 'text', 'person', 'units', 'units', 'text'],
        ['seq', 'task', 'other', 'person', 'lead', 'member', 'other'],
      ),
    ).toEqual([0, 1, 3, 4, 5, 6]);
  });

  it('spreads one unit column over several cells and leaves out a trailing sub-row', () => {
    expect(
      alignCells(
        ['number', 'text', 'units', 'units', 'deadline', 'text', 'deadline'],
        ['seq', 'task', 'member', 'deadline'],
      ),
    ).toEqual([0, 1, 2, 2, 3, -1, -1]);
  });
});

describe('readTable reads flattened responsibility tables', () => {
  it('reads one row per line split by |', () => {
    expect(rowsOf('事项 | 时间安排 | 责任单位 |\n烟花爆竹 | 1月份 | 安监站 安监所 |')).toEqual([
      'task=烟花爆竹 | deadline=1月份 | member=安监站 安监所',
    ]);
  });

  it('reads one row per line split by tabs, skipping a rule line', () => {
    expect(
      rowsOf('序号\t任务\t牵头单位\t完成时限\n---\t---\t---\t---\n1\t建设公园\t区绿化局\t6月'),
    ).toEqual(['seq=1 | task=建设公园 | lead=区绿化局 | deadline=6月']);
  });

  it('reads one cell per line, rows starting at their number', () => {
    expect(
      rowsOf(
        '序号\n\n任务\n\n责任单位\n\n1\n\n建设公园。\n\n区绿化局\n\n区财政局\n\n2\n\n修路。\n\n区交通委',
      ),
    ).toEqual([
      'seq=1 | task=建设公园。 | member=区绿化局 | member=区财政局',
      'seq=2 | task=修路。 | member=区交通委',
    ]);
  });

  it('keeps group headings between rows', () => {
    expect(
      rowsOf(
        '序号|任务|责任单位\n一、经济发展\n1|建设园区|区发改委\n二、社会民生\n2|建设学校|区教育局',
      ),
    ).toEqual([
      '# 一、经济发展',
      'seq=1 | task=建设园区 | member=区发改委',
      '# 二、社会民生',
      'seq=2 | task=建设学校 | member=区教育局',
    ]);
  });

  it('does not take a heading without a unit column for a table', () => {
    expect(rowsOf('序号 | 指标 | 数值\n1 | 生产总值 | 7%')).toBeUndefined();
  });
});
