import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan.js';
import { parse } from '../../src/parse/index.js';
import { findings, type Finding } from '../../src/report/findings.js';
import { isGroup } from '../../src/units/is-group.js';

// Every claim a finding makes, recomputed here from the plan's assignments alone
// (no metrics code), on every corpus plan: the numbers it states, the units and
// items it names, and that what it leaves out does not meet its rule.

const corpus = new URL('../../../../fixtures/corpus/', import.meta.url);
const plans = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, plan: parse(readFileSync(new URL(f, corpus))).plan }));

interface Matrix {
  /** unit id → distinct items */
  items: Map<string, Set<string>>;
  /** unit id → distinct items it leads in writing */
  leads: Map<string, Set<string>>;
  /** item id → distinct units */
  units: Map<string, Set<string>>;
  /** item ids with a written lead */
  led: Set<string>;
  assignments: number;
}

function matrix(plan: Plan): Matrix {
  const m: Matrix = {
    items: new Map(plan.units.map((u) => [u.id, new Set()])),
    leads: new Map(plan.units.map((u) => [u.id, new Set()])),
    units: new Map(plan.items.map((i) => [i.id, new Set()])),
    led: new Set(),
    assignments: 0,
  };
  const seen = new Set<string>();
  for (const a of plan.assignments) {
    const key = `${a.item}\u0000${a.unit}`;
    if (!seen.has(key)) {
      seen.add(key);
      m.assignments++;
    }
    m.items.get(a.unit)!.add(a.item);
    m.units.get(a.item)!.add(a.unit);
    if (a.role === 'lead' && !a.inferred) {
      m.leads.get(a.unit)!.add(a.item);
      m.led.add(a.item);
    }
  }
  return m;
}

/** R-7 quantile of sorted values (as R and d3 compute it). */
function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[lo + 1] ?? sorted[lo]!) - sorted[lo]!);
}

