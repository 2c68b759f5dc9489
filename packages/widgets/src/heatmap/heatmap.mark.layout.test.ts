import { incidence, type Plan } from '@remit/core/model';
import { describe, expect, it } from 'vitest';
import founding from '../../../core/data/xuhui-2020-fazhi.json' with { type: 'json' };
import { heatmapLayout } from './heatmap.layout.js';
import { cellAt, heatmapHit, markRect, rowAt, type HeatmapMark } from './heatmap.mark.js';
import { firstMark, heatmapNavigate } from './heatmap.navigate.js';
import { heatmapScenarios } from './heatmap.scenarios.js';

const layout = heatmapLayout(incidence(founding as Plan));

describe('heatmapHit', () => {
  it('finds every cell at the centre of its slot', () => {
    layout.cells.forEach((cell, k) => {
      expect(heatmapHit(layout, cell.x + cell.w / 2, cell.y + cell.h / 2)).toEqual({
        kind: 'cell',
        index: k,
      });
    });
  });

  it('finds row headers over labels and bars, column headers over names and bars', () => {
    const row = layout.rows[3]!;
    expect(heatmapHit(layout, 4, row.y + 1)).toEqual({ kind: 'row', index: 3 });
    const bar = layout.marginals.rows[3]!;
    expect(heatmapHit(layout, bar.x + 1, bar.y + 1)).toEqual({ kind: 'row', index: 3 });
    const col = layout.columns[5]!;
    expect(heatmapHit(layout, col.x + 2, 2)).toEqual({ kind: 'column', index: 5 });
    expect(heatmapHit(layout, col.x + 2, layout.regions.matrix.y - 2)).toEqual({
      kind: 'column',
      index: 5,
    });
  });

  it('finds nothing in empty slots, section headings and outside the picture', () => {
    const band = layout.sectionBands[1]!;
    expect(heatmapHit(layout, layout.regions.matrix.x + 2, band.y + 2)).toBeNull();
    expect(rowAt(layout, band.y + 2)).toBe(-1);
    expect(heatmapHit(layout, -5, -5)).toBeNull();
    expect(heatmapHit(layout, layout.width + 5, layout.height + 5)).toBeNull();
    const row = layout.rows[2]!;
    const empty = layout.columns.findIndex((_, c) => cellAt(layout, 2, c) < 0);
    expect(heatmapHit(layout, layout.columns[empty]!.x + 2, row.y + 2)).toBeNull();
  });

  it('gives every mark a rectangle that hits back to it', () => {
    const marks: HeatmapMark[] = [
      { kind: 'cell', index: 7 },
      { kind: 'row', index: 16 },
      { kind: 'column', index: 14 },
    ];
    for (const mark of marks) {
      const r = markRect(layout, mark);
      expect(heatmapHit(layout, r.x + r.w / 2, r.y + r.h / 2)).toEqual(mark);
    }
  });
});

describe('heatmapNavigate', () => {
  it('reaches every cell, row header and column header from the first cell', () => {
    const seen = new Set<string>();
    const queue: HeatmapMark[] = [firstMark(layout)!];
    while (queue.length) {
      const mark = queue.pop()!;
      const key = `${mark.kind}${mark.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const k of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']) {
        const next = heatmapNavigate(layout, mark, k);
        if (next) queue.push(next);
      }
    }
    expect(seen.size).toBe(layout.cells.length + layout.rows.length + layout.columns.length);
  });

  it('moves along a row to the next assigned unit and left out to the row header', () => {
    const row = layout.rows[0]!;
    expect(heatmapNavigate(layout, { kind: 'cell', index: row.cellStart }, 'ArrowRight')).toEqual({
      kind: 'cell',
      index: row.cellStart + 1,
    });
    expect(heatmapNavigate(layout, { kind: 'cell', index: row.cellStart }, 'ArrowLeft')).toEqual({
      kind: 'row',
      index: 0,
    });
  });

  it('moves down a column to the next item of that unit and up out to the column header', () => {
    const g = layout.grid;
    const col = [...g.byColumn.subarray(g.columnStart[0], g.columnStart[1])];
    const first = { kind: 'cell', index: col[0]! } as const;
    expect(heatmapNavigate(layout, first, 'ArrowDown')).toEqual({
      kind: 'cell',
      index: col[1]!,
    });
    expect(heatmapNavigate(layout, first, 'ArrowUp')).toEqual({ kind: 'column', index: 0 });
    expect(heatmapNavigate(layout, { kind: 'column', index: 0 }, 'ArrowDown')).toEqual(first);
  });

  it('stays at edges and ignores other keys', () => {
    const last = { kind: 'row', index: layout.rows.length - 1 } as const;
    expect(heatmapNavigate(layout, last, 'ArrowDown')).toEqual(last);
    expect(heatmapNavigate(layout, last, 'a')).toBeNull();
  });

  it('reaches an item without units and a unit without items', () => {
    const a = heatmapLayout(incidence(heatmapScenarios['item-without-units']!.plan()));
    expect(heatmapNavigate(a, { kind: 'row', index: 0 }, 'ArrowDown')).toEqual({
      kind: 'row',
      index: 1,
    });
    expect(heatmapNavigate(a, { kind: 'row', index: 1 }, 'ArrowRight')).toEqual({
      kind: 'row',
      index: 1,
    });
    const b = heatmapLayout(incidence(heatmapScenarios['unit-without-items']!.plan()));
    expect(heatmapNavigate(b, { kind: 'column', index: 0 }, 'ArrowRight')).toEqual({
      kind: 'column',
      index: 1,
    });
    expect(
      firstMark(heatmapLayout(incidence({ items: [], units: [], assignments: [] }))),
    ).toBeNull();
  });
});
