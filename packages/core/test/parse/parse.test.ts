import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const unitsOf = (text: string, options = {}) => {
  const { plan } = parse(text, options);
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  return plan.items.map((i) =>
    plan.assignments
      .filter((a) => a.item === i.id)
      .map((a) => `${names.get(a.unit)}${a.role === 'lead' ? (a.inferred ? '?' : '*') : ''}`)
      .join(' '),
  );
};
const codes = (text: string) => parse(text).diagnostics.map((d) => d.code);
const find = (text: string, code: string) => parse(text).diagnostics.find((d) => d.code === code);

describe('parse builds a plan', () => {
  it('gives items their label, title, text, section, line and deadline', () => {
    const { plan } = parse(
      '一、服务保障\n1.打造一流营商环境。深化改革；优化服务。（责任单位：区发改委；完成时限：2024年6月底）\n',
    );
    expect(plan.sections).toEqual([{ id: 's1', label: '一、', title: '服务保障' }]);
    expect(plan.items).toEqual([
      {
        id: 'i1',
        title: '打造一流营商环境',
        label: '1.',
        section: 's1',
        deadline: '2024年6月底',
        line: 2,
        text: '打造一流营商环境。深化改革；优化服务。',
      },
    ]);
  });

  it('nests sections and lets an item with items under it head their section', () => {
    const { plan } = parse(
      '一、总则\n（一）甲。（牵头单位：区发改委）\n1.乙。（责任单位：区财政局）\n二、其他\n2.丙。（责任单位：区民政局）',
    );
    expect(plan.sections).toEqual([
      { id: 's1', title: '总则', label: '一、' },
      { id: 's2', title: '甲', label: '（一）', parent: 's1' },
      { id: 's3', title: '其他', label: '二、' },
    ]);
    expect(plan.items.map((i) => [i.label, i.section])).toEqual([
      ['（一）', 's1'],
      ['1.', 's2'],
      ['2.', 's3'],
    ]);
  });

  it('writes each unit once with its kind and each assignment with the name as written', () => {
    const { plan } = parse(
      '1.甲。（责任单位：区府办（政务服务办）、各街镇）\n2.乙。（责任单位：各街镇）',
    );
    expect(plan.units).toEqual([
      { id: 'u1', name: '区府办(政务服务办)', kind: 'government' },
      { id: 'u2', name: '各街镇', kind: 'group' },
    ]);
    expect(plan.assignments[0]).toEqual({
      item: 'i1',
      unit: 'u1',
      role: 'member',
      raw: '区府办(政务服务办)',
    });
  });

  it('copies the source into the metadata and the diagnostics', () => {
    const { plan, diagnostics } = parse('', { source: 'a.txt' });
    expect(plan.meta?.source).toBe('a.txt');
    expect(diagnostics.every((d) => d.source === 'a.txt')).toBe(true);
  });
});

describe('parse reads roles as the corpus README does', () => {
  it('takes only written leads by default', () => {
    expect(unitsOf('1.甲。（责任单位：区发改委、区财政局）')).toEqual(['区发改委 区财政局']);
    expect(unitsOf('1.甲。（牵头单位：区发改委；责任单位：区财政局）')).toEqual([
      '区发改委* 区财政局',
    ]);
    expect(unitsOf('1.甲。（主责单位：区发改委）')).toEqual(['区发改委*']);
  });

  it('marks the first unit of an unmarked list as an inferred lead with inferLead first', () => {
    const { plan } = parse(
      '1.甲。（责任单位：区发改委、区财政局）\n2.乙。（牵头单位：区教育局；责任单位：区财政局）',
      {
        inferLead: 'first',
      },
    );
    expect(plan.assignments.map((a) => [a.role, a.inferred === true])).toEqual([
      ['lead', true],
      ['member', false],
      ['lead', false],
      ['member', false],
    ]);
  });

  it('follows a stated convention from the statement on', () => {
    expect(
      unitsOf(
        '1.甲。（责任单位：区发改委、区财政局）\n注：除标注外，列第一位为牵头单位。\n2.乙。（责任单位：区教育局、区财政局）\n3.丙。（责任单位：区科委、区商务委分别牵头）',
      ),
    ).toEqual(['区发改委 区财政局', '区教育局* 区财政局', '区科委* 区商务委*']);
  });

  it('leaves persons out', () => {
    expect(
      unitsOf(
        '1.甲。（责任领导：张三；牵头单位：区发改委）\n2.乙。\n分管领导：李四\n责任人：王五\n责任单位：区财政局',
      ),
    ).toEqual(['区发改委*', '区财政局']);
  });

  it('reads 区发改委牵头，区财政局、区住建局等配合 on a line of its own', () => {
    expect(unitsOf('1.甲。\n区发改委牵头，区财政局、区住建局等配合')).toEqual([
      '区发改委* 区财政局 区住建局',
    ]);
  });

  it('reads traditional characters and writes names as printed', () => {
    expect(unitsOf('1.甲。\n牽頭單位：區發改委\n責任單位：區財政局')).toEqual([
      '區發改委* 區財政局',
    ]);
  });
});

