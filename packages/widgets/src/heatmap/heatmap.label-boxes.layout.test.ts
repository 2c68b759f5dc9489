import { incidence, type Plan } from '@remit/core/model';
import { describe, expect, it } from 'vitest';
import founding from '../../../core/data/xuhui-2020-fazhi.json' with { type: 'json' };
import { heatmapLabelBoxes, type HeatmapLabelBox } from './heatmap.label-boxes.js';
import { heatmapLayout, MIN_LABEL_SIZE } from './heatmap.layout.js';
import { heatmapOrder } from './heatmap.order.js';
import { heatmapScenarios, LONG_UNIT_NAMES } from './heatmap.scenarios.js';

const foundingInc = incidence(founding as Plan);
const longInc = incidence(heatmapScenarios['long-names']!.plan());

/**
 * The first two boxes closer than `gap` px (sharing some area, or touching so
 * that two names read as one), or null.
 */
function firstClash(
  boxes: readonly HeatmapLabelBox[],
  gap = 1.5,
): [HeatmapLabelBox, HeatmapLabelBox] | null {
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a]!;
      const q = boxes[b]!;
      if (
        p.x + p.w + gap > q.x &&
        q.x + q.w + gap > p.x &&
        p.y + p.h + gap > q.y &&
        q.y + q.h + gap > p.y
      ) {
        return [p, q];
      }
    }
  }
  return null;
}

describe('heatmapLabelBoxes', () => {
  it('lists a box for every section heading, name and figure the layout draws', () => {
    const layout = heatmapLayout(foundingInc);
    const boxes = heatmapLabelBoxes(layout);
    const count = (kind: HeatmapLabelBox['kind']) => boxes.filter((b) => b.kind === kind).length;
    expect(count('section')).toBe(4);
    expect(count('row')).toBe(17);
    expect(count('column')).toBe(15);
    expect(count('row-figure')).toBe(17);
    expect(count('column-figure')).toBe(15);
  });

  for (const [name, inc] of [
    ['the founding plan', foundingInc],
    ['long Chinese names', longInc],
  ] as const) {
    for (const fontSize of [12, 20]) {
      it(`keeps labels of ${name} apart at cell sizes 8–40 and font size ${fontSize}`, () => {
        for (let cellSize = 8; cellSize <= 40; cellSize++) {
          for (const sort of ['document', 'seriation'] as const) {
            const layout = heatmapLayout(inc, {
              cellSize,
              fontSize,
              order: heatmapOrder(inc, sort),
            });
            const boxes = heatmapLabelBoxes(layout);
            expect(firstClash(boxes), `cell ${cellSize}, ${sort}`).toBeNull();
            for (const b of boxes) {
              expect(b.x, `${b.kind} ${b.text} at cell ${cellSize}`).toBeGreaterThanOrEqual(0);
              expect(b.y).toBeGreaterThanOrEqual(0);
              expect(b.x + b.w).toBeLessThanOrEqual(layout.width + 0.01);
              expect(b.y + b.h).toBeLessThanOrEqual(layout.height + 0.01);
            }
          }
        }
      });
    }
  }

  it('keeps names and figures of the matrix inside their panes', () => {
    for (let cellSize = 8; cellSize <= 40; cellSize += 4) {
      const layout = heatmapLayout(longInc, { cellSize });
      const { rowLabels, columnLabels, columnBars, rowBars } = layout.regions;
      for (const b of heatmapLabelBoxes(layout)) {
        const pane =
          b.kind === 'row'
            ? rowLabels
            : b.kind === 'column'
              ? columnLabels
              : b.kind === 'column-figure'
                ? columnBars
                : b.kind === 'row-figure'
                  ? rowBars
                  : null;
        if (!pane) continue;
        expect(b.x, `${b.kind} at cell ${cellSize}`).toBeGreaterThanOrEqual(pane.x - 0.01);
        expect(b.y).toBeGreaterThanOrEqual(pane.y - 0.01);
        expect(b.x + b.w).toBeLessThanOrEqual(pane.x + pane.w + 0.01);
        expect(b.y + b.h).toBeLessThanOrEqual(pane.y + pane.h + 0.01);
      }
    }
  });

  it('draws unit names as one vertical line, cut with … and no wider than 4/5 of a column', () => {
    const layout = heatmapLayout(longInc, { cellSize: 12, columnLabelEm: 7 });
    expect(layout.labelSize).toBe(9);
    const columns = heatmapLabelBoxes(layout).filter((b) => b.kind === 'column');
    expect(columns).toHaveLength(LONG_UNIT_NAMES.length);
    for (const box of columns) expect(box.w).toBeLessThanOrEqual(0.8 * 12);
    const first = layout.columns[0]!;
    expect(first.name).toBe('中共上海市徐汇区委全面依法治区委员会办公室');
    expect(first.label).toMatch(/^中共上海市徐…$/u);
  });

  it('gives larger names with a larger font size when the cells grow with it', () => {
    const small = heatmapLayout(foundingInc, { fontSize: 12, cellSize: 20 });
    const large = heatmapLayout(foundingInc, { fontSize: 20, cellSize: 33 });
    expect(small.labelSize).toBe(12);
    expect(large.labelSize).toBe(20);
    const widest = (layout: typeof small, kind: HeatmapLabelBox['kind']) =>
      Math.max(
        ...heatmapLabelBoxes(layout)
          .filter((b) => b.kind === kind)
          .map((b) => b.w),
      );
    expect(widest(large, 'row')).toBeGreaterThan(widest(small, 'row'));
    expect(widest(large, 'column')).toBeGreaterThan(widest(small, 'column'));
    expect(large.regions.columnLabels.h).toBeGreaterThan(small.regions.columnLabels.h);
  });

  it('shrinks names in cells narrower than the font and leaves them out below the smallest readable size', () => {
    const narrow = heatmapLayout(foundingInc, { fontSize: 20, cellSize: 16 });
    expect(narrow.fontSize).toBe(20);
    expect(narrow.labelSize).toBe(12);
    const tiny = heatmapLayout(foundingInc, { cellSize: 6 });
    expect(tiny.labelSize).toBeLessThan(MIN_LABEL_SIZE);
    expect(tiny.columns.every((c) => c.label === '' && c.name !== '')).toBe(true);
    expect(tiny.rows.every((r) => r.label === '' && r.title !== '')).toBe(true);
    expect(tiny.marginals.rowFigures).toBe(false);
    expect(tiny.marginals.columnFigures).toBe(false);
    expect(heatmapLabelBoxes(tiny).every((b) => b.kind === 'section')).toBe(true);
  });
});
