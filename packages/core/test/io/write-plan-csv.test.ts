import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanCsv } from '../../src/io/read-plan-csv.js';
import { readPlanJson } from '../../src/io/read-plan-json.js';
import { writeAssignmentsCsv, writeMatrixCsv } from '../../src/io/write-plan-csv.js';
import { writePlanJson } from '../../src/io/write-plan-json.js';
import type { Plan } from '../../src/model/plan.js';
import { parse } from '../../src/parse/index.js';
import { csvView } from './helpers/csv-view.js';

const bundled = readPlanJson(
  readFileSync(new URL('../../data/xuhui-2020-fazhi.json', import.meta.url), 'utf8'),
).value;

const small: Plan = {
  remit: 1,
  sections: [{ id: 's1', title: '一般事项', label: '一、' }],
  items: [
    {
      id: 'i1',
      title: '=HYPERLINK("http://evil")',
      section: 's1',
      label: '1.',
      deadline: '年底前',
    },
    { id: 'i2', title: '没有单位, 但有逗号\n和换行' },
  ],
  units: [
    { id: 'u1', name: '+区府办' },
    { id: 'u2', name: '区司法局' },
    { id: 'u3', name: '@没有事项的单位' },
  ],
  assignments: [
    { item: 'i1', unit: 'u1', role: 'lead', inferred: true, raw: '-区府办' },
    { item: 'i1', unit: 'u2', role: 'member' },
  ],
};

describe('writeAssignmentsCsv', () => {
  it('writes one row per assignment, a row for an item without units and one for a unit without items', () => {
    expect(writeAssignmentsCsv(small).split('\r\n')).toEqual([
      'item,title,section,label,deadline,unit,role,inferred,raw',
      `i1,"'=HYPERLINK(""http://evil"")",一般事项,1.,年底前,'+区府办,lead,true,'-区府办`,
      `i1,"'=HYPERLINK(""http://evil"")",一般事项,1.,年底前,区司法局,member,,`,
      'i2,"没有单位, 但有逗号\n和换行",,,,,,,',
      ",,,,,'@没有事项的单位,,,",
      '',
    ]);
  });

  it('guards every cell starting with = + - @ tab or CR, and one more apostrophe before an existing guard', () => {
    const plan: Plan = {
      items: ['=1', '+1', '-1', '@1', '\t1', '\r1', "'=1", "'1", '1=', '普通'].map((title, k) => ({
        id: `i${k + 1}`,
        title,
      })),
      units: [],
      assignments: [],
    };
    const titles = writeAssignmentsCsv(plan)
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.slice(row.indexOf(',') + 1, row.indexOf(',,')));
    expect(titles).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@1",
      `"'\t1"`,
      `"'\r1"`,
      "''=1",
      "'1",
      '1=',
      '普通',
    ]);
    expect(readPlanCsv(writeAssignmentsCsv(plan)).value.items).toEqual(plan.items);
  });

  it('quotes cells holding ; | or tab so the delimiter is still detected as a comma', () => {
    const plan: Plan = {
      items: [{ id: 'i1', title: 'a;b;c;d;e;f;g;h;i;j|k|l\tm' }],
      units: [{ id: 'u1', name: 'x;y;z' }],
      assignments: [],
    };
    const csv = writeAssignmentsCsv(plan);
    expect(csv).toContain('"a;b;c;d;e;f;g;h;i;j|k|l\tm"');
    expect(readPlanCsv(csv).value.items).toEqual(plan.items);
  });

  it('round-trips the bundled plan, losing only what CSV does not hold', () => {
    const back = readPlanCsv(writeAssignmentsCsv(bundled));
    expect(back.diagnostics).toEqual([]);
    expect(csvView(back.value)).toEqual(csvView(bundled));
    expect(back.value.items.map((i) => i.id)).toEqual(bundled.items.map((i) => i.id));
  });

  it('round-trips a plan with hostile cells, an item without units and a unit without items', () => {
    const back = readPlanCsv(writeAssignmentsCsv(small));
    expect(back.diagnostics.map((d) => [d.code, d.args])).toEqual([
      ['csv/unit-without-items', { name: '@没有事项的单位' }],
    ]);
    expect(csvView(back.value)).toEqual(csvView(small));
  });
});