describe('parse reads policy text that trips naive readers', () => {
  it('reads a clause broken by a line wrap as one unit', () => {
    expect(unitsOf('1.甲。（责任单位：区发\n改委、区财政局）')).toEqual(['区发改委 区财政局']);
    expect(unitsOf('1.甲。\n责任单位：区教育局、区发\n改委')).toEqual(['区教育局 区发改委']);
    expect(unitsOf('1.甲。\n责任单位：\n区教育局、区发改委')).toEqual(['区教育局 区发改委']);
  });

  it('reads clauses of hard-wrapped text', () => {
    expect(unitsOf('1.甲。(牵头单位:区发改委;配合\n单位:区财政局、区住建局)')).toEqual([
      '区发改委* 区财政局 区住建局',
    ]);
    expect(unitsOf('1.甲。(责任单位\n:区人社局)')).toEqual(['区人社局']);
    expect(unitsOf('1.甲。(责任\n单位:区应急局、区市场监管局)')).toEqual(['区应急局 区市场监管局']);
    expect(
      unitsOf(
        '1.甲。(区发改局牵头,区财政局、区住建局、\n区水务局等部门,区国投公司、\n各街道办事处配合)',
      ),
    ).toEqual(['区发改局* 区财政局 区住建局 区水务局 区国投公司 各街道办事处']);
    expect(unitsOf('1.甲。\n责任单位:区委\n依法治区办、各街镇')).toEqual(['区委依法治区办 各街镇']);
    expect(unitsOf('1.甲。\n配合部门:营城子街道、革镇堡街道\n、辛寨子街道')).toEqual([
      '营城子街道 革镇堡街道 辛寨子街道',
    ]);
  });

  it('does not take a wrapped number for a new entry', () => {
    const { plan } = parse(
      '3.全面建设“两张网”。做强实战网格,完成本区城市运行“一网统管”\n3.0版上线运行。(责任单位:区府办)\n4.乙。(责任单位:区司法局)',
    );
    expect(plan.items.map((i) => i.label)).toEqual(['3.', '4.']);
  });

  it('follows a convention statement cut by a line wrap', () => {
    expect(
      unitsOf(
        '1.甲。\n责任单位:市发改委、市经信局(除标注“分别牵头”外,列第一\n位为牵头或汇总单位,下同)',
      ),
    ).toEqual(['市发改委* 市经信局']);
  });

  it('reads labels with a bracketed note and more role words', () => {
    expect(unitsOf('1.甲。\n责任单位（部门）：区发改委、区财政局')).toEqual(['区发改委 区财政局']);
    expect(unitsOf('1.甲。（区教育局牵头落实，各街道负责实施）')).toEqual(['区教育局* 各街道']);
  });

  it('reads labels written with spaces between their characters', () => {
    expect(unitsOf('1.甲。\n牵 头 单 位：区发改委\n责 任 单 位：区财政局')).toEqual([
      '区发改委* 区财政局',
    ]);
  });

  it('reads names alone in the bracket that ends a paragraph as its units', () => {
    expect(unitsOf('1.甲。（区司法局、各街镇）\n2.乙（试行）。（区民政局）')).toEqual([
      '区司法局 各街镇',
      '区民政局',
    ]);
    expect(unitsOf('1.甲（不含6亩）加强（2023年）。（责任单位：区司法局）')).toEqual(['区司法局']);
    expect(parse('1.请于每季度末将进展报送市政府办公室（市大数据局）。').plan.items).toEqual([]);
  });

  it('takes a time among the names for the deadline, not for a unit', () => {
    const { plan } = parse('1.甲。（责任单位：区发改委、区财政局；2023年底前完成）');
    expect(plan.units.map((u) => u.name)).toEqual(['区发改委', '区财政局']);
    expect(plan.items[0]?.deadline).toBe('2023年底前完成');
  });

  it('does not take 〔2023〕 in a document number for a clause', () => {
    const { plan } = parse(
      '东政发〔2023〕7号\n1.落实《通知》（东政发〔2023〕7号）要求。（责任单位：区司法局）',
    );
    expect(plan.meta?.docNumber).toBe('东政发〔2023〕7号');
    expect(unitsOf('1.落实《通知》（东政发〔2023〕7号）要求。（责任单位：区司法局）')).toEqual([
      '区司法局',
    ]);
  });

  it('never takes page furniture for an item', () => {
    const { plan } = parse(
      '设为首页 | 加入收藏 | 网站地图\n1. 打印本页（责任单位：网站）\n索引号：123\n1.甲。（责任单位：区司法局）\nICP备12345678号 版权所有',
    );
    expect(plan.items.map((i) => i.title)).toEqual(['甲']);
  });

  it('strips zero-width and bidi characters from names and warns where they were', () => {
    const text = '1.甲。（责任单位：区\u200b司法局、区\u202e财政局）';
    expect(unitsOf(text)).toEqual(['区司法局 区财政局']);
    expect(find(text, 'parse/invisible-characters')).toMatchObject({
      severity: 'warning',
      line: 1,
      column: 12,
    });
  });

  it('reads a plan in which every line is one sub-point with its own clause', () => {
    expect(
      unitsOf('1.总体要求\n（1）甲。（责任单位：区司法局）\n（2）乙。（责任单位：区财政局）'),
    ).toEqual(['区司法局', '区财政局']);
  });
  it('reads a bracketed clause line wrapped inside a name, without its closing bracket', () => {
    expect(unitsOf('1.甲。\n(责任部门:省卫\n生厅、财政厅)\n2.乙。\n(责任部门:省扶\n贫办)')).toEqual(
      ['省卫生厅 财政厅', '省扶贫办'],
    );
  });

  it('reads a table spaced into cells on a page that lost its line breaks', () => {
    expect(
      unitsOf(
        '重点工作任务分解表 发布时间:2025-03-28 序号 重点工作任务 主要责任单位 协同配合单位 ' +
          '1 地区生产总值增长6%。 区发改委 区统计局,各乡镇人民政府 2 一般公共预算收入增长5%。 区财政局 区税务局',
      ),
    ).toEqual(['区发改委* 区统计局 各乡镇人民政府', '区财政局* 区税务局']);
  });

  it('reads a notice and its table run together on one line, as document sites store them', () => {
    const { plan, diagnostics } = parse(
      '关于2025年重点项目的通知各街道办事处:现将重点项目印发给你们。附件:重点项目表' +
        '序号项目名称总投资牵头单位责任单位合计 6200 1建设社区养老服务中心1200区民政局区卫健委、区财政局' +
        '2改造老旧小区5000区住建局区城管局、各街道办事处',
    );
    const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
    expect(
      plan.items.map((i) => [
        i.title,
        plan.assignments
          .filter((a) => a.item === i.id)
          .map((a) => `${unitName.get(a.unit)}:${a.role}`)
          .join(' '),
      ]),
    ).toEqual([
      ['建设社区养老服务中心', '区民政局:lead 区卫健委:member 区财政局:member'],
      ['改造老旧小区', '区住建局:lead 区城管局:member 各街道办事处:member'],
    ]);
    expect(diagnostics.map((d) => d.code)).toContain('parse/line-breaks-restored');
  });
});

