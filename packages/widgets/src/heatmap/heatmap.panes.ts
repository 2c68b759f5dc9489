import { svg, type SVGTemplateResult, type TemplateResult, html, nothing } from 'lit';
import type { HeatmapEmphasis } from './heatmap.canvas.js';
import type { HeatmapBar, HeatmapLayout, Rect } from './heatmap.model.js';
import { HATCH, memberInset, rampStep } from './heatmap.palette.js';
import { placeVertical } from './vertical-runs.js';

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
  return svg`<g font-size=${layout.labelSize} text-anchor="middle" dominant-baseline="central">${layout.columns.map(
    (col, c) => {
      const runs = placeVertical(col.label, col.x + col.w / 2, labelEnd, layout.labelSize);
      // The upright characters (one UTF-16 unit each) share one <text> that places each at its
      // own x and y: a text element per character would be ten times the elements to create.
      const up = runs.filter((run) => run.upright && run.text.length === 1);
      return svg`<g class="column-label ${c === e.selectedColumn ? 'selected' : ''}"><text
        x=${up.map((run) => run.x).join(' ')} y=${up.map((run) => run.y).join(' ')}
        >${up.map((run) => run.text).join('')}</text>${runs
          .filter((run) => !up.includes(run))
          .map((run) =>
            run.upright
              ? svg`<text x=${run.x} y=${run.y}>${run.text}</text>`
              : svg`<text transform="translate(${run.x} ${run.y}) rotate(90)">${run.text}</text>`,
          )}</g>`;
    },
  )}</g>${bars(layout.marginals.columns, 'middle', layout.numberSize, words.format, layout.marginals.columnFigures)}`;
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
  )}</g><g font-size=${layout.labelSize}>${layout.rows.map(
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
  const stripes = layout.rows.map((row) => rectPath(m.x, row.y, m.w, row.h)).join('');
  const emphasised = [e.hoveredRow, e.selectedRow].map((r) => layout.rows[r]);
  return svg`<defs><pattern id=${hatchId} width=${HATCH.spacing} height=${HATCH.spacing}
      patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch"
      width=${HATCH.width} height=${HATCH.spacing}></rect></pattern></defs>
    <path class="stripe" d=${stripes}></path>
    ${emphasised.map((row) =>
      row
        ? svg`<rect class="stripe hover" x=${m.x} y=${row.y} width=${m.w} height=${row.h}></rect>`
        : nothing,
    )}
    ${columnBand(e.hoveredColumn, 'column-hover')}${columnBand(e.selectedColumn, 'column-hover')}
    ${layout.sectionBands.map(
      (band) =>
        svg`<line class="band-line" x1=${m.x} x2=${m.x + m.w} y1=${band.y + 0.5} y2=${band.y + 0.5}></line>`,
    )}
    ${cellPaths(layout, hatchId)}
    ${bars(layout.marginals.rows, 'start', layout.numberSize, words.format, layout.marginals.rowFigures)}
    ${selectedRow ? svg`<rect class="outline" x=${m.x + 1} y=${selectedRow.y + 1} width=${m.w - 2} height=${selectedRow.h - 2}></rect>` : nothing}
    ${columnBand(e.selectedColumn, 'outline')}`;
}

/**
 * The cells as one `<path>` per fill class (and one for the hatch over
 * inferred leads): a few elements instead of one per cell keeps a 200 × 60
 * plan's first paint within a frame or two. Hit testing works from the layout,
 * and exports (`heatmapSVG`) still carry one `<rect>` per cell.
 */
function cellPaths(layout: HeatmapLayout, hatchId: string): SVGTemplateResult {
  const g = layout.grid;
  const w = layout.columnWidth - 2 * layout.inset;
  const h = layout.cellSize - 2 * layout.inset;
  const d = memberInset(Math.min(w, h));
  const paths = new Map<string, string[]>();
  const hatched: string[] = [];
  for (let k = 0; k < g.count; k++) {
    const role = g.role[k]!;
    const cls =
      layout.color !== 'role'
        ? `ramp-${rampStep(g.t[k]!)}`
        : role === 0
          ? 'member'
          : role === 2
            ? 'inferred'
            : 'lead';
    const x = layout.columns[g.column[k]!]!.x + layout.inset;
    const y = layout.rows[g.row[k]!]!.y + layout.inset;
    const path = role === 0 ? rectPath(x + d, y + d, w - 2 * d, h - 2 * d) : rectPath(x, y, w, h);
    let list = paths.get(cls);
    if (!list) paths.set(cls, (list = []));
    list.push(path);
    if (role === 2) hatched.push(path);
  }
  return svg`${[...paths].map(([cls, list]) => svg`<path class=${cls} d=${list.join('')}></path>`)}${
    hatched.length
      ? svg`<path class="hatched" fill="url(#${hatchId})" d=${hatched.join('')}></path>`
      : nothing
  }`;
}

/** A rectangle as path data. */
function rectPath(x: number, y: number, w: number, h: number): string {
  return `M${x} ${y}h${w}v${h}h${-w}z`;
}

function bars(
  list: readonly HeatmapBar[],
  anchor: 'middle' | 'start',
  size: number,
  format: (n: number) => string,
  figures = true,
): SVGTemplateResult {
  const whole = list.filter((b) => b.w > 0 && b.h > 0).map((b) => rectPath(b.x, b.y, b.w, b.h));
  const leads = list
    .filter((b) => b.leads > 0)
    .map((b) => rectPath(b.lead.x, b.lead.y, b.lead.w, b.lead.h));
  return svg`<path class="bar" d=${whole.join('')}></path><path class="lead" d=${leads.join('')}></path>
    <g font-size=${size}>${(figures ? list : []).map(
      (bar) =>
        svg`<text class="figure" x=${bar.tx} y=${bar.ty} text-anchor=${anchor}
          dominant-baseline="central">${format(bar.value)}</text>`,
    )}</g>`;
}
