import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanCsv } from '../../src/io/read-plan-csv.js';
import { readPlanJson } from '../../src/io/read-plan-json.js';
import { writeAssignmentsCsv, writeMatrixCsv } from '../../src/io/write-plan-csv.js';
import type { Plan } from '../../src/model/plan.js';
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
    expect(back.diagnostics).toEqual([]);
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
    expect(back.diagnostics).toEqual([]);
    expect(csvView(back.value, 'wide')).toEqual(csvView(small, 'wide'));
  });
});