describe('parse reports what a reader should check, with line and column', () => {
  it('an item whose clause names no unit', () => {
    expect(find('1.甲。（责任单位：）', 'parse/no-units')).toMatchObject({
      severity: 'warning',
      line: 1,
      column: 5,
    });
  });

  it('a clause that never closes', () => {
    expect(
      find(
        '一、总则\n1.甲。（责任单位：区司法局、区财政局\n2.乙。（责任单位：区民政局）',
        'parse/unclosed-clause',
      ),
    ).toMatchObject({
      line: 2,
      column: 5,
    });
    expect(unitsOf('1.甲。（责任单位：区司法局、区财政局\n2.乙。（责任单位：区民政局）')).toEqual([
      '区司法局 区财政局',
      '区民政局',
    ]);
  });

  it('a name that could not be split with confidence', () => {
    expect(codes('1.甲。（责任单位：区发改委区财政局区住建局区水务局的有关工作人员们）')).toContain(
      'parse/unsplit-clause',
    );
  });

  it('names split because they were run together', () => {
    expect(find('1.甲。（责任单位：区财政局区税务局）', 'parse/run-together-split')).toMatchObject({
      severity: 'info',
      line: 1,
    });
  });

  it('likely aliases', () => {
    expect(
      find(
        '1.甲。（责任单位：区府办）\n2.乙。（责任单位：区府办（政务服务办））',
        'parse/likely-alias',
      ),
    ).toMatchObject({
      severity: 'info',
      line: 2,
      column: 11,
    });
  });

  it('a numbering jump', () => {
    expect(
      find('1.甲。（责任单位：区司法局）\n3.丙。（责任单位：区司法局）', 'parse/numbering-jump'),
    ).toMatchObject({
      line: 2,
      column: 1,
    });
    expect(codes('1.甲。（责任单位：区司法局）\n2.乙。（责任单位：区司法局）')).not.toContain(
      'parse/numbering-jump',
    );
  });

  it('numbered text skipped as not an item', () => {
    expect(
      find('1.各责任单位要高度重视。\n2.甲。（责任单位：区司法局）', 'parse/skipped-line'),
    ).toMatchObject({
      severity: 'info',
      line: 1,
    });
  });

  it('a document with no items', () => {
    const { plan, diagnostics } = parse('各单位：\n现将有关事项通知如下。\n');
    expect(plan.items).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.severity])).toContainEqual([
      'parse/no-items',
      'error',
    ]);
  });

  it('an item with very many units and a very long unit name', () => {
    const many = Array.from({ length: 300 }, (_, i) => `第${i}局`).join('、');
    expect(codes(`1.甲。（责任单位：${many}）`)).toContain('parse/too-many-units');
    expect(codes(`1.甲。（责任单位：${'很'.repeat(500)}局）`)).toContain('parse/long-unit-name');
    expect(codes(`1.甲。（责任单位：区A局、区B局、区C局）`)).not.toContain('parse/too-many-units');
    expect(
      parse(`1.甲。（责任单位：区A局、区B局、区C局）`, { manyUnitsWarning: 2 }).diagnostics.map(
        (d) => d.code,
      ),
    ).toContain('parse/too-many-units');
  });
});

