import { describe, expect, it } from 'vitest';
import { alignCells } from '../../src/parse/table/align-cells.js';
import { columnKindOf } from '../../src/parse/table/column-kind.js';
import { parse } from '../../src/parse/index.js';
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
    ['项目业主', 'member'],
    ['民生实事项目数量', 'other'],
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

  it('joins header cells whose words were wrapped onto lines of their own', () => {
    expect(
      rowsOf(
        '序号\n\n重点工作\n\n责任\n\n领导\n\n责任\n\n科室\n\n攻坚目标\n\n1\n\n建设水库\n\n王明\n\n水利站\n\n完成大坝建设。\n\n2\n\n美丽城镇\n\n李华\n\n乡村振兴办\n\n成功创建首批省级美丽城镇。',
      ),
    ).toEqual([
      'seq=1 | task=建设水库 | person=王明 | member=水利站 | other=完成大坝建设。',
      'seq=2 | task=美丽城镇 | person=李华 | member=乡村振兴办 | other=成功创建首批省级美丽城镇。',
    ]);
  });

  it('reads a table of one cell per line whose 序号 column is empty in every row', () => {
    expect(
      rowsOf(
        '序号\n\n重点工作内容\n\n责任单位\n\n配合单位\n\n一、优化经济结构\n\n(1)发展服务业。\n\n比重再提高1%。\n\n经委\n\n发改委\n\n推进商务区建设。\n\n徐泾镇\n\n(2)发展制造业。\n\n培育科技企业。\n\n科委',
      ),
    ).toEqual([
      '# 一、优化经济结构',
      '# (1)发展服务业。',
      'task=比重再提高1%。 | member=经委 | member=发改委',
      'task=推进商务区建设。 | member=徐泾镇',
      '# (2)发展制造业。',
      'task=培育科技企业。 | member=科委',
    ]);
  });

  it('keeps the blank cells of one cell per line between lone | lines', () => {
    expect(
      rowsOf(
        '任务\n|\n时间\n|\n责任单位\n\n烟花爆竹\n|\n1月份\n|\n安监站\n\n危险化学品\n|\n\n|\n\n\n电力设施\n|\n3月份\n|\n电管所',
      ),
    ).toEqual([
      'task=烟花爆竹 | deadline=1月份 | member=安监站',
      'task=危险化学品 | deadline= | member=',
      'task=电力设施 | deadline=3月份 | member=电管所',
    ]);
  });

  it('keeps a blank first cell of a row under a header without a border', () => {
    expect(rowsOf('责任单位 | 任务 | 时间\n区发改委 | 建设园区 | 1月\n | 建设学校 | 2月')).toEqual([
      'member=区发改委 | task=建设园区 | deadline=1月',
      'member= | task=建设学校 | deadline=2月',
    ]);
  });

  it('reads a header and rows whose cells run together, one row per line', () => {
    const doc = [
      '序号项目名称总投资牵头单位责任单位分管领导',
      '合计 6200',
      '1建设社区养老服务中心1200区民政局区卫健委、区财政局张明',
      '2改造老旧小区5000区住建局区城管局、各街道办事处',
      '附件2',
    ].join('\n');
    expect(rowsOf(doc)).toEqual([
      'seq=1 | task=建设社区养老服务中心 | other=1200 | lead=区民政局 | member=区卫健委、区财政局 | person=张明',
      'seq=2 | task=改造老旧小区 | other=5000 | lead=区住建局 | member=区城管局、各街道办事处',
    ]);
  });

  it('leaves figures with a measure inside the task and takes no spaced or bordered header for one run together', () => {
    expect(rowsOf('序号工作任务总投资牵头单位\n1新建2万平方米厂房3000区工信局')).toEqual([
      'seq=1 | task=新建2万平方米厂房 | other=3000 | lead=区工信局',
    ]);
    expect(rowsOf('序号 工作任务牵头单位\n1新建厂房区工信局')).toBeUndefined();
  });

  it('reads rows closed by bar lines whose group cells (number, 牵头单位) are printed on the first row only', () => {
    const doc = [
      '序号 |',
      '牵头单位 |',
      '项目名称 |',
      '业主单位 |',
      '进展情况 |',
      '||',
      '一 |',
      '区交通局 |',
      '(一)道路畅通工程 |',
      '1.东环路 |',
      '区城投 |',
      '已完工 |',
      '|',
      '2.西环路 |',
      '长安街道 |',
      '|||',
      '二 |',
      '区教育局 |',
      '(一)新建城东小学 |',
      '区教育局 |',
      '在建 |',
      '|',
    ].join('\n');
    expect(rowsOf(doc)).toEqual([
      '# (一)道路畅通工程',
      'seq=一 | lead=区交通局 | task=1.东环路 | member=区城投 | other=已完工',
      'task=2.西环路 | member=长安街道',
      'seq=二 | lead=区教育局 | task=(一)新建城东小学 | member=区教育局 | other=在建',
    ]);
    const { plan } = parse(doc);
    const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
    expect(
      plan.items.map(
        (i) =>
          `${i.label} ${i.title}: ${plan.assignments
            .filter((a) => a.item === i.id)
            .map((a) => `${unitName.get(a.unit)}:${a.role}`)
            .join(' ')}`,
      ),
    ).toEqual([
      '1. 东环路: 区交通局:lead 区城投:member',
      '2. 西环路: 区交通局:lead 长安街道:member',
      '(一) 新建城东小学: 区教育局:lead',
    ]);
  });

  it('reads rows closed by bar lines when the cells are plain lines, with no | after them', () => {
    const doc = [
      '序号',
      '牵头单位',
      '项目名称',
      '业主单位',
      '||',
      '一',
      '区交通局',
      '1.东环路',
      '区城投',
      '|',
      '2.西环路',
      '长安街道',
      '|||',
    ].join('\n');
    expect(rowsOf(doc)).toEqual([
      'seq=一 | lead=区交通局 | task=1.东环路 | member=区城投',
      'task=2.西环路 | member=长安街道',
    ]);
  });

  it('reads a lone bar inside a closed row as a blank cell, and one before the next row as its end', () => {
    const doc = [
      '序号 |',
      '工作任务 |',
      '完成时限 |',
      '责任单位 |',
      '|',
      '1 |',
      '建设东环路 |',
      '6月底 |',
      '区交通局 |',
      '|',
      '2 |',
      '建设西环路 |',
      '|',
      '区城管局 |',
      '|',
    ].join('\n');
    expect(rowsOf(doc)).toEqual([
      'seq=1 | task=建设东环路 | deadline=6月底 | member=区交通局',
      'seq=2 | task=建设西环路 | deadline= | member=区城管局',
    ]);
  });

  it('does not take a heading without a unit column for a table', () => {
    expect(rowsOf('序号 | 指标 | 数值\n1 | 生产总值 | 7%')).toBeUndefined();
  });
});
