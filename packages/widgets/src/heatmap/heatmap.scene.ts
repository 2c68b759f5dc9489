import { formatNumber } from '../shared/format.js';
import { DEFAULT_LANG, type Lang } from '../shared/lang.js';
import { messages } from '../shared/messages.js';
import { round2 } from '../shared/round2.js';
import { textWidth } from '../shared/text-width.js';
import { heatmapLegendEntries, type HeatmapLegendPaint } from './heatmap.legend-entries.js';
import { type HeatmapBar, type HeatmapLayout, type Rect } from './heatmap.model.js';
import { barFill, HATCH, LIGHT_PALETTE, rampFill, type HeatmapPalette } from './heatmap.palette.js';
import { sceneCells, type SceneCells } from './heatmap.scene-cells.js';
import { placeVertical, type PlacedRun } from './vertical-runs.js';
import { wrapLabel } from './wrap-label.js';

export interface HeatmapSceneOptions {
  /** the colours every mark takes; default the light palette */
  palette?: HeatmapPalette;
  /** the language of the legend, the headings and the figures (default zh-CN) */
  lang?: Lang;
  /** drawn above the chart and named as the picture's title */
  title?: string;
  /** the text summary of the picture */
  description?: string;
  /** prefix of ids inside an SVG (the hatch pattern), unique per document it is inlined into */
  idPrefix?: string;
}

/** A line of text starting at `x` (or centred on it, where the mark says so), its middle at `y`. */
export interface SceneText {
  text: string;
  x: number;
  y: number;
}

/** A name drawn shortened to fit, with the full text it stands for. */
export interface SceneLabel extends SceneText {
  title: string;
}

/** A filled rectangle; `hatched` ones carry the hatch of inferred leads over their fill. */
export interface SceneRect extends Rect {
  fill: string;
  hatched?: boolean;
}

/** A legend entry at `x`, `y` (its top left); its marks are placed from there. */
export interface SceneLegendEntry {
  x: number;
  y: number;
  marks: (SceneRect | SceneText)[];
}

/** A marginal bar: the whole value, the written leads over it, and the figure when drawn. */
export interface SceneBar extends Rect {
  /** the unit's id (column bars) or the item's (row bars) */
  id: string;
  lead?: Rect;
  figure?: SceneText;
}

/**
 * Every mark of a heatmap picture as plain data, colours resolved: what the
 * canvas paints, what the SVG panes and the export draw. The chart's marks are
 * in the layout's coordinates; the chart sits at `chart.x`, `chart.y` in the
 * whole picture, which adds the title and the legend above it.
 */
export interface HeatmapScene {
  width: number;
  height: number;
  background: string;
  font: string;
  /** the size of headings and the legend, and of text that gives none */
  fontSize: number;
  /** the colour of text that gives none */
  fill: string;
  /** the full title, named as the picture's title */
  title?: string;
  /** the text summary of the picture */
  description?: string;
  /** the stripes over inferred leads: `fill` lines `width` px wide, `spacing` px apart, at 45° */
  hatch: { id: string; fill: string; spacing: number; width: number };
  /** the title drawn above the chart (bold), broken into lines */
  heading: { fontSize: number; lines: SceneText[] };
  /** under the title, in rows */
  legend: SceneLegendEntry[];
  /** where the layout's origin is in the picture, and the layout's size */
  chart: { x: number; y: number; width: number; height: number };
  /** section headings (bold), each under a line from the left edge to `x2` at `line` */
  bands: { stroke: string; x2: number; marks: (SceneLabel & { line: number })[] };
  /** one per item: the stripe behind its cells and its label */
  rows: { fill: string; fontSize: number; marks: { stripe: Rect; label: SceneLabel }[] };
  /** one per unit: its name set vertically, run by run, centred on each run's place */
  columns: { fontSize: number; marks: { title: string; runs: PlacedRun[] }[] };
  cells: SceneCells;
  /** unit bars above the matrix (figures centred), item bars beside it (figures from `x`) */
  bars: {
    fill: string;
    lead: string;
    /** the figures' colour and size */
    text: string;
    fontSize: number;
    columns: SceneBar[];
    rows: SceneBar[];
  };
}

const MARGIN = 12;
/** The narrowest picture: room for a title and a legend entry. */
const MIN_WIDTH = 240;

/**
 * The scene of a heatmap: its layout turned into marks in the palette's
 * colours, with the title and the legend laid out above the chart for a
 * standalone picture. Pure; the cells are described, not built, until read
 * (`SceneCells`).
 *
 * @example heatmapSVG(heatmapScene(layout, { palette, lang: 'en', title }))
 */
