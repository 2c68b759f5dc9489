import { truncateText, textWidth } from '../shared/text-width.js';
import type { NetworkModel } from './network.model.js';
import type { NetworkPositions } from './network.layout.js';
import { placeLabels, type LabelPlacement } from './place-labels.js';
import { round2 } from '../shared/round2.js';

/** A zoom transform as d3-zoom gives it: screen = k × fitted + (x, y). */
export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY_ZOOM: ZoomState = { k: 1, x: 0, y: 0 };

/**
 * How layout units map to the drawing area before zooming: screen x = sx ×
 * layout x + dx, screen y = sy × layout y + dy. `sx` and `sy` are equal unless
 * the picture is stretched to fill its box (`FitOptions.stretch`).
 */
export interface Fit {
  sx: number;
  sy: number;
  dx: number;
  dy: number;
}

/** How a layout is fitted into its box. */
export interface FitOptions {
  /**
   * Fill the box: enlarge without the usual limit (`MAX_SCALE`) and stretch the
   * shorter way of the layout by up to `MAX_STRETCH` to meet the box's shape.
   * Node sizes do not grow with it. For slides, where the picture should use
   * the screen. Default false.
   */
  fill?: boolean;
}

export interface ViewNode {
  /** position in `model.nodes` */
  index: number;
  x: number;
  y: number;
  r: number;
  /** the name shortened to fit a label (full name in the tooltip) */
  label: string;
  place: LabelPlacement;
}

export interface ViewTie {
  /** position in `model.ties` */
  index: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

/** Everything the element and the SVG export draw, in pixels, rounded to 0.01. */
export interface NetworkView {
  width: number;
  height: number;
  fontSize: number;
  fit: Fit;
  nodes: ViewNode[];
  ties: ViewTie[];
}

export interface NetworkViewOptions {
  width: number;
  height: number;
  /** positions in `model.ties` to draw */
  shown: readonly number[];
  zoom?: ZoomState;
  /** label font size in px. Default 12. */
  fontSize?: number;
  /** node positions whose labels are placed before all others (selection, focus) */
  emphasis?: readonly number[];
  /** a fit computed earlier, kept while the user drags so the picture does not jump */
  fit?: Fit;
}

const PAD = 20;
/** A layout is not enlarged more than this (unless it fills its box), so a small network stays compact. */
const MAX_SCALE = 2.2;
/** A filling picture is stretched one way by at most this much. */
const MAX_STRETCH = 1.6;
/**
 * At this width or less (a phone, a portal's sidebar) the network is drawn in
 * its compact form: only the `COMPACT_LABELS` busiest units are named, the
 * rest keep their names in tooltips, aria-labels and the table.
 */
export const COMPACT_WIDTH = 360;
export const COMPACT_LABELS = 5;
/** Every node can be hit within this radius at least (24 px targets, WCAG 2.5.8). */
export const HIT_RADIUS = 12;

/**
 * Turns a laid-out network into screen geometry: fits the layout into the
 * drawing area (never enlarging more than 2.2×), applies the zoom (positions
 * scale with it, node sizes only gently, so zooming in spreads a crowd out),
 * sizes ties by items shared and places labels so they do not collide
 * (`placeLabels`; the busiest units' labels first). Pure.
 */
export function networkView(
  model: NetworkModel,
  positions: NetworkPositions,
  options: NetworkViewOptions,
): NetworkView {
  const width = Math.max(1, options.width);
  const height = Math.max(1, options.height);
  const fontSize = options.fontSize ?? 12;
  const zoom = options.zoom ?? IDENTITY_ZOOM;
  const fit = options.fit ?? fitNetwork(model, positions, width, height);
  const rScale =
    clamp(Math.min(fit.sx, fit.sy), 0.35, 1.2) * (zoom.k < 1 ? zoom.k : Math.sqrt(zoom.k));
  const maxLabel = clamp(width * 0.26, 4 * fontSize, 13 * fontSize);
  const nodes: ViewNode[] = model.nodes.map((d, i) => {
    const label = truncateText(d.name, maxLabel, fontSize);
    return {
      index: i,
      x: round2(zoom.k * (fit.sx * positions.x[i]! + fit.dx) + zoom.x),
      y: round2(zoom.k * (fit.sy * positions.y[i]! + fit.dy) + zoom.y),
      r: round2(Math.max(1.5, d.radius * rScale)),
      label,
      place: { visible: false, x: 0, y: 0, anchor: 'start' },
    };
  });
  const emphasis = (options.emphasis ?? []).filter((i) => i >= 0 && i < nodes.length);
  const ranked = [...new Set([...emphasis, ...model.priority])];
  const order = width <= COMPACT_WIDTH ? ranked.slice(0, COMPACT_LABELS) : ranked;
  const places = placeLabels(
    nodes.map((n) => ({
      x: n.x,
      y: n.y,
      r: n.r,
      width: textWidth(n.label, fontSize) + 2,
      height: fontSize * 1.3,
    })),
    { width, height, order, force: Math.min(12, 3 + Math.floor(nodes.length / 50)) },
  );
  nodes.forEach((n, i) => {
    const p = places[i]!;
    n.place = { visible: p.visible, x: round2(p.x), y: round2(p.y), anchor: p.anchor };
  });
  const { count, source, target, weight } = model.tieTable;
  const shown = options.shown.filter((k) => k >= 0 && k < count);
  let maxWeight = 0;
  for (const k of shown) maxWeight = Math.max(maxWeight, weight[k]!);
  const ties: ViewTie[] = [];
  for (const k of shown) {
    const a = nodes[source[k]!]!;
    const b = nodes[target[k]!]!;
    // the role of an item's unit is on the tie objects, which bipartite networks hold
    const width =
      model.mode === 'bipartite'
        ? model.ties[k]!.role === 'lead'
          ? 2.5
          : 1.25
        : 0.75 + 3.5 * Math.sqrt(weight[k]! / Math.max(maxWeight, 1));
    ties.push({ index: k, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: round2(width) });
  }
  return { width, height, fontSize, fit, nodes, ties };
}

/** The fit of a layout into a drawing area, with room around it for labels. */
export function fitNetwork(
  model: NetworkModel,
  positions: NetworkPositions,
  width: number,
  height: number,
  options: FitOptions = {},
): Fit {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  model.nodes.forEach((d, i) => {
    x0 = Math.min(x0, positions.x[i]! - d.radius);
    x1 = Math.max(x1, positions.x[i]! + d.radius);
    y0 = Math.min(y0, positions.y[i]! - d.radius);
    y1 = Math.max(y1, positions.y[i]! + d.radius);
  });
  if (!(x1 >= x0)) return { sx: 1, sy: 1, dx: width / 2, dy: height / 2 };
  const padX = Math.min(PAD + 40, width * 0.12);
  const padY = Math.min(PAD, height * 0.08);
  const byWidth = (width - 2 * padX) / Math.max(x1 - x0, 1);
  const byHeight = (height - 2 * padY) / Math.max(y1 - y0, 1);
  const s = Math.min(options.fill ? Infinity : MAX_SCALE, byWidth, byHeight);
  const safe = s > 0 ? s : 1;
  // filling: the way that has room left is stretched towards the box's shape
  const sx = options.fill ? Math.min(byWidth, safe * MAX_STRETCH) : safe;
  const sy = options.fill ? Math.min(byHeight, safe * MAX_STRETCH) : safe;
  return {
    sx,
    sy,
    dx: width / 2 - (sx * (x0 + x1)) / 2,
    dy: height / 2 - (sy * (y0 + y1)) / 2,
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
