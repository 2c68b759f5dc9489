import type { Role } from '@remit/core/model';
import { firstCellFrom } from './first-cell-from.js';
import type { HeatmapLayout, Rect } from './heatmap.model.js';
import {
  memberInset,
  rampFill,
  rampStep,
  RAMP_STEPS,
  type HeatmapPalette,
} from './heatmap.palette.js';

/**
 * A drawn cell: a lead's square fills its slot less the inset, a member's is a
 * fifth smaller, so the roles differ in shape as well as colour (readable in
 * grey print and without colour vision); inferred leads add a hatch.
 */
export interface SceneCell extends Rect {
  item: string;
  unit: string;
  role: Role;
  /** an inferred lead, hatched over its fill */
  inferred: boolean;
  fill: string;
}

/**
 * Draws one cell: its rectangle, its fill (an index into `SceneCells.fills`),
 * whether it is hatched, and its number in the layout's grid.
 */
export type CellVisitor = (
  x: number,
  y: number,
  w: number,
  h: number,
  fill: number,
  hatched: boolean,
  k: number,
) => void;

/**
 * The cells of a heatmap scene, described once and read two ways: `marks`
 * builds every cell as an object (exports, snapshots, tests), `each` visits
 * the cells of a window of rows and columns without building any (the canvas
 * of a large matrix paints only what scrolls into view).
 */
export interface SceneCells {
  count: number;
  /** the fills cells take: member, lead, inferred lead; or the ramp's steps when coloured by a metric */
  fills: string[];
  /** every cell in row then column order; built on first read */
  readonly marks: readonly SceneCell[];
  /** visits the cells of display rows `r0` … `r1 − 1` and columns `c0` … `c1`, row by row */
  each(r0: number, r1: number, c0: number, c1: number, visit: CellVisitor): void;
}

const ROLES = ['member', 'lead', 'lead'] as const;

/** The cells of a layout in a palette's colours. Building it costs nothing per cell. */
export function sceneCells(layout: HeatmapLayout, p: HeatmapPalette): SceneCells {
  const { grid: g, rows, columns, inset } = layout;
  const ramp = layout.color !== 'role';
  const w = layout.columnWidth - 2 * inset;
  const h = layout.cellSize - 2 * inset;
  const d = memberInset(Math.min(w, h));
  const each = (r0: number, r1: number, c0: number, c1: number, visit: CellVisitor): void => {
    for (let r = r0; r < r1; r++) {
      const row = rows[r]!;
      const y = row.y + inset;
      for (let k = firstCellFrom(g.column, row.cellStart, row.cellEnd, c0); k < row.cellEnd; k++) {
        const c = g.column[k]!;
        if (c > c1) break;
        const role = g.role[k]!;
        const x = columns[c]!.x + inset;
        const fill = ramp ? rampStep(g.t[k]!) : role;
        if (role) visit(x, y, w, h, fill, role === 2, k);
        else visit(x + d, y + d, w - 2 * d, h - 2 * d, fill, false, k);
      }
    }
  };
  const fills = ramp
    ? Array.from({ length: RAMP_STEPS }, (_, s) => rampFill(p, s))
    : [p.member, p.lead, p.inferredLead];
  let marks: SceneCell[] | undefined;
  return {
    count: g.count,
    fills,
    get marks() {
      if (!marks) {
        const out: SceneCell[] = (marks = []);
        each(0, rows.length, 0, columns.length, (x, y, w, h, fill, inferred, k) =>
          out.push({
            item: rows[g.row[k]!]!.item,
            unit: columns[g.column[k]!]!.unit,
            role: ROLES[g.role[k]!]!,
            inferred,
            x,
            y,
            w,
            h,
            fill: fills[fill]!,
          }),
        );
      }
      return marks;
    },
    each,
  };
}