export function heatmapScene(
  layout: HeatmapLayout,
  options: HeatmapSceneOptions = {},
): HeatmapScene {
  const p = options.palette ?? LIGHT_PALETTE;
  const lang = options.lang ?? DEFAULT_LANG;
  const { regions, fontSize: fs, marginals } = layout;
  const titleFs = Math.round(fs * 1.35);
  const width = Math.max(layout.width + 2 * MARGIN, MIN_WIDTH);
  const title = options.title;

  let y = MARGIN;
  const lines = (title ? wrapLabel(title, width - 2 * MARGIN, titleFs, 3) : []).map((text) => {
    const line = { text, x: MARGIN, y: y + titleFs / 2 };
    y += Math.round(titleFs * 1.4);
    return line;
  });
  if (lines.length) y += 4;
  const legend: SceneLegendEntry[] = [];
  let x = MARGIN;
  const lineH = fs + 8;
  for (const [w, marks] of legendEntries(layout, p, lang)) {
    if (x > MARGIN && x + w > width - MARGIN) {
      x = MARGIN;
      y += lineH;
    }
    legend.push({ x, y, marks });
    x += w + fs;
  }
  if (legend.length) y += lineH + 4;

  const pad = Math.round(fs / 2);
  const m = regions.matrix;
  const noSection = messages(lang).noSection;
  const labelEnd = regions.columnLabels.y + regions.columnLabels.h - pad;
  const bar = (b: HeatmapBar, figures: boolean): SceneBar => ({
    id: b.id,
    x: b.x,
    y: b.y,
    w: b.w,
    h: b.h,
    lead: b.leads ? b.lead : undefined,
    figure: figures ? { text: formatNumber(lang, b.value), x: b.tx, y: b.ty } : undefined,
  });
  return {
    width,
    height: y + layout.height + MARGIN,
    background: p.background,
    font: p.font,
    fontSize: fs,
    fill: p.text,
    title,
    description: options.description,
    hatch: { id: `${options.idPrefix ?? 'remit-heatmap'}-hatch`, fill: p.background, ...HATCH },
    heading: { fontSize: titleFs, lines },
    legend,
    chart: { x: MARGIN, y, width: layout.width, height: layout.height },
    bands: {
      stroke: p.grid,
      x2: m.x + m.w,
      marks: layout.sectionBands.map((band) => {
        const text = band.section === null ? noSection : band.label;
        return {
          text,
          title: band.section === null ? text : band.title,
          x: pad,
          y: band.y + band.h / 2,
          line: band.y + 0.5,
        };
      }),
    },
    rows: {
      fill: p.surface,
      fontSize: layout.labelSize,
      marks: layout.rows.map((row) => ({
        stripe: { x: m.x, y: row.y, w: m.w, h: row.h },
        label: { text: row.label, title: row.title, x: pad, y: row.y + row.h / 2 },
      })),
    },
    columns: {
      fontSize: layout.labelSize,
      marks: layout.columns.map((col) => ({
        title: col.name,
        runs: placeVertical(col.label, round2(col.x + col.w / 2), labelEnd, layout.labelSize),
      })),
    },
    cells: sceneCells(layout, p),
    bars: {
      fill: barFill(p),
      lead: p.lead,
      text: p.muted,
      fontSize: layout.numberSize,
      columns: marginals.columns.map((b) => bar(b, marginals.columnFigures)),
      rows: marginals.rows.map((b) => bar(b, marginals.rowFigures)),
    },
  };
}

/** The width of a text at font size 1. */
function em(text: string): number {
  return textWidth(text, 1);
}

/** The legend's entries (`heatmapLegendEntries`), each as its width and its marks. */
function legendEntries(
  layout: HeatmapLayout,
  p: HeatmapPalette,
  lang: Lang,
): [number, (SceneRect | SceneText)[]][] {
  const fs = layout.fontSize;
  const fills: Record<HeatmapLegendPaint, string> = {
    lead: p.lead,
    inferredLead: p.inferredLead,
    member: p.member,
    bar: barFill(p),
  };
  const entry = (
    mark: SceneRect | SceneText,
    text: string,
  ): [number, (SceneRect | SceneText)[]] => [
    fs + 4 + Math.ceil(em(text) * fs),
    [mark, { text, x: fs + 4, y: fs / 2 }],
  ];
  return heatmapLegendEntries(layout, lang).map((e) => {
    switch (e.kind) {
      case 'role': {
        const d = e.small ? Math.round(fs * 0.2) : 0;
        const swatch = { x: d, y: d, w: fs - 2 * d, h: fs - 2 * d, fill: fills[e.paint] };
        return entry(e.hatched ? { ...swatch, hatched: true } : swatch, e.label);
      }
      case 'ramp': {
        const marks: (SceneRect | SceneText)[] = [];
        let x = 0;
        const text = (s: string) => {
          marks.push({ text: s, x, y: fs / 2 });
          x += Math.ceil((em(s) + 0.5) * fs);
        };
        text(e.caption);
        text(e.fewer);
        for (let s = 0; s < e.steps; s++, x += fs) {
          marks.push({ x, y: 0, w: fs, h: fs, fill: rampFill(p, s) });
        }
        x += Math.round(fs / 2);
        text(e.more);
        const width = Math.ceil((em(e.caption) + em(e.fewer) + em(e.more) + 1.5) * fs);
        return [width + e.steps * fs, marks];
      }
      case 'corrected':
        return entry({ text: e.mark, x: 0, y: fs / 2 }, e.label);
      case 'bars': {
        const top = Math.round(fs * 0.3);
        return entry({ x: 0, y: top, w: fs, h: fs - top, fill: fills.bar }, e.label);
      }
    }
  });
}
