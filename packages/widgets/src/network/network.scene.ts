import { round2 } from '../shared/round2.js';
import { textWidth, truncateText } from '../shared/text-width.js';
import type { NetworkLegendEntry } from './network-legend.js';
import type { NetworkModel } from './network.model.js';
import {
  categoryOf,
  LIGHT_NETWORK_PALETTE,
  type ColorBy,
  type NetworkPalette,
} from './network.palette.js';
import type { LabelPlacement } from './place-labels.js';
import type { NetworkView } from './network.view.js';

export interface NetworkSceneOptions {
  /** the colours every mark takes; default the light palette */
  palette?: NetworkPalette;
  colorBy?: ColorBy;
  /** drawn above the chart and named as the picture's title */
  title?: string;
  /** the text summary of the picture */
  description?: string;
  legend?: readonly NetworkLegendEntry[];
  /** how to read sizes and widths, drawn under the legend */
  note?: string;
}

/** A drawn tie: a line between the centres of its nodes. */
export interface SceneTie {
  /** position in `model.ties` */
  index: number;
  /** the ids of the nodes at its ends */
  source: string;
  target: string;
  weight: number;
  /** bipartite mode: the unit's role on the item */
  role?: 'lead' | 'member';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  /** the dashes of a tie to an inferred lead */
  dash?: string;
}