function check(f: Finding, plan: Plan, m: Matrix, manyUnits: number): void {
  const count = (unit: string) => m.items.get(unit)!.size;
  const counts = plan.units.map((u) => count(u.id));
  const itemUnits = (item: string) => m.units.get(item)!.size;
  const staffed = plan.items.filter((i) => itemUnits(i.id) > 0);
  const fig = f.figures;
  // every number a text states with a unit word is one of its figures
  // (quoted titles left out: their numbers are the document's)
  const words = f.text.replace(/“[^”]*”/gu, '');
  for (const stated of words.matchAll(/(\d+(?:,\d{3})*) ?(?:项|个|items?|units?)/gu)) {
    const value = Number(stated[1]!.replace(/,/gu, ''));
    const known = [...Object.values(fig), ...(f.items ?? []).map((i) => itemUnits(i))];
    expect(known, `${f.id}: "${stated[0]}" in ${f.text}`).toContain(value);
  }
  switch (f.id) {
    case 'overview':
      expect(fig).toEqual({
        items: plan.items.length,
        units: plan.units.length,
        assignments: m.assignments,
        sections: plan.sections?.length ?? 0,
      });
      break;
    case 'busiest': {
      const top = Math.max(...counts);
      expect(fig.items).toBe(top);
      expect(fig.total).toBe(plan.items.length);
      const first = plan.units.filter((u) => count(u.id) === top).map((u) => u.id);
      expect(fig.count).toBe(first.length);
      const named = f.units ?? [];
      expect(named.slice(0, Math.min(first.length, 5)).every((u) => first.includes(u))).toBe(true);
      if (fig.nextItems !== undefined) {
        expect(first.length).toBeLessThan(3);
        expect(fig.nextItems).toBe(Math.max(...counts.filter((c) => c < top)));
        expect(fig.nextCount).toBe(counts.filter((c) => c === fig.nextItems).length);
        for (const u of named.slice(Math.min(first.length, 5))) {
          expect(count(u)).toBe(fig.nextItems);
        }
      }
      break;
    }
    case 'most-leads': {
      const leads = (u: string) => m.leads.get(u)!.size;
      const top = Math.max(...plan.units.map((u) => leads(u.id)));
      expect(fig.leads).toBe(top);
      for (const u of f.units ?? []) expect(leads(u)).toBe(top);
      break;
    }
    case 'concentration': {
      const total = counts.reduce((a, b) => a + b, 0);
      const mean = total / counts.length;
      let diff = 0;
      for (const a of counts) for (const b of counts) diff += Math.abs(a - b);
      expect(fig.gini).toBeCloseTo(diff / (2 * counts.length ** 2 * mean), 9);
      const top3 = [...counts].sort((a, b) => b - a).slice(0, 3);
      expect(fig.top3Share).toBeCloseTo(top3.reduce((a, b) => a + b, 0) / total, 9);
      break;
    }
    case 'overloaded': {
      const sorted = [...counts].sort((a, b) => a - b);
      const q1 = quantile(sorted, 0.25);
      const q3 = quantile(sorted, 0.75);
      const median = quantile(sorted, 0.5);
      const fence = q3 + 1.5 * Math.max(q3 - q1, 1);
      const stands = (c: number) => c > fence && c >= 2 * median && c >= median + 3;
      const expected = plan.units.filter((u) => stands(count(u.id))).map((u) => u.id);
      expect(plan.units.length).toBeGreaterThanOrEqual(8);
      expect(fig.count).toBe(expected.length);
      // named: those that stand out, five at most
      expect(f.units?.length).toBe(Math.min(5, expected.length));
      for (const u of f.units ?? []) expect(expected).toContain(u);
      expect(fig.most).toBe(Math.max(...expected.map(count)));
      expect(fig.items).toBe(Math.min(...expected.map(count)));
      expect(fig.typical).toBe(sorted[Math.ceil(sorted.length / 2) - 1]);
      expect(fig.within).toBe(counts.filter((c) => c <= fig.typical!).length);
      // what it names is more than what most units carry
      for (const u of f.units ?? []) expect(count(u)).toBeGreaterThan(fig.typical! + 2);
      break;
    }
    case 'no-lead': {
      const noLead = staffed.filter((i) => !m.led.has(i.id));
      expect(fig.count).toBe(noLead.length);
      expect(fig.staffed).toBe(staffed.length);
      expect(fig.open).toBe(noLead.filter((i) => itemUnits(i.id) > 1).length);
      for (const i of f.items ?? []) expect(m.led.has(i)).toBe(false);
      break;
    }
    case 'no-unit':
      expect(fig.count).toBe(plan.items.length - staffed.length);
      for (const i of f.items ?? []) expect(itemUnits(i)).toBe(0);
      break;
    case 'single-unit':
      expect(fig.count).toBe(plan.items.filter((i) => itemUnits(i.id) === 1).length);
      for (const i of f.items ?? []) expect(itemUnits(i)).toBe(1);
      break;
    case 'many-units':
      expect(fig.count).toBe(plan.items.filter((i) => itemUnits(i.id) > manyUnits).length);
      for (const i of f.items ?? []) expect(itemUnits(i)).toBeGreaterThan(manyUnits);
      break;
    case 'groups': {
      const groups = plan.units.filter((u) => isGroup(u) && count(u.id) > 0);
      expect(fig.count).toBe(groups.length);
      const on = plan.items.filter((i) =>
        [...m.units.get(i.id)!].some((u) => groups.some((g) => g.id === u)),
      );
      expect(fig.items).toBe(on.length);
      break;
    }
    case 'idle-units':
      expect(fig.count).toBe(counts.filter((c) => c === 0).length);
      for (const u of f.units ?? []) expect(count(u)).toBe(0);
      break;
  }
}

describe('every finding on every corpus plan, recomputed from the matrix', () => {
  it('reads the corpus', () => {
    expect(plans.length).toBeGreaterThanOrEqual(19);
  });

  for (const { name, plan } of plans) {
    it(name, () => {
      const m = matrix(plan);
      for (const lang of ['zh', 'en'] as const) {
        const list = findings(plan, { lang });
        expect(list.map((f) => f.id)).toContain('overview');
        for (const f of list) check(f, plan, m, 8);
        // what is left out had nothing to say
        const ids = new Set(list.map((f) => f.id));
        if (!ids.has('no-unit')) {
          expect(plan.items.every((i) => m.units.get(i.id)!.size > 0)).toBe(true);
        }
        if (!ids.has('idle-units')) {
          expect(plan.units.every((u) => m.items.get(u.id)!.size > 0)).toBe(true);
        }
      }
    });
  }
});
