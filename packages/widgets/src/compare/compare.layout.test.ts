import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePlans, type PlanComparison, type UnitComparison } from '@remit/core/compare';
import { parse } from '@remit/core/parse';
import { textWidth } from '../shared/text-width.js';
import { compareLayout, flowBySection, sortUnits } from './compare.layout.js';

const root = new URL('../../../../', import.meta.url);
const read = (path: string) => parse(readFileSync(new URL(path, root), 'utf8')).plan;
const before = read('packages/core/data/xuhui-2020-fazhi.txt');
const after = read('fixtures/compare/xuhui-edited/xuhui-2020-fazhi-edited.txt');
const comparison = comparePlans(before, after);

/** A unit entry with the given items before and after (undefined: absent on that side). */
function unit(
  name: string,
  b: number | undefined,
  a: number | undefined,
  leads: [number, number] = [0, 0],
): UnitComparison {
  const counts = (items: number | undefined, lead: number) => ({
    items: items ?? 0,
    lead,
    member: (items ?? 0) - lead,
  });
  return {
    kind: b === undefined ? 'new' : a === undefined ? 'dropped' : 'same',
    name,
    before: b === undefined ? [] : [{ id: `b-${name}`, name }],
    after: a === undefined ? [] : [{ id: `a-${name}`, name }],
    counts: { before: counts(b, leads[0]), after: counts(a, leads[1]) },
    changes: { added: [], removed: [], leadGained: [], leadLost: [] },
  };
}

describe('sortUnits', () => {
  it('puts the largest change in items first, gain or loss, then the largest change in leads, then most items after', () => {
    const units = [
      unit('steady', 4, 4),
      unit('gains', 1, 4),
      unit('loses', 5, 1),
      unit('lead', 3, 3, [0, 2]),
      unit('gone', 2, undefined),
      unit('busy-steady', 9, 9),
    ];
    expect(sortUnits(units).map((u) => u.unit.name)).toEqual([
      'loses',
      'gains',
      'gone',
      'lead',
      'busy-steady',
      'steady',
    ]);
  });
});

describe('compareLayout', () => {
  const layout = compareLayout(comparison, { width: 800, fontSize: 13, before, after });

  it('draws every unit of the comparison once, and every item match in one flow bar', () => {
    expect(layout.rows.map((r) => r.index).sort((a, b) => a - b)).toEqual(
      comparison.units.map((_, i) => i),
    );
    expect(layout.flow.reduce((sum, r) => sum + r.total, 0)).toBe(comparison.items.length);
    expect(layout.hidden).toBe(0);
  });

  it('places the dots on one linear scale from 0: distance from the axis start is proportional to items', () => {
    const ratios = layout.rows.flatMap((r) => [
      ...(r.before ? [(r.xBefore! - layout.x0) / r.before] : []),
      ...(r.after ? [(r.xAfter! - layout.x0) / r.after] : []),
    ]);
    expect(ratios.length).toBeGreaterThan(10);
    for (const ratio of ratios) expect(ratio).toBeCloseTo(ratios[0]!, 0);
    // and 0 items sits on the axis start
    const zero = layout.ticks.find((t) => t.value === 0);
    expect(zero?.x).toBe(layout.x0);
  });

  it('makes each flow segment as wide as its count, on one scale for every section', () => {
    const perItem = layout.flow.flatMap((r) => r.segments.map((s) => s.width / s.count));
    for (const w of perItem) expect(w).toBeCloseTo(perItem[0]!, 0);
  });

  it('leaves room for every row’s figures, lead changes included, inside the width', () => {
    const wide = compareLayout(comparison, {
      width: 640,
      fontSize: 13,
      valueText: (r) =>
        `${r.before ?? '–'} → ${r.after ?? '–'} · 牵头 ${r.leadBefore} → ${r.leadAfter}`,
    });
    for (const r of wide.rows) {
      expect(r.value).toContain('牵头');
      expect(r.end + textWidth(r.value, 13 * 0.9)).toBeLessThanOrEqual(wide.width);
    }
  });

  it('keeps labels left of every mark and rows apart', () => {
    for (const r of layout.rows) {
      expect(Math.min(r.xBefore ?? Infinity, r.xAfter ?? Infinity)).toBeGreaterThan(
        layout.labelWidth,
      );
      expect(r.end).toBeGreaterThan(Math.max(r.xBefore ?? 0, r.xAfter ?? 0));
    }
    const ys = layout.rows.map((r) => r.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBe(layout.rowHeight);
    expect(layout.rows[0]!.y).toBeGreaterThan(layout.flow.at(-1)!.y + layout.rowHeight);
    // each part under its own heading: the flow's bars stand apart from the units' axis
    expect(layout.headings.flow).toBeLessThan(layout.flow[0]!.y + 1);
    expect(layout.headings.units).toBeGreaterThan(layout.flow.at(-1)!.y + layout.rowHeight);
    expect(layout.headings.units).toBeLessThan(layout.unitsTop);
  });

  it('shows the founding plan’s edits: 区科技委 new, 区科委 dropped, 区司法局 with one more lead', () => {
    const byName = new Map(layout.rows.map((r) => [r.name, r]));
    expect(byName.get('区科技委')).toMatchObject({ kind: 'new', after: 1 });
    expect(byName.get('区科委')).toMatchObject({ kind: 'dropped', before: 1 });
    expect(byName.get('区科委')!.unit).toBeUndefined();
    const justice = byName.get('区司法局')!;
    expect(justice.leadChange).toBe(1);
  });

  it('with a limit, shows the largest changes and counts the rest', () => {
    const limited = compareLayout(comparison, { width: 800, limit: 3 });
    expect(limited.rows).toHaveLength(3);
    expect(limited.hidden).toBe(comparison.units.length - 3);
    expect(limited.rows.map((r) => r.index)).toEqual(layout.rows.slice(0, 3).map((r) => r.index));
  });
});

describe('flowBySection', () => {
  it('counts a dropped item in its earlier section and puts items outside sections last', () => {
    const rows = flowBySection(comparison.items, before, after);
    expect(rows.at(-1)?.section).not.toBe(undefined);
    const dropped = rows.reduce((sum, r) => sum + r.counts.dropped, 0);
    expect(dropped).toBe(comparison.summary.items.dropped);
    const fresh = rows.reduce((sum, r) => sum + r.counts.new, 0);
    expect(fresh).toBe(comparison.summary.items.new);
  });

  it('gives one row for all items when the plans have no sections', () => {
    const c: PlanComparison = { ...comparison };
    const rows = flowBySection(c.items, undefined, undefined);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.section).toBe('');
    expect(rows[0]!.total).toBe(c.items.length);
  });
});