describe('parse reads layouts first met in published plans', () => {
  it('reads a bulleted paragraph with its responsibility line under it as an item', () => {
    const text =
      '● 白茶市场存在空闲摊位乱堆乱放现象。\n(主体责任:白茶村委会,监督责任:市工商局)\n● 星悦公馆背后建筑垃圾堆积。\n(主体责任:星悦公馆,监督责任:市住建委)';
    expect(unitsOf(text)).toEqual(['白茶村委会 市工商局', '星悦公馆 市住建委']);
  });

  it('takes a line with a clause of its own above numbering that starts again for a new entry', () => {
    const text = [
      '三义街社区(责任单位:西城街道三义街社区)',
      '1、志愿岗无人在岗',
      '2、电动车乱停乱放',
      '通会桥社区(责任单位:西城街道通会桥社区)',
      '1、临街商铺出店经营。',
      '2、大厅物品乱摆放。',
    ].join('\n\n');
    const { plan } = parse(text);
    expect(plan.items.map((i) => i.title)).toEqual(['三义街社区', '通会桥社区']);
    expect(unitsOf(text)).toEqual(['西城街道三义街社区', '西城街道通会桥社区']);
  });

  it('reads 由X承办,Y协办 as X leading and Y assisting', () => {
    expect(
      unitsOf('一、治理畜牧业产品污染\n\n由省经贸委承办,省农业厅、省卫生厅协办。治理目标:达标。'),
    ).toEqual(['省经贸委* 省农业厅 省卫生厅']);
  });

  it('reads a page saved as text under a few lines of a portal as HTML', () => {
    const text =
      '首页 > 信息公开\n【打印】【关闭】\n<!DOCTYPE html><html><body><p>1.推进营商环境建设。(责任单位:区财政局)</p><p>2.优化政务服务。(责任单位:区政务办)</p></body></html>';
    expect(unitsOf(text)).toEqual(['区财政局', '区政务办']);
    expect(codes(text)).toContain('parse/read-as-html');
  });
});
