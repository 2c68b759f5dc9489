import { describe, expect, it } from 'vitest';
import { readPlanCsv } from '../../src/io/read-plan-csv.js';
import type { Plan } from '../../src/model/plan.js';
import { fixtureText } from './helpers/fixtures.js';

const read = (path: string) => readPlanCsv(fixtureText(path), { source: path });
const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);
/** Assignments as [item id, unit name, role], easy to compare. */
const pairs = (plan: Plan) => {
  const name = new Map(plan.units.map((u) => [u.id, u.name]));
  return plan.assignments.map((a) => [a.item, name.get(a.unit), a.role]);
};

describe('readPlanCsv, long layout', () => {
  it('reads items by id, units by name, roles, sections, labels, deadlines, inferred and raw', () => {
    const r = read('csv/long.csv');
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line, d.args])).toEqual([
      ['csv/unit-without-items', 'info', 7, { name: '区民政局' }],
    ]);
    expect(r.value.sections).toEqual([
      { id: 's1', title: '服务保障区域中心工作' },
      { id: 's2', title: '完善依法行政制度体系' },
    ]);
    expect(r.value.items).toEqual([
      {
        id: 'i1',
        title: '打造一流法治化营商环境',
        label: '1.',
        section: 's1',
        deadline: '2020年底前',
      },
      { id: 'i2', title: '加强科创中心建设法治保障', label: '2.', section: 's1' },
      { id: 'i3', title: '没有责任单位的事项', label: '3.', section: 's2' },
    ]);
    expect(r.value.units.map((u) => [u.id, u.name])).toEqual([
      ['u1', '区发展改革委'],
      ['u2', '区司法局'],
      ['u3', '区科委'],
      ['u4', '区府办(政务服务办)'],
      ['u5', '区民政局'],
    ]);
    expect(r.value.assignments).toEqual([
      { item: 'i1', unit: 'u1', role: 'lead' },
      { item: 'i1', unit: 'u2', role: 'member' },
      { item: 'i2', unit: 'u3', role: 'lead', inferred: true },
      { item: 'i2', unit: 'u4', role: 'member', raw: '区府办（政务服务办）' },
    ]);
  });

  it('reads Chinese headers and role words (牵头, 配合, 责任, 参与)', () => {
    const r = read('csv/long-zh.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.items).toEqual([
      { id: '1', title: '推进政务公开' },
      { id: '2', title: '加强执法监督' },
    ]);
    expect(pairs(r.value)).toEqual([
      ['1', '区府办', 'lead'],
      ['1', '区司法局', 'member'],
      ['2', '区司法局', 'lead'],
      ['2', '各街镇', 'member'],
      ['2', '区财政局', 'member'],
    ]);
  });

  it('reports an unknown role as an error naming line and column role, keeping item and unit', () => {
    const r = read('csv/unknown-role.csv');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'csv/unknown-role',
        severity: 'error',
        line: 3,
        column: 11,
        field: 'role',
        source: 'csv/unknown-role.csv',
      }),
    ]);
    expect(r.diagnostics[0]!.message).toContain('"owner"');
    expect(r.value.items.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(r.value.units.map((u) => u.name)).toEqual(['区府办', '区司法局']);
    expect(r.value.assignments).toHaveLength(1);
  });

  it('splits a unit cell at the full-width comma, which is never a delimiter', () => {
    const r = read('csv/fullwidth-comma.csv');
    expect(pairs(r.value)).toEqual([
      ['1', '区发改委', 'lead'],
      ['1', '区财政局', 'lead'],
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['csv/unit-list', 'info', 2],
    ]);
  });

  it('reads items without ids by title, with made-up ids that avoid written ones', () => {
    const r = readPlanCsv(
      'item,title,unit,role\n,甲,区府办,lead\ni1,乙,区司法局,member\n,甲,区财政局,member\n',
    );
    expect(r.value.items).toEqual([
      { id: 'i2', title: '甲' },
      { id: 'i1', title: '乙' },
    ]);
    expect(pairs(r.value)).toEqual([
      ['i2', '区府办', 'lead'],
      ['i1', '区司法局', 'member'],
      ['i2', '区财政局', 'member'],
    ]);
  });

  it('warns when rows describe one item differently and keeps the first description', () => {
    const r = readPlanCsv('item,title,unit,role\ni1,甲,区府办,lead\ni1,乙,区司法局,member\n');
    expect(r.value.items).toEqual([{ id: 'i1', title: '甲' }]);
    expect(r.value.assignments).toHaveLength(2);
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['csv/conflicting-item', 3, 4],
    ]);
  });

  it('keeps the first of two rows assigning one unit to one item', () => {
    const r = readPlanCsv('item,unit,role\ni1,区府办,lead\ni1,区府办,member\n');
    expect(pairs(r.value)).toEqual([['i1', '区府办', 'lead']]);
    expect(codes(r)).toEqual(['csv/duplicate-assignment']);
  });

  it('reads every assignment as member when there is no role column, with one warning', () => {
    const r = readPlanCsv('item,unit\ni1,区府办\ni2,区司法局\n');
    expect(pairs(r.value)).toEqual([
      ['i1', '区府办', 'member'],
      ['i2', '区司法局', 'member'],
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['csv/no-role-column', 1]]);
  });
});

