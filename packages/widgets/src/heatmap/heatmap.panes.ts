import { svg, type SVGTemplateResult, type TemplateResult, html, nothing } from 'lit';
import type { HeatmapEmphasis } from './heatmap.canvas.js';
import type { HeatmapLayout, Rect } from './heatmap.model.js';
import type { HeatmapScene, SceneBar } from './heatmap.scene.js';

/**
 * The heatmap's scene drawn as four SVG panes in a CSS grid: the corner, the
 * column header (unit names and workload bars, pinned to the top), the row
 * header (section headings and item labels, pinned to the left) and the body
 * (cells and unit-count bars). Marks are placed where the scene puts them;
 * colours come from the theme's custom properties by class (a cell's class
 * names its fill in the scene), so a theme switch needs no new drawing. Panes
 * are hidden from assistive technology: the focusable marks, the summary and
 * the data table say it all.
 */
export function heatmapPanes(
  layout: HeatmapLayout,
  scene: HeatmapScene,
  emphasis: HeatmapEmphasis,
  hatchId: string,
): TemplateResult {
  const { matrix } = layout.regions;
  const lw = matrix.x;
  const th = matrix.y;
  const bodyW = layout.width - lw;
  const bodyH = layout.height - th;
  return html`${pane('corner', { x: 0, y: 0, w: lw, h: th }, nothing)}
  ${pane('colhead', { x: lw, y: 0, w: bodyW, h: th }, columnHeader(scene, emphasis))}
  ${pane('rowhead', { x: 0, y: th, w: lw, h: bodyH }, rowHeader(scene, emphasis))}
  ${pane('body', { x: lw, y: th, w: bodyW, h: bodyH }, body(layout, scene, emphasis, hatchId))}`;
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

function columnHeader(scene: HeatmapScene, e: HeatmapEmphasis): SVGTemplateResult {
  const { columns, bars } = scene;
  return svg`<g font-size=${columns.fontSize} text-anchor="middle" dominant-baseline="central">${columns.marks.map(
    ({ runs }, c) => {
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
  )}</g>${barMarks(bars.columns, 'middle', bars.fontSize)}`;
}

function rowHeader(scene: HeatmapScene, e: HeatmapEmphasis): SVGTemplateResult {
  return svg`<g font-size=${scene.fontSize}>${scene.bands.marks.map(
    (band) =>
      svg`<text class="band" x=${band.x} y=${band.y} dominant-baseline="central">${band.text}</text>`,
  )}</g><g font-size=${scene.rows.fontSize}>${scene.rows.marks.map(
    ({ label }, r) =>
      svg`<text class=${r === e.selectedRow ? 'selected' : ''} x=${label.x} y=${label.y}
        dominant-baseline="central">${label.text}</text>`,
  )}</g>`;
}

function body(
  layout: HeatmapLayout,
  scene: HeatmapScene,
  e: HeatmapEmphasis,
  hatchId: string,
): SVGTemplateResult {
  const m = layout.regions.matrix;
  const { rows, bands, hatch } = scene;
  const columnBand = (c: number, cls: string) => {
    const col = layout.columns[c];
    return col
      ? svg`<rect class=${cls} x=${col.x} y=${m.y} width=${col.w} height=${m.h}></rect>`
      : nothing;
  };
  const selectedRow = layout.rows[e.selectedRow];
  const stripes = rows.marks.map(({ stripe }) => rectPath(stripe)).join('');
  const emphasised = [e.hoveredRow, e.selectedRow].map((r) => rows.marks[r]?.stripe);
  return svg`<defs><pattern id=${hatchId} width=${hatch.spacing} height=${hatch.spacing}
      patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch"
      width=${hatch.width} height=${hatch.spacing}></rect></pattern></defs>
    <path class="stripe" d=${stripes}></path>
    ${emphasised.map((s) =>
      s
        ? svg`<rect class="stripe hover" x=${s.x} y=${s.y} width=${s.w} height=${s.h}></rect>`
        : nothing,
    )}
    ${columnBand(e.hoveredColumn, 'column-hover')}${columnBand(e.selectedColumn, 'column-hover')}
    ${bands.marks.map(
      (band) =>
        svg`<line class="band-line" x1=${m.x} x2=${bands.x2} y1=${band.line} y2=${band.line}></line>`,
    )}
    ${cellPaths(layout, scene, hatchId)}
    ${barMarks(scene.bars.rows, 'start', scene.bars.fontSize)}
    ${selectedRow ? svg`<rect class="outline" x=${m.x + 1} y=${selectedRow.y + 1} width=${m.w - 2} height=${selectedRow.h - 2}></rect>` : nothing}
    ${columnBand(e.selectedColumn, 'outline')}`;
}

/** The class of each fill of the scene's cells (`SceneCells.fills`), by role or by ramp step. */
const ROLE_CLASSES = ['member', 'lead', 'inferred'];

/**
 * The cells as one `<path>` per fill (and one for the hatch over inferred
 * leads): a few elements instead of one per cell keeps a 200 × 60 plan's first
 * paint within a frame or two. Hit testing works from the layout, and exports
 * (`heatmapSVG`) still carry one `<rect>` per cell.
 */
function cellPaths(layout: HeatmapLayout, scene: HeatmapScene, hatchId: string): SVGTemplateResult {
  const paths = scene.cells.fills.map((): string[] => []);
  const hatched: string[] = [];
  scene.cells.each(0, layout.rows.length, 0, layout.columns.length, (x, y, w, h, fill, hatch) => {
    const path = rectPath({ x, y, w, h });
    paths[fill]!.push(path);
    if (hatch) hatched.push(path);
  });
  const role = layout.color === 'role';
  return svg`${paths.map((list, k) =>
    list.length
      ? svg`<path class=${role ? ROLE_CLASSES[k] : `ramp-${k}`} d=${list.join('')}></path>`
      : nothing,
  )}${
    hatched.length
      ? svg`<path class="hatched" fill="url(#${hatchId})" d=${hatched.join('')}></path>`
      : nothing
  }`;
}

/** A rectangle as path data. */
function rectPath({ x, y, w, h }: Rect): string {
  return `M${x} ${y}h${w}v${h}h${-w}z`;
}

function barMarks(
  list: readonly SceneBar[],
  anchor: 'middle' | 'start',
  size: number,
): SVGTemplateResult {
  const whole = list.filter((b) => b.w > 0 && b.h > 0).map(rectPath);
  const leads = list.map((b) => (b.lead ? rectPath(b.lead) : ''));
  return svg`<path class="bar" d=${whole.join('')}></path><path class="lead" d=${leads.join('')}></path>
    <g font-size=${size}>${list.map(({ figure }) =>
      figure
        ? svg`<text class="figure" x=${figure.x} y=${figure.y} text-anchor=${anchor}
          dominant-baseline="central">${figure.text}</text>`
        : nothing,
    )}</g>`;
}
