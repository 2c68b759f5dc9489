import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan.js';
import { CONCENTRATION_LEVELS, findings, type Finding } from '../../src/report/findings.js';
import { metricsReport } from '../../src/report/metrics-report.js';
import { foundingPlan, smallPlan } from '../metrics/helpers/plans.js';

const texts = (list: Finding[]) => list.map((f) => f.text);
const byId = (list: Finding[], id: Finding['id']) => list.find((f) => f.id === id);

describe('findings', () => {
  it('states the founding plan’s findings in Chinese, word for word', () => {
    expect(findings(foundingPlan(), { lang: 'zh' })).toEqual([
      {
        id: 'overview',
        severity: 'info',
        text: '本计划共有 17 项任务、15 个责任单位和 45 条分工，分为 4 个部分。',
        figures: { items: 17, units: 15, assignments: 45, sections: 4 },
      },
      {
        id: 'busiest',
        severity: 'info',
        text: '承担任务最多的是区委依法治区办、区司法局和各街镇，各 9 项（各占全部 17 项任务的 53%）。',
        figures: { items: 9, count: 3, total: 17, share: 9 / 17 },
        units: ['u1', 'u2', 'u9'],
      },
      {
        id: 'concentration',
        severity: 'notice',
        text: '工作量较为集中：各单位任务数的基尼系数为 0.47；任务最多的 3 个单位（占 15 个单位的 20%）承担了 60% 的分工。',
        figures: { gini: expect.closeTo(0.4681, 4) as number, top: 3, top3Share: 0.6, units: 15 },
      },
      {
        id: 'overloaded',
        severity: 'notice',
        text: '区委依法治区办、区司法局和各街镇承担的任务明显多于其他单位（各 9 项），而 15 个单位中有 11 个不超过 2 项。',
        figures: { items: 9, most: 9, count: 3, typical: 2, within: 11, units: 15, median: 2 },
        units: ['u1', 'u2', 'u9'],
      },
      {
        id: 'no-lead',
        severity: 'warning',
        text: '17 项任务都没有写明牵头单位；其中 15 项由多个单位共同负责，需要明确由谁牵头。',
        figures: { count: 17, staffed: 17, open: 15 },
      },
      {
        id: 'single-unit',
        severity: 'info',
        text: '有 2 项任务只由一个单位负责：“为新冠肺炎疫情防控和复工复产复市提供法治保障”、“加强法治政府建设评估总结和顶层规划”。',
        figures: { count: 2 },
        items: ['i4', 'i14'],
      },
      {
        id: 'groups',
        severity: 'info',
        text: '各街镇和各行政执法部门代表多个单位，出现在 11 项任务中；实际承担这些任务的单位比名单上的多。',
        figures: { count: 2, items: 11 },
        units: ['u9', 'u11'],
      },
    ]);
  });

  it('states the founding plan’s findings in English, word for word', () => {
    expect(texts(findings(foundingPlan(), { lang: 'en' }))).toEqual([
      'The plan has 17 items, 15 units and 45 assignments in 4 sections.',
      'The busiest units are 区委依法治区办, 区司法局 and 各街镇, with 9 of the 17 items each (53%).',
      'The workload is concentrated: the Gini coefficient of the units’ item counts is 0.47; the 3 busiest units (20% of the 15 units) carry 60% of the assignments.',
      '区委依法治区办, 区司法局 and 各街镇 carry clearly more items than other units (9 items each), while 11 of the 15 units have at most 2 items.',
      'None of the 17 items names a lead unit; 15 of them have several units, so who leads needs to be settled.',
      '2 items rest on a single unit: “为新冠肺炎疫情防控和复工复产复市提供法治保障” and “加强法治政府建设评估总结和顶层规划”.',
      '各街镇 and 各行政执法部门 stand for several units and appear on 11 items, so more bodies carry those items than the list shows.',
    ]);
  });

  it('gives the same findings from a plan and from its metrics report', () => {
    const plan = foundingPlan();
    for (const lang of ['zh', 'en'] as const) {
      expect(findings(metricsReport(plan), { lang })).toEqual(findings(plan, { lang }));
    }
  });

  it('speaks Chinese by default and never changes the plan', () => {
    const plan = foundingPlan();
    const before = JSON.stringify(plan);
    expect(findings(plan)).toEqual(findings(plan, { lang: 'zh' }));
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('names the units that lead most, the items without a written lead and the next busiest', () => {
    const plan = smallPlan({ i1: ['a*', 'b'], i2: ['a*', 'c'], i3: ['b', 'c'], i4: ['a'] });
    const zh = findings(plan, { lang: 'zh' });
    const en = findings(plan, { lang: 'en' });
    expect(byId(zh, 'busiest')?.text).toBe(
      '承担任务最多的是unit a，共 3 项（占全部 4 项任务的 75%）；其次是unit b和unit c（各 2 项）。',
    );
    expect(byId(en, 'busiest')?.text).toBe(
      'The busiest unit is unit a, with 3 of the 4 items (75%). Next come unit b and unit c, with 2 items each.',
    );
    expect(byId(zh, 'most-leads')?.text).toBe('牵头任务最多的是unit a（2 项）。');
    // three units are too few for any to stand out
    expect(byId(zh, 'overloaded')).toBeUndefined();
    expect(byId(en, 'most-leads')?.text).toBe('unit a leads the most items (2).');
    expect(byId(zh, 'no-lead')).toEqual({
      id: 'no-lead',
      severity: 'warning',
      text: '有 2 项任务没有写明牵头单位：“item i3”、“item i4”；其中 1 项由多个单位共同负责，需要明确由谁牵头。',
      figures: { count: 2, staffed: 4, open: 1 },
      items: ['i3', 'i4'],
    });
    expect(byId(en, 'no-lead')?.text).toBe(
      '2 items name no lead unit: “item i3” and “item i4”; 1 of them has several units, so who leads needs to be settled.',
    );
  });

  it('says so when every item names its lead, and counts inferred leads as not written', () => {
    const written = smallPlan({ i1: ['a*', 'b'], i2: ['b*'] });
    expect(byId(findings(written, { lang: 'en' }), 'no-lead')).toEqual({
      id: 'no-lead',
      severity: 'info',
      text: 'Every item names its lead unit.',
      figures: { count: 0, staffed: 2, open: 0 },
    });
    expect(byId(findings(written), 'no-lead')?.text).toBe('每项任务都写明了牵头单位。');
    const inferred = smallPlan({ i1: ['a?', 'b'] });
    expect(byId(findings(inferred, { lang: 'en' }), 'no-lead')?.text).toBe(
      'The item names no lead unit; all of them have several units, so who leads needs to be settled.',
    );
    const alone = smallPlan({ i1: ['a'], i2: ['b'] });
    expect(byId(findings(alone, { lang: 'en' }), 'no-lead')).toMatchObject({
      severity: 'info',
      text: 'None of the 2 items names a lead unit, but each has a single unit.',
    });
    expect(byId(findings(alone), 'no-lead')?.text).toBe(
      '2 项任务都没有写明牵头单位，但它们都只有一个责任单位。',
    );
  });

  it('warns about items without units and counts units without items', () => {
    const plan = smallPlan({ i1: ['a', 'b'] }, ['idle']);
    plan.items.push({ id: 'i2', title: 'nobody' });
    const zh = findings(plan, { lang: 'zh' });
    const en = findings(plan, { lang: 'en' });
    expect(byId(zh, 'no-unit')).toEqual({
      id: 'no-unit',
      severity: 'warning',
      text: '有 1 项任务没有责任单位：“nobody”，需要指定负责的单位。',
      figures: { count: 1 },
      items: ['i2'],
    });
    expect(byId(en, 'no-unit')?.text).toBe('1 item has no unit: “nobody”; assign someone to it.');
    expect(byId(zh, 'idle-units')?.text).toBe('有 1 个单位没有分到任务：unit idle。');
    expect(byId(en, 'idle-units')).toEqual({
      id: 'idle-units',
      severity: 'info',
      text: '1 unit has no item: unit idle.',
      figures: { count: 1 },
      units: ['idle'],
    });
  });

  it('reports items with more units than manyUnits, quoting at most three titles', () => {
    const many = ['a', 'b', 'c', 'd'];
    const plan = smallPlan({ i1: many, i2: many, i3: many, i4: many, i5: ['a'] });
    const en = byId(findings(plan, { lang: 'en', manyUnits: 3 }), 'many-units');
    expect(en).toEqual({
      id: 'many-units',
      severity: 'notice',
      text: '4 items have more than 3 units: “item i1” (4), “item i2” (4), “item i3” (4) and 1 more; responsibility may be spread too thin.',
      figures: { count: 4, threshold: 3 },
      items: ['i1', 'i2', 'i3'],
    });
    expect(byId(findings(plan, { lang: 'zh', manyUnits: 3 }), 'many-units')?.text).toBe(
      '有 4 项任务的责任单位超过 3 个：“item i1”（4 个）、“item i2”（4 个）、“item i3”（4 个）等，责任可能过于分散。',
    );
    expect(byId(findings(plan), 'many-units')).toBeUndefined();
  });

  it('words the concentration by the documented Gini levels', () => {
    expect(CONCENTRATION_LEVELS.map((l) => l.below)).toEqual([0.2, 0.35, 0.5, Infinity]);
    const even = smallPlan({ i1: ['a', 'b', 'c', 'd'], i2: ['a', 'b', 'c', 'd'] });
    expect(byId(findings(even, { lang: 'en' }), 'concentration')).toEqual({
      id: 'concentration',
      severity: 'info',
      text: 'The workload is evenly spread: the Gini coefficient of the units’ item counts is 0.00; the 3 busiest units (75% of the 4 units) carry 75% of the assignments.',
      figures: { gini: 0, top: 3, top3Share: 0.75, units: 4 },
    });
    const rows: Record<string, string[]> = {};
    for (let k = 1; k <= 10; k++) rows[`i${k}`] = ['hub'];
    rows['i11'] = ['hub', 'b', 'c', 'd', 'e'];
    // item counts 11, 1, 1, 1, 1: Gini = 2·65 / (5·15) − 6/5 = 8/15; top 3 = 13/15
    const high = findings(smallPlan(rows), { lang: 'zh' });
    expect(byId(high, 'concentration')).toMatchObject({ severity: 'warning' });
    expect(byId(high, 'concentration')?.text).toBe(
      '工作量高度集中：各单位任务数的基尼系数为 0.53；任务最多的 3 个单位（占 5 个单位的 60%）承担了 87% 的分工。',
    );
    const three = smallPlan({ i1: ['a', 'b'], i2: ['a'] });
    expect(byId(findings(three, { lang: 'en' }), 'concentration')?.text).toBe(
      'The workload is evenly spread: the Gini coefficient of the units’ item counts is 0.17.',
    );
  });

  it('says a unit on every item is on all of them, not "2 of the 2 items"', () => {
    const plan = smallPlan({ i1: ['a'], i2: ['a', 'b'] });
    expect(byId(findings(plan, { lang: 'en' }), 'busiest')?.text).toMatch(
      /^The busiest unit is unit a, on all 2 items \(100%\)\./u,
    );
  });

  it('lists at most five names and counts the rest', () => {
    const units = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const plan = smallPlan({ i1: units });
    const en = findings(plan, { lang: 'en' });
    expect(byId(en, 'busiest')).toEqual({
      id: 'busiest',
      severity: 'info',
      text: 'The busiest units are unit a, unit b, unit c, unit d, unit e and 2 more, each on the plan’s only item (100%).',
      figures: { items: 1, count: 7, total: 1, share: 1 },
      units: ['a', 'b', 'c', 'd', 'e'],
    });
    expect(byId(findings(plan, { lang: 'zh' }), 'busiest')?.text).toBe(
      '承担任务最多的是unit a、unit b、unit c、unit d、unit e等 7 个单位，各 1 项（各占全部 1 项任务的 100%）。',
    );
  });

  it('cuts long titles and keeps hostile text as plain text', () => {
    const plan: Plan = {
      items: [{ id: 'i1', title: '<img src=x onerror=alert(1)>'.repeat(3) }],
      units: [{ id: 'u1', name: '__proto__' }],
      assignments: [{ item: 'i1', unit: 'u1', role: 'member' }],
    };
    const single = byId(findings(plan, { lang: 'en' }), 'single-unit')!;
    expect(single.text).toBe(
      `1 item rests on a single unit: “${'<img src=x onerror=alert(1)>'.repeat(3).slice(0, 39)}…”.`,
    );
    expect(byId(findings(plan, { lang: 'en' }), 'busiest')?.text).toContain('__proto__');
  });

  it('nests quotation marks as Chinese does', () => {
    const plan = smallPlan({ i1: ['a'] });
    plan.items[0]!.title = '全面建设“两张网”';
    expect(byId(findings(plan), 'single-unit')?.text).toBe(
      '有 1 项任务只由一个单位负责：“全面建设‘两张网’”。',
    );
    plan.items[0]!.title = `${'很'.repeat(36)}“两张网”建设`;
    expect(byId(findings(plan), 'single-unit')?.text).toBe(
      `有 1 项任务只由一个单位负责：“${'很'.repeat(36)}‘两张…’”。`,
    );
  });

  it('says only that an empty plan is empty', () => {
    const empty = { items: [], units: [], assignments: [] };
    expect(findings(empty, { lang: 'zh' })).toEqual([
      {
        id: 'overview',
        severity: 'info',
        text: '本计划没有任务，也没有责任单位。',
        figures: { items: 0, units: 0, assignments: 0, sections: 0 },
      },
    ]);
    expect(texts(findings(empty, { lang: 'en' }))).toEqual(['The plan has no items and no units.']);
    expect(texts(findings(metricsReport(empty), { lang: 'en' }))).toEqual([
      'The plan has no items and no units.',
    ]);
  });

  it('says nothing stands out on a flat plan, and names a unit that does', () => {
    // 19 units, most with 1 item, a few with 2: no outlier, whatever the quartiles say
    const rows: Record<string, string[]> = {};
    const names = Array.from({ length: 19 }, (_, k) => `u${k}`);
    names.forEach((u, k) => (rows[`i${k}`] = [u]));
    rows['i19'] = ['u0', 'u1', 'u2', 'u3'];
    const flat = findings(smallPlan(rows), { lang: 'zh' });
    expect(byId(flat, 'overloaded')).toBeUndefined();
    // the same plan with one unit on 6 more items: that one stands out, alone
    for (let k = 20; k < 26; k++) rows[`i${k}`] = ['u5'];
    const busy = byId(findings(smallPlan(rows), { lang: 'zh' }), 'overloaded');
    expect(busy).toMatchObject({ units: ['u5'], figures: { items: 7, typical: 1, within: 14 } });
    expect(busy?.text).toBe(
      'unit u5承担的任务明显多于其他单位（7 项），而 19 个单位中有 14 个不超过 1 项。',
    );
  });

  it('says nothing stands out in a 5-item plan of 19 units', () => {
    const rows: Record<string, string[]> = {
      i1: ['a', 'b', 'c', 'd', 'e'],
      i2: ['a', 'b', 'f', 'g'],
      i3: ['a', 'c', 'h', 'i'],
      i4: ['b', 'j', 'k', 'l', 'm'],
      i5: ['n', 'o', 'p', 'q', 'r', 's'],
    };
    expect(byId(findings(smallPlan(rows)), 'overloaded')).toBeUndefined();
  });

  it('rejects what is neither a plan nor a report, and unknown languages', () => {
    expect(() => findings({} as Plan)).toThrow(/^findings: expected a Plan or a MetricsReport/);
    expect(() => findings(null as unknown as Plan)).toThrow(/^findings: expected/);
    expect(() => findings(foundingPlan(), { lang: 'fr' as 'en' })).toThrow(
      /^findings: lang must be 'zh' or 'en', got "fr"/,
    );
    expect(() => findings(foundingPlan(), { manyUnits: -1 })).toThrow(/^findings: manyUnits/);
  });
});