describe('readPlanCsv, wide and lists layouts', () => {
  it('reads a matrix with 牵头, 配合 and ●, keeping items without units and units without items', () => {
    const r = read('csv/wide.csv');
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line, d.field])).toEqual([
      ['csv/unit-without-items', 'info', 1, '区民政局'],
    ]);
    expect(r.value.items.map((i) => [i.id, i.title])).toEqual([
      ['1', '推进政务公开'],
      ['2', '加强执法监督'],
      ['3', '没有责任单位的事项'],
    ]);
    expect(r.value.units.map((u) => u.name)).toEqual([
      '区发改委',
      '区财政局',
      '区司法局',
      '区民政局',
    ]);
    expect(pairs(r.value)).toEqual([
      ['1', '区发改委', 'lead'],
      ['1', '区财政局', 'member'],
      ['2', '区财政局', 'lead'],
      ['2', '区司法局', 'member'],
    ]);
  });

  it('reports an unknown mark in a matrix with its line, column and unit', () => {
    const r = readPlanCsv('item,区府办,区司法局\ni1,lead,x\n');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'csv/unknown-role', line: 2, column: 9, field: '区司法局' }),
    ]);
    expect(pairs(r.value)).toEqual([['i1', '区府办', 'lead']]);
  });

  it('reads 牵头单位 and 配合单位 columns holding unit lists', () => {
    const r = read('csv/lists-zh.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.items.map((i) => [i.id, i.title])).toEqual([
      ['1', '打造一流法治化营商环境'],
      ['2', '加强执法监督'],
      ['3', '推进依法行政'],
    ]);
    expect(pairs(r.value)).toEqual([
      ['1', '区发改委', 'lead'],
      ['1', '区司法局', 'member'],
      ['1', '区财政局', 'member'],
      ['2', '区司法局', 'lead'],
      ['2', '各街镇', 'member'],
      ['2', '区市场监管局', 'member'],
      ['3', '区府办', 'lead'],
    ]);
  });
});