/** A drawn node: a unit as a disc, an item (bipartite mode) as a square outline. */
export interface SceneNode {
  /** position in `model.nodes` */
  index: number;
  type: 'unit' | 'item';
  id: string;
  /** the full name, for titles and accessible names */
  name: string;
  /** the centre */
  x: number;
  y: number;
  /** the radius of the disc, or half the side of the square */
  r: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** A node's name, placed where it overlaps no node and no other name; its middle is at `y`. */
export interface SceneLabel {
  /** position in `model.nodes` */
  index: number;
  text: string;
  x: number;
  y: number;
  anchor: LabelPlacement['anchor'];
}

/** A line of text in its own size and colour, starting at `x`. */
export interface SceneText {
  text: string;
  x: number;
  y: number;
  fontSize: number;
  fill: string;
}

/** A legend entry: a swatch drawn like the nodes it stands for, and its text from `x` (middle at `y`). */
export interface SceneLegendEntry {
  /** the full label */
  label: string;
  /** the label shortened to the picture's width */
  text: string;
  x: number;
  y: number;
  swatch:
    | { shape: 'circle'; cx: number; cy: number; r: number; fill: string }
    | {
        shape: 'square';
        x: number;
        y: number;
        side: number;
        fill: string;
        stroke: string;
        strokeWidth: number;
      };
}

/**
 * Every mark of a network picture as plain data, colours resolved: what the
 * element draws live and what the export writes. The chart's marks are in the
 * chart's coordinates; the chart sits `chart.top` below the top of the whole
 * picture, which adds the title above and the legend and note below.
 */
export interface NetworkScene {
  width: number;
  height: number;
  background: string;
  font: string;
  fontSize: number;
  /** the full title, named as the picture's title */
  title?: string;
  /** the text summary of the picture */
  description?: string;
  /** the title drawn above the chart (bold, its middle at `y`), shortened to fit */
  heading?: SceneText;
  /** the drawing area of the marks below (the live element's `<svg>`) */
  chart: { top: number; width: number; height: number };
  /** under the nodes, all in one colour and opacity */
  ties: { stroke: string; opacity: number; marks: SceneTie[] };
  nodes: SceneNode[];
  /** over the nodes, at `fontSize`, each with a halo of `haloWidth` px */
  labels: { fill: string; halo: string; haloWidth: number; marks: SceneLabel[] };
  /** under the chart, in rows; the text in `fill` at `fontSize` */
  legend: { fill: string; entries: SceneLegendEntry[] };
  /** how to read sizes and widths, under the legend (its baseline at `y`), shortened to fit */
  note?: SceneText;
}

const MARGIN = 12;
/** The narrowest picture: room for a title and a legend entry. */
const MIN_WIDTH = 240;
const DASH = '4 3';

/**
 * The scene of a network: its view (positions, sizes, label places) turned
 * into marks with the palette's colours (node colour by community or unit
 * kind), and, when given, the title above and the legend and note below laid
 * out for a standalone picture. Pure.
 *
 * @example networkSVG(networkScene(model, view, { palette, legend }))
 */
export function networkScene(
  model: NetworkModel,
  view: NetworkView,
  options: NetworkSceneOptions = {},
): NetworkScene {
  const p = options.palette ?? LIGHT_NETWORK_PALETTE;
  const colorBy = options.colorBy ?? 'community';
  const fs = view.fontSize;
  const fill = (c: number): string => p.categories[c] ?? p.muted;
  const width = Math.max(view.width, MIN_WIDTH);
  const titleFs = Math.round(fs * 1.3);
  const top = options.title ? MARGIN + Math.round(titleFs * 1.6) : MARGIN;

  const { source, target, weight } = model.tieTable;
  const ties = view.ties.map((t): SceneTie => {
    // an item's unit has a role, a written or inferred lead: bipartite networks' tie objects hold them
    const tie = model.mode === 'bipartite' ? model.ties[t.index] : undefined;
    return {
      ...t,
      source: model.nodes[source[t.index]!]!.id,
      target: model.nodes[target[t.index]!]!.id,
      weight: weight[t.index]!,
      role: tie?.role,
      dash: tie?.inferred ? DASH : undefined,
    };
  });
  const nodes = view.nodes.map((n): SceneNode => {
    const d = model.nodes[n.index]!;
    const color = fill(categoryOf(d, colorBy));
    const unit = d.type === 'unit';
    return {
      index: n.index,
      type: d.type,
      id: d.id,
      name: d.name,
      x: n.x,
      y: n.y,
      r: unit ? n.r : itemHalf(n.r),
      fill: unit ? color : p.background,
      stroke: unit ? p.background : color,
      strokeWidth: unit ? 1.5 : 2,
    };
  });
  const labels = view.nodes
    .filter((n) => n.place.visible)
    .map((n): SceneLabel => ({
      index: n.index,
      text: n.label,
      x: n.place.x,
      y: n.place.y,
      anchor: n.place.anchor,
    }));

  let y = top + view.height + MARGIN;
  const entries: SceneLegendEntry[] = [];
  const legend = options.legend ?? [];
  if (legend.length) {
    const line = Math.round(fs * 1.6);
    const swatch = Math.round(fs * 0.85);
    let x = MARGIN;
    for (const entry of legend) {
      const text = truncateText(entry.label, width - 2 * MARGIN - swatch - 6, fs);
      const w = swatch + 6 + textWidth(text, fs) + 16;
      if (x > MARGIN && x + w > width - MARGIN) {
        x = MARGIN;
        y += line;
      }
      const cy = y + line / 2;
      const color = fill(entry.category);
      entries.push({
        label: entry.label,
        text,
        x: x + swatch + 6,
        y: cy,
        swatch: entry.square
          ? {
              shape: 'square',
              x: x + 1,
              y: round2(cy - swatch / 2 + 1),
              side: swatch - 2,
              fill: p.background,
              stroke: color,
              strokeWidth: 2,
            }
          : { shape: 'circle', cx: round2(x + swatch / 2), cy, r: swatch / 2, fill: color },
      });
      x += w;
    }
    y += line;
  }
  const { title, note } = options;
  const noteY = y + fs;
  if (note) y += Math.round(fs * 1.8);
  return {
    width,
    height: Math.round(y + MARGIN),
    background: p.background,
    font: p.font,
    fontSize: fs,
    title,
    description: options.description,
    heading: title
      ? {
          text: truncateText(title, width - 2 * MARGIN, titleFs),
          x: MARGIN,
          y: MARGIN + titleFs / 2,
          fontSize: titleFs,
          fill: p.text,
        }
      : undefined,
    chart: { top, width: view.width, height: view.height },
    ties: { stroke: p.muted, opacity: 0.5, marks: ties },
    nodes,
    labels: { fill: p.text, halo: p.background, haloWidth: 3, marks: labels },
    legend: { fill: p.text, entries },
    note: note
      ? {
          text: truncateText(note, width - 2 * MARGIN, fs * 0.92),
          x: MARGIN,
          y: noteY,
          fontSize: round2(fs * 0.92),
          fill: p.muted,
        }
      : undefined,
  };
}

/** Half the side of an item square of radius `r`: the square inside the circle, so items never reach past their collision radius. */
function itemHalf(r: number): number {
  return round2(r * Math.SQRT1_2);
}
