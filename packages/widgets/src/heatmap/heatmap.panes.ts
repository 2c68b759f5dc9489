import { svg, type SVGTemplateResult, type TemplateResult, html, nothing } from 'lit';
import type { HeatmapEmphasis } from './heatmap.canvas.js';
import type { HeatmapBar, HeatmapCell, HeatmapLayout, Rect } from './heatmap.model.js';
import { cellMark, HATCH, rampStep } from './heatmap.palette.js';

/** The words panes draw besides names: the heading of items outside any section, and figures. */
export interface PaneWords {
  noSection: string;
  format: (n: number) => string;
}

/**
 * The heatmap drawn as four SVG panes in a CSS grid: the corner, the column
 * header (unit names and workload bars, pinned to the top), the row header
 * (section headings and item labels, pinned to the left) and the body (cells
 * and unit-count bars). Colours come from the theme's custom properties, so a
 * theme switch needs no new drawing. Panes are hidden from assistive
 * technology: the focusable marks, the summary and the data table say it all.
 */
export function heatmapPanes(
  layout: HeatmapLayout,
  emphasis: HeatmapEmphasis,
  words: PaneWords,
  hatchId: string,
): TemplateResult {
  const { matrix } = layout.regions;
  const lw = matrix.x;
  const th = matrix.y;
  const bodyW = layout.width - lw;
  const bodyH = layout.height - th;
  return html`${pane('corner', { x: 0, y: 0, w: lw, h: th }, nothing)}
  ${pane('colhead', { x: lw, y: 0, w: bodyW, h: th }, columnHeader(layout, emphasis, words))}
  ${pane('rowhead', { x: 0, y: th, w: lw, h: bodyH }, rowHeader(layout, emphasis, words.noSection))}
  ${pane('body', { x: lw, y: th, w: bodyW, h: bodyH }, body(layout, emphasis, words, hatchId))}`;
}

function pane(name: string, r: Rect, content: unknown): TemplateResult {
  return html`<svg
    class="pane ${name}"
    part="${name}"
    aria-hidden="true"
    width=${r.w}
    height=${r.h}
    viewBox="${r.x} ${r.y} ${r.w} ${r.h}"
  >
    ${content}
  </svg>`;
}

function columnHeader(
  layout: HeatmapLayout,
  e: HeatmapEmphasis,
  words: PaneWords,
): SVGTemplateResult {
  const pad = Math.round(layout.fontSize / 2);
  const labelEnd = layout.regions.columnLabels.y + layout.regions.columnLabels.h - pad;
  return svg`<g font-size=${layout.fontSize}>${layout.columns.map(
    (col, c) =>
      svg`<text class=${c === e.selectedColumn ? 'selected' : ''} x=${col.x + col.w / 2} y=${labelEnd}
        writing-mode="vertical-rl" text-anchor="end">${col.label}</text>`,
  )}</g>${bars(layout.marginals.columns, 'middle', layout.numberSize, words.format)}`;
}

function rowHeader(
  layout: HeatmapLayout,
  e: HeatmapEmphasis,
  noSection: string,
): SVGTemplateResult {
  const pad = Math.round(layout.fontSize / 2);
  return svg`<g font-size=${layout.fontSize}>${layout.sectionBands.map(
    (band) =>
      svg`<text class="band" x=${pad} y=${band.y + band.h / 2} dominant-baseline="central">${
        band.section === null ? noSection : band.label
      }</text>`,
  )}${layout.rows.map(
    (row, r) =>
      svg`<text class=${r === e.selectedRow ? 'selected' : ''} x=${pad} y=${row.y + row.h / 2}
        dominant-baseline="central">${row.label}</text>`,
  )}</g>`;
}

function body(
  layout: HeatmapLayout,
  e: HeatmapEmphasis,
  words: PaneWords,
  hatchId: string,
): SVGTemplateResult {
  const m = layout.regions.matrix;
  const columnBand = (c: number, cls: string) => {
    const col = layout.columns[c];
    return col
      ? svg`<rect class=${cls} x=${col.x} y=${m.y} width=${col.w} height=${m.h}></rect>`
      : nothing;
  };
  const selectedRow = layout.rows[e.selectedRow];
  return svg`<defs><pattern id=${hatchId} width=${HATCH.spacing} height=${HATCH.spacing}
      patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch"
      width=${HATCH.width} height=${HATCH.spacing}></rect></pattern></defs>
    ${layout.rows.map(
      (row, r) =>
        svg`<rect class=${r === e.hoveredRow || r === e.selectedRow ? 'stripe hover' : 'stripe'}
          x=${m.x} y=${row.y} width=${m.w} height=${row.h}></rect>`,
    )}
    ${columnBand(e.hoveredColumn, 'column-hover')}${columnBand(e.selectedColumn, 'column-hover')}
    ${layout.sectionBands.map(
      (band) =>
        svg`<line class="band-line" x1=${m.x} x2=${m.x + m.w} y1=${band.y + 0.5} y2=${band.y + 0.5}></line>`,
    )}
    <g>${layout.cells.map((cell) => cellShape(cell, layout.color, hatchId))}</g>
    ${bars(layout.marginals.rows, 'start', layout.numberSize, words.format)}
    ${selectedRow ? svg`<rect class="outline" x=${m.x + 1} y=${selectedRow.y + 1} width=${m.w - 2} height=${selectedRow.h - 2}></rect>` : nothing}
    ${columnBand(e.selectedColumn, 'outline')}`;
}

function cellShape(
  cell: HeatmapCell,
  color: HeatmapLayout['color'],
  hatchId: string,
): SVGTemplateResult {
  const r = cellMark(cell);
  const cls =
    color !== 'role'
      ? `ramp-${rampStep(cell.t)}`
      : cell.role === 'member'
        ? 'member'
        : cell.inferred
          ? 'inferred'
          : 'lead';
  const shape = svg`<rect class=${cls} data-item=${cell.item} data-unit=${cell.unit} x=${r.x} y=${r.y}
    width=${r.w} height=${r.h}></rect>`;
  return cell.inferred
    ? svg`${shape}<rect class="hatched" fill="url(#${hatchId})" x=${r.x} y=${r.y} width=${r.w} height=${r.h}></rect>`
    : shape;
}

function bars(
  list: readonly HeatmapBar[],
  anchor: 'middle' | 'start',
  size: number,
  format: (n: number) => string,
): SVGTemplateResult {
  return svg`<g font-size=${size}>${list.map(
    (bar) =>
      svg`<rect class="bar" x=${bar.x} y=${bar.y} width=${bar.w} height=${bar.h}></rect>${
        bar.leads
          ? svg`<rect class="lead" x=${bar.lead.x} y=${bar.lead.y} width=${bar.lead.w} height=${bar.lead.h}></rect>`
          : nothing
      }<text class="figure" x=${bar.tx} y=${bar.ty} text-anchor=${anchor} dominant-baseline="central">${format(bar.value)}</text>`,
  )}</g>`;
}