describe('readPlanCsv, hostile text', () => {
  it('reads quoted commas, line breaks and doubled quotes inside cells', () => {
    const r = read('csv/quoted.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.items.map((i) => i.title)).toEqual([
      '推进政务公开, 依法行政',
      '第一行\r\n第二行',
      '他说"好"',
    ]);
    expect(pairs(r.value)[2]).toEqual(['3', '区财政局', 'member']);
  });

  it.each([
    ['semicolons', 'csv/semicolon.csv'],
    ['pipes', 'csv/pipe.csv'],
    ['tabs', 'csv/tab.tsv'],
  ])('detects %s as the delimiter', (_, path) => {
    const r = read(path);
    expect(r.diagnostics).toEqual([]);
    expect(pairs(r.value)).toEqual([
      ['1', '区府办', 'lead'],
      ['2', '区司法局', 'member'],
    ]);
  });

  it('keeps a comma inside a semicolon-separated cell', () => {
    expect(read('csv/semicolon.csv').value.items[0]!.title).toBe('推进政务公开,依法行政');
  });

  it('reads mixed CRLF, LF and CR line ends with the right line numbers', () => {
    const r = read('csv/mixed-newlines.csv');
    expect(r.value.items.map((i) => i.id)).toEqual(['i1', 'i2', 'i3', 'i4']);
    const withRole = readPlanCsv(
      fixtureText('csv/mixed-newlines.csv').replace('i3,丙,区财政局,member', 'i3,丙,区财政局,boss'),
    );
    expect(withRole.diagnostics).toEqual([
      expect.objectContaining({ code: 'csv/unknown-role', line: 4 }),
    ]);
  });

  it('skips blank lines and rows of delimiters without a diagnostic', () => {
    const r = read('csv/blank-lines.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.items.map((i) => i.id)).toEqual(['i1', 'i2']);
  });

  it('skips a header repeated mid-file with an info', () => {
    const r = read('csv/repeated-header.csv');
    expect(r.value.items.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['csv/repeated-header', 'info', 3],
    ]);
  });

  it('warns about too many or too few fields without shifting or dropping any', () => {
    const r = read('csv/field-count.csv');
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ['csv/extra-fields', 'warning', 2, 15],
      ['csv/missing-fields', 'warning', 3, 4],
    ]);
    expect(r.diagnostics[0]!.message).toContain('"多出来的", "另一个"');
    expect(r.value.items.map((i) => [i.id, i.title])).toEqual([
      ['i1', '甲'],
      ['i2', '乙'],
      ['i3', '丙'],
    ]);
    expect(pairs(r.value)).toEqual([
      ['i1', '区府办', 'lead'],
      ['i3', '区财政局', 'member'],
    ]);
  });

  it('removes exactly the formula guard apostrophe that writers add', () => {
    const r = read('csv/formula.csv');
    expect(r.value.items.map((i) => i.title)).toEqual([
      '=HYPERLINK("http://x")',
      '@SUM(1)',
      "'=两个撇号",
      "'普通撇号",
    ]);
    expect(r.value.units.map((u) => u.name).slice(0, 2)).toEqual(['+区府办', '-区司法局']);
  });

  it('skips title lines above the header with an info', () => {
    const r = read('csv/title-rows.csv');
    expect(pairs(r.value)).toEqual([['1', '区府办', 'lead']]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['csv/before-header', 1],
      ['csv/before-header', 2],
    ]);
  });

  it('reports an ignored notes column with the number of cells it holds', () => {
    const r = read('csv/notes-column.csv');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'csv/ignored-column', line: 1, column: 22, field: '备注' }),
    ]);
    expect(r.diagnostics[0]!.message).toContain('1 non-empty cell');
  });

  it('reports a file without a header row and returns an empty plan', () => {
    const r = read('csv/no-header.csv');
    expect(r.value).toEqual({ remit: 1, items: [], units: [], assignments: [] });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'csv/no-header', severity: 'error', line: 1 }),
    ]);
  });

  it('ignores a BOM left in the text, so the first header is exactly 序号', () => {
    const r = readPlanCsv('\uFEFF' + fixtureText('csv/long-zh.csv'));
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual(read('csv/long-zh.csv').value);
  });

  it('reads empty or blank text as an empty plan with an info', () => {
    for (const text of ['', '\uFEFF', ' \r\n \n']) {
      const r = readPlanCsv(text);
      expect(r.value).toEqual({ remit: 1, items: [], units: [], assignments: [] });
      expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['csv/empty', 'info']]);
    }
  });

  it('takes __proto__, constructor and prototype as plain names', () => {
    const r = read('csv/prototype-names.csv');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(r.value.items.map((i) => [i.id, i.title])).toEqual([
      ['__proto__', 'constructor'],
      ['prototype', 'x'],
    ]);
    expect(r.value.units.map((u) => u.name)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(r.value.items[0])).toBe(Object.prototype);
  });

  it('strips zero-width and bidi controls from unit names with a warning', () => {
    const r = readPlanCsv('item,unit,role\ni1,区\u200B司法\u202E局,lead\n');
    expect(r.value.units.map((u) => u.name)).toEqual(['区司法局']);
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['csv/invisible-characters', 2, 4],
    ]);
  });
});

