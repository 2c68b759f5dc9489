import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/compare-plans.js';
import type { Plan } from '../../src/model/plan.js';
import { parse } from '../../src/parse/index.js';
import { readDirectory } from '../../src/units/read-directory.js';
import { foundingPlan } from '../support/founding-plan.js';

const fixture = (path: string) =>
  readFileSync(new URL(`../../../../fixtures/compare/${path}`, import.meta.url), 'utf8');
const founding = parse(
  readFileSync(new URL('../../data/xuhui-2020-fazhi.txt', import.meta.url), 'utf8'),
).plan;
const edited = parse(fixture('xuhui-edited/xuhui-2020-fazhi-edited.txt')).plan;
const directory = readDirectory(fixture('xuhui-edited/units.json')).value;

const labels = (refs: { label?: string }[]) => refs.map((r) => r.label).join(' ');

describe('comparePlans on the founding plan and its edited copy', () => {
  const c = comparePlans(founding, edited, { directory });

  it('finds exactly the edits: two reworded, one split, one new, one dropped, 13 the same', () => {
    expect(c.summary.items).toEqual({
      same: 13,
      reworded: 2,
      split: 1,
      merged: 0,
      new: 1,
      dropped: 1,
    });
    const changed = c.items
      .filter((m) => m.kind !== 'same')
      .map((m) => [m.kind, labels(m.before), labels(m.after)]);
    expect(changed).toEqual([
      ['split', '3.', '3. 4.'],
      ['reworded', '5.', '6.'],
      ['reworded', '12.', '13.'],
      ['new', '', '18.'],
      ['dropped', '16.', ''],
    ]);
    // renumbered but unchanged: 4. → 5., 17. → 17.
    const same = c.items
      .filter((m) => m.kind === 'same')
      .map((m) => `${labels(m.before)}→${labels(m.after)}`);
    expect(same).toContain('4.→5.');
    expect(same).toContain('17.→17.');
    expect(
      c.items
        .filter((m) => m.kind === 'reworded')
        .every((m) => m.similarity! >= 0.5 && m.similarity! < 1),
    ).toBe(true);
  });

  it('finds the unit renamed through the directory and no other unit change but the edits', () => {
    expect(c.summary.units).toEqual({ same: 13, alias: 1, 'likely-alias': 0, new: 0, dropped: 0 });
    const alias = c.units.find((u) => u.kind === 'alias')!;
    expect(alias.before.map((u) => u.name)).toEqual(['区科委']);
    expect(alias.after.map((u) => u.name)).toEqual(['区科技委']);
    expect(alias.canonical).toBe('上海市徐汇区科学技术委员会');
    const changes = Object.fromEntries(
      c.units
        .filter((u) => Object.values(u.changes).some((l) => l.length > 0))
        .map((u) => [
          u.name,
          Object.fromEntries(
            Object.entries(u.changes)
              .filter(([, l]) => l.length > 0)
              .map(([k, l]) => [k, l.map((x) => `${x.before.join('+')}>${x.after.join('+')}`)]),
          ),
        ]),
    );
    const id = (plan: Plan, label: string) => plan.items.find((i) => i.label === label)!.id;
    expect(changes).toEqual({
      区委依法治区办: { removed: [`${id(founding, '16.')}>`] },
      各街镇: { removed: [`${id(founding, '16.')}>`] },
      区司法局: {
        added: [`>${id(edited, '18.')}`],
        leadGained: [`${id(founding, '9.')}>${id(edited, '10.')}`],
      },
      公安分局: { added: [`>${id(edited, '18.')}`] },
    });
    const justice = c.units.find((u) => u.name === '区司法局')!;
    expect(justice.counts).toEqual({
      before: { items: 9, lead: 0, member: 9 },
      after: { items: 10, lead: 1, member: 9 },
    });
  });

  it('is plain JSON data with its version', () => {
    expect(c['remit-comparison']).toBe(1);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('without the directory, the renamed unit is one dropped and one new', () => {
    const plain = comparePlans(founding, edited);
    expect(plain.summary.units.alias).toBe(0);
    expect(plain.units.find((u) => u.name === '区科委')?.kind).toBe('dropped');
    expect(plain.units.find((u) => u.name === '区科技委')?.kind).toBe('new');
  });
});

describe('comparePlans on awkward input', () => {
  it('calls every item of a plan compared with itself the same, with no unit change', () => {
    const c = comparePlans(founding, founding);
    expect(c.summary.items.same).toBe(17);
    expect(c.summary.unitsChanged).toBe(0);
    expect(c.diagnostics).toEqual([]);
  });

  it('reads a Plan JSON without bodies against the text by titles: the body-only rewording is the same', () => {
    const c = comparePlans(foundingPlan(), edited);
    expect(c.summary.items.same + c.summary.items.reworded).toBeGreaterThanOrEqual(14);
    expect(c.items.find((m) => labels(m.after) === '13.')?.kind).toBe('same');
    expect(c.items.find((m) => labels(m.after) === '6.')?.kind).toBe('reworded');
  });

  it('makes every item new against an empty plan, and says so', () => {
    const empty: Plan = { items: [], units: [], assignments: [] };
    const c = comparePlans(empty, founding);
    expect(c.summary.items.new).toBe(17);
    expect(c.summary.units.new).toBe(15);
    expect(c.diagnostics.map((d) => d.code)).toEqual(['compare/empty-plan']);
    expect(comparePlans(empty, empty).items).toEqual([]);
  });

  it('says so when two plans have no item in common', () => {
    const other: Plan = {
      items: [{ id: 'x1', title: '完成全年粮食生产任务' }],
      units: [{ id: 'v1', name: '区农业农村委' }],
      assignments: [{ item: 'x1', unit: 'v1', role: 'lead' }],
    };
    const c = comparePlans(founding, other);
    expect(c.summary.items).toMatchObject({ same: 0, reworded: 0, new: 1, dropped: 17 });
    expect(c.diagnostics.map((d) => d.code)).toContain('compare/nothing-in-common');
  });

  it('finds a merge: two items before whose texts make up one item after', () => {
    const before: Plan = {
      items: [
        { id: 'b1', title: '加强行政复议规范化建设', text: '落实行政复议决定书网上公开制度。' },
        { id: 'b2', title: '提高行政机关负责人出庭应诉率', text: '组织开展出庭旁听点评活动。' },
      ],
      units: [],
      assignments: [],
    };
    const after: Plan = {
      items: [
        {
          id: 'a1',
          title: '强化行政复议和行政应诉工作',
          text: '加强行政复议规范化建设，落实行政复议决定书网上公开制度。提高行政机关负责人出庭应诉率，组织开展出庭旁听点评活动。',
        },
      ],
      units: [],
      assignments: [],
    };
    const c = comparePlans(before, after);
    expect(
      c.items.map((m) => [m.kind, m.before.map((i) => i.id), m.after.map((i) => i.id)]),
    ).toEqual([['merged', ['b1', 'b2'], ['a1']]]);
  });

  it('rejects a threshold outside (0, 1] by name', () => {
    expect(() => comparePlans(founding, founding, { threshold: 0 })).toThrow(
      /comparePlans: threshold/u,
    );
    expect(() => comparePlans(founding, founding, { containment: 2 })).toThrow(
      /comparePlans: containment/u,
    );
  });
});