describe('writeMatrixCsv', () => {
  it('writes items as rows and units as columns with lead/member marks', () => {
    expect(writeMatrixCsv(small).split('\r\n')).toEqual([
      "item,title,section,label,deadline,'+区府办,区司法局,'@没有事项的单位",
      `i1,"'=HYPERLINK(""http://evil"")",一般事项,1.,年底前,lead,member,`,
      'i2,"没有单位, 但有逗号\n和换行",,,,,,',
      '',
    ]);
  });

  it('round-trips the bundled plan, losing only inferred and raw beyond what long CSV loses', () => {
    const back = readPlanCsv(writeMatrixCsv(bundled));
    expect(back.diagnostics).toEqual([]);
    expect(csvView(back.value, 'wide')).toEqual(csvView(bundled, 'wide'));
    expect(back.value.units.map((u) => u.name)).toEqual(bundled.units.map((u) => u.name));
  });

  it('round-trips a plan with hostile cells, an item without units and a unit without items', () => {
    const back = readPlanCsv(writeMatrixCsv(small));
    expect(back.diagnostics.map((d) => [d.code, d.args])).toEqual([
      ['csv/unit-without-items', { name: '@没有事项的单位' }],
    ]);
    expect(csvView(back.value, 'wide')).toEqual(csvView(small, 'wide'));
  });
});

describe('unit names through CSV', () => {
  const names: Plan = {
    remit: 1,
    items: [{ id: 'i1', title: '推进工作' }],
    units: [
      { id: 'u1', name: '各县(市、区)政府' },
      { id: 'u2', name: '区发改委;区财政局' },
      { id: 'u3', name: '"区府办"' },
      { id: 'u4', name: '区"司法、局' },
      { id: 'u5', name: '【区A,区B】办' },
      { id: 'u6', name: '单位' },
    ],
    assignments: [1, 2, 3, 4, 5, 6].map((k) => ({
      item: 'i1',
      unit: `u${k}`,
      role: k === 1 ? ('lead' as const) : ('member' as const),
    })),
  };
  const byName = (plan: Plan) => plan.units.map((u) => u.name);

  it('writes a name readPlanCsv would split in double quotes, and a bracketed one as it is', () => {
    const rows = writeAssignmentsCsv(names).split('\r\n');
    expect(rows[1]).toBe('i1,推进工作,,,,各县(市、区)政府,lead,,');
    expect(rows[2]).toBe('i1,推进工作,,,,"""区发改委;区财政局""",member,,');
    expect(rows[3]).toBe('i1,推进工作,,,,"""""""区府办""""""",member,,');
  });

  it('reads back every name whole from long CSV, one unit and one assignment each', () => {
    const back = readPlanCsv(writeAssignmentsCsv(names));
    expect(back.diagnostics).toEqual([]);
    expect(byName(back.value)).toEqual(byName(names));
    expect(back.value.assignments).toHaveLength(6);
  });

  it('reads back every name whole from matrix CSV, a name that is a header word included', () => {
    const csv = writeMatrixCsv(names);
    expect(csv.split('\r\n')[0]).toContain(',"""单位"""');
    const back = readPlanCsv(csv);
    expect(back.diagnostics).toEqual([]);
    expect(byName(back.value)).toEqual(byName(names));
    expect(back.value.assignments).toHaveLength(6);
  });

  it('keeps the 17 units and 27 assignments of lishui-2023-gzbg-duties through JSON → CSV → JSON', () => {
    const text = readFileSync(
      new URL('../../../../fixtures/corpus/lishui-2023-gzbg-duties.txt', import.meta.url),
      'utf8',
    );
    const json = readPlanJson(writePlanJson(parse(text).plan)).value;
    expect([json.units.length, json.assignments.length]).toEqual([17, 27]);
    expect(byName(json)).toContain('各县(市、区)政府');
    const back = readPlanCsv(writeAssignmentsCsv(json));
    expect(back.diagnostics).toEqual([]);
    const again = readPlanJson(writePlanJson(back.value)).value;
    expect([again.units.length, again.assignments.length]).toEqual([17, 27]);
    expect(csvView(again)).toEqual(csvView(json));
  });
});