describe('readPlanCsv, broken quotes and huge cells', () => {
  it('reports an unclosed quote where it opens and reads the rows around it', () => {
    const r = read('csv/unclosed-quote.csv');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'csv/unclosed-quote',
        severity: 'error',
        line: 3,
        column: 4,
      }),
    ]);
    expect(r.value.items.map((i) => [i.id, i.title])).toEqual([
      ['i1', '甲'],
      ['i2', '"乙'],
      ['i3', '丙'],
    ]);
  });

  it('reports an unclosed quote on line 37 of 5,000 there, keeping rows 1–36 and never making one giant cell', () => {
    const lines = ['item,title,unit,role'];
    for (let n = 2; n <= 5000; n++) {
      lines.push(n === 37 ? `i${n},"事项${n},区府办,lead` : `i${n},事项${n},区府办,lead`);
    }
    const r = readPlanCsv(lines.join('\n') + '\n');
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ code: 'csv/unclosed-quote', line: 37, column: 5 }),
    ]);
    expect(r.value.items).toHaveLength(4999);
    expect(r.value.items.slice(0, 35).map((i) => i.id)).toEqual(
      Array.from({ length: 35 }, (_, k) => `i${k + 2}`),
    );
    expect(Math.max(...r.value.items.map((i) => i.title.length))).toBeLessThan(20);
    expect(r.value.items.at(-1)).toEqual({ id: 'i5000', title: '事项5000' });
  });

  it('takes a quote that closes only hundreds of lines later as unclosed', () => {
    const lines = ['item,title,unit,role'];
    for (let n = 2; n <= 400; n++) {
      const title = n === 10 ? '"事项' : n === 300 ? '事项"' : '事项';
      lines.push(`i${n},${title},区府办,lead`);
    }
    const r = readPlanCsv(lines.join('\n'));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'csv/unclosed-quote', line: 10 }),
    ]);
    expect(r.value.items).toHaveLength(399);
  });

  it('caps a 10 MB cell, reports it, and reads the rows after it', () => {
    const huge = '长'.repeat(10 * 1024 * 1024);
    const text = `item,title,unit,role\ni1,${huge},区府办,lead\ni2,"${huge}",区司法局,member\ni3,丙,区财政局,member\n`;
    const r = readPlanCsv(text);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ['csv/field-too-long', 'warning', 2, 4],
      ['csv/field-too-long', 'warning', 3, 4],
    ]);
    expect(r.value.items.map((i) => i.title.length)).toEqual([100_000, 100_000, 1]);
    expect(pairs(r.value)).toEqual([
      ['i1', '区府办', 'lead'],
      ['i2', '区司法局', 'member'],
      ['i3', '区财政局', 'member'],
    ]);
  });
});

describe('readPlanCsv, unit names, extra fields and idle units', () => {
  it('reads a unit whose brackets hold 、 as one unit, and still splits the list around it', () => {
    const r = readPlanCsv(
      'item,title,unit,role\ni1,推进工作,"各县(市、区)政府、区财政局",member\n',
    );
    expect(pairs(r.value)).toEqual([
      ['i1', '各县(市、区)政府', 'member'],
      ['i1', '区财政局', 'member'],
    ]);
    expect(codes(r)).toEqual(['csv/unit-list']);
  });

  it('reads a unit name in double quotes whole, whatever separators it holds', () => {
    const r = readPlanCsv('item,title,unit,role\ni1,推进工作,"""区A;区B""、区C",lead\n');
    expect(pairs(r.value)).toEqual([
      ['i1', '区A;区B', 'lead'],
      ['i1', '区C', 'lead'],
    ]);
  });

  it('reads an unquoted extra field naming a unit as a further unit of the row, with a warning', () => {
    const r = readPlanCsv('item,title,unit,role\ni1,推进工作,区发改委,lead,区财政局\n');
    expect(pairs(r.value)).toEqual([
      ['i1', '区发改委', 'lead'],
      ['i1', '区财政局', 'lead'],
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.args])).toEqual([
      ['csv/extra-units', 'warning', 2, 19, { fields: 5, expected: 4, extra: ['区财政局'] }],
    ]);
    expect(r.diagnostics[0]!.message).toContain('"区财政局"');
  });

  it('reads extra unit fields of a lists row with the role of its last column, a unit list', () => {
    const r = readPlanCsv(
      '序号,工作任务,牵头单位,配合单位\n1,推进工作,区发改委,区财政局,区民政局\n',
    );
    expect(pairs(r.value)).toEqual([
      ['1', '区发改委', 'lead'],
      ['1', '区财政局', 'member'],
      ['1', '区民政局', 'member'],
    ]);
    expect(codes(r)).toEqual(['csv/extra-units']);
  });

  it('keeps extra fields that name no unit out of the plan, quoted in the warning', () => {
    const r = readPlanCsv('item,title,unit,role\ni1,推进工作,区发改委,lead,区财政局,备注文字\n');
    expect(pairs(r.value)).toEqual([
      ['i1', '区发改委', 'lead'],
      ['i1', '区财政局', 'lead'],
    ]);
    expect(codes(r)).toEqual(['csv/extra-units', 'csv/extra-fields']);
    expect(r.diagnostics[1]!.message).toContain('"备注文字" are not read');
  });

  it('reports a unit that no assignment names with an info where it is first named', () => {
    const r = readPlanCsv('item,title,unit,role\ni1,推进工作,区发改委,lead\n,,区统计局,\n');
    expect(r.value.units.map((u) => u.name)).toEqual(['区发改委', '区统计局']);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.args])).toEqual([
      ['csv/unit-without-items', 'info', 3, 3, { name: '区统计局' }],
    ]);
  });
});
