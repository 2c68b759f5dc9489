import type { Role } from '@remit/core/model';

/**
 * The render model of a heatmap: everything a painter (SVG, Canvas, export) or
 * a hit test needs, in pixels, rounded to 0.01. Positions of rows and columns
 * are display positions; `index` fields point back into the plan's arrays.
 */
export interface HeatmapLayout {
  width: number;
  height: number;
  /** px, the height of a row (and of a cell) */
  cellSize: number;
  /** px, the width of a column (and of a cell): `cellSize`, or more to fill a wide box */
  columnWidth: number;
  /** the font size of section headings (and the legend and title of exports) */
  fontSize: number;
  /**
   * the font size of item and unit names: `fontSize`, or less when cells are
   * too narrow for it (at most 4/5 of `cellSize`)
   */
  labelSize: number;
  /** the font size of the bar figures (at most 4/5 of `cellSize` too) */
  numberSize: number;
  /** the length of the longest bar */
  barSize: number;
  color: HeatmapColor;
  /** the matrix body and the header panes around it */
  regions: HeatmapRegions;
  rows: HeatmapRow[];
  columns: HeatmapColumn[];
  /**
   * One cell per item × unit pair that has an assignment, in row then column
   * order. Built on first read from `grid`: painters of large matrices read the
   * grid and never create these objects.
   */
  readonly cells: readonly HeatmapCell[];
  /** the cells as typed columns; `cells[k]` is row `grid.row[k]`, column `grid.column[k]` … */
  grid: HeatmapGrid;
  /** px between a cell's slot (`columnWidth` × `cellSize`) and the rectangle drawn for a lead */
  inset: number;
  sectionBands: HeatmapBand[];
  marginals: HeatmapMarginals;
}

/** What decides a cell's colour: its role, its unit's workload, or its item's unit count. */
export type HeatmapColor = 'role' | 'workload' | 'units';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface HeatmapRegions {
  /** unit names, above the matrix */
  columnLabels: Rect;
  /** unit workload bars, between the names and the matrix */
  columnBars: Rect;
  /** item labels and section labels, left of the matrix */
  rowLabels: Rect;
  /** item unit-count bars, right of the matrix */
  rowBars: Rect;
  matrix: Rect;
}

export interface HeatmapCell extends Rect {
  item: string;
  unit: string;
  role: Role;
  /** a lead that the document implies rather than writes */
  inferred: boolean;
  /** display row and column */
  row: number;
  column: number;
  /** 0–1, the cell's position on the sequential scale when `color` is a metric */
  t: number;
}

/** Before the label of an item a person corrected (the legend says what it means). */
export const CORRECTED_MARK = '* ';

export interface HeatmapRow {
  item: string;
  /** position in the plan's items */
  index: number;
  /** the item's numbering and title, as written */
  title: string;
  /**
   * the title fitted to the row label pane (ends in … when cut; empty when rows
   * are too low for names), after `CORRECTED_MARK` when the item was corrected
   */
  label: string;
  /** a person corrected the item (its title, units or roles) */
  corrected: boolean;
  section: string | null;
  y: number;
  h: number;
  /** distinct units on the item, and how many of them are written leads */
  units: number;
  leads: number;
  /** the row's cells are `cells[cellStart]` … `cells[cellEnd - 1]` */
  cellStart: number;
  cellEnd: number;
}

export interface HeatmapColumn {
  unit: string;
  /** position in the plan's units */
  index: number;
  name: string;
  /** the name fitted to the column label pane, one vertical line (ends in … when cut; empty when columns are too narrow for names) */
  label: string;
  x: number;
  w: number;
  /**
   * distinct items the unit is on, and on how many it is a written lead; as in
   * core's `workload`, inferred leads count as members here
   */
  workload: number;
  leads: number;
}

/** The cells of a layout as typed arrays, indexed by cell number. */
export interface HeatmapGrid {
  count: number;
  /** display row and column of each cell */
  row: Int32Array;
  column: Int32Array;
  /** 0 member, 1 written lead, 2 inferred lead */
  role: Uint8Array;
  /** 0–1, the cell's position on the metric scale (0 when coloured by role) */
  t: Float64Array;
  /** the cells of display row r are rowStart[r] … rowStart[r + 1] − 1 */
  rowStart: Int32Array;
  /** cell numbers grouped by column, top to bottom; column c's run from columnStart[c] */
  byColumn: Int32Array;
  columnStart: Int32Array;
}

export interface HeatmapBand {
  /** section id, or null for items outside any section */
  section: string | null;
  /** the section's numbering and title, as written ('' for items outside any section) */
  title: string;
  /** the title fitted to the row label pane and the matrix together: headings run on over their empty row */
  label: string;
  /** the band's heading row */
  y: number;
  h: number;
  /** display rows `rowStart` … `rowEnd - 1` belong to the band */
  rowStart: number;
  rowEnd: number;
}

/** A stacked bar: the whole value, and the part of it that is written leads. */
export interface HeatmapBar extends Rect {
  id: string;
  value: number;
  leads: number;
  lead: Rect;
  /** where the figure goes: centred on `tx` for columns, starting at `tx` for rows; `ty` is its middle */
  tx: number;
  ty: number;
}

export interface HeatmapMarginals {
  /** one per column, growing up from the matrix */
  columns: HeatmapBar[];
  /** one per row, growing right from the matrix */
  rows: HeatmapBar[];
  columnMax: number;
  /** false when the column figures are wider than a column: they are then left out (the tooltip has them) */
  columnFigures: boolean;
  /** false when rows are too low for readable figures: they are then left out (the tooltip has them) */
  rowFigures: boolean;
  rowMax: number;
}

/** Which roles the matrix draws: a legend names only what the picture shows. */
export interface RolesDrawn {
  lead: boolean;
  inferredLead: boolean;
  member: boolean;
}

/** The roles among the grid's cells (0 member, 1 written lead, 2 inferred lead). */
export function rolesDrawn(grid: HeatmapGrid): RolesDrawn {
  const seen = [false, false, false];
  for (let k = 0; k < grid.count; k++) seen[grid.role[k]!] = true;
  return { member: seen[0]!, lead: seen[1]!, inferredLead: seen[2]! };
}
