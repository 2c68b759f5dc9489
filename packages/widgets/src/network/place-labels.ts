/** A node whose label wants a place, in screen pixels. */
export interface LabelRequest {
  /** node centre */
  x: number;
  y: number;
  /** node radius */
  r: number;
  /** label box size */
  width: number;
  height: number;
}

/** Where a label goes: `x`, `y` is the text anchor point, vertically centred. */
export interface LabelPlacement {
  visible: boolean;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface PlaceLabelsOptions {
  /** the drawing area; labels stay inside it */
  width: number;
  height: number;
  /** gap between a node and its label. Default 3. */
  gap?: number;
  /** labels are placed in this order, most important first; default: input order */
  order?: readonly number[];
  /**
   * how much nearer a label must be to its own node than to any other node, in
   * pixels (edge to box). Default: a third of the label's height.
   */
  margin?: number;
  /**
   * the first `force` labels in `order` may do without the margin when no place
   * with it is left, so the busiest units are always named. They are still
   * nearer their own node than any other, and never cover a node or a label.
   * Default 0.
   */
  force?: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const CELL = 48;

/**
 * Places labels next to their nodes so that a label cannot be read as another
 * node's: every placed label is nearer its own node than any other node (by
 * `margin`, measured from the node's edge to the label's box), no two labels
 * overlap, no label covers a node, and every label stays inside the drawing
 * area. Labels are placed greedily in priority order; each tries right, left,
 * below, above and the four diagonals, then the same a little further out. A
 * label with no such place is hidden (its full name stays in the tooltip, the
 * aria-label and the table alternative); the first `force` ones may take a
 * place nearer their own node without the margin.
 *
 * Pure and deterministic: the same requests give the same placements.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: PlaceLabelsOptions,
): LabelPlacement[] {
  const gap = options.gap ?? 3;
  const grid = new Map<number, Box[]>();
  const circles = new Map<number, number[]>();
  let maxRadius = 0;
  requests.forEach((q, i) => {
    // Nodes off screen (zoomed or panned away) cannot touch a label inside it.
    if (q.x + q.r < 0 || q.y + q.r < 0 || q.x - q.r > options.width || q.y - q.r > options.height) {
      return;
    }
    maxRadius = Math.max(maxRadius, q.r);
    forCells({ x0: q.x - q.r, y0: q.y - q.r, x1: q.x + q.r, y1: q.y + q.r }, (key) => {
      const list = circles.get(key);
      if (list) list.push(i);
      else circles.set(key, [i]);
    });
  });
  const placements: LabelPlacement[] = requests.map(() => ({
    visible: false,
    x: 0,
    y: 0,
    anchor: 'start',
  }));
  const order = options.order ?? requests.map((_, i) => i);
  const visits = { mark: new Uint32Array(requests.length), round: 0 };
  const place = (i: number, c: Omit<LabelPlacement, 'visible'>, box: Box): void => {
    placements[i] = { visible: true, ...c };
    forCells(box, (key) => {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    });
  };
  order.forEach((i, rank) => {
    const q = requests[i];
    if (!q || !(q.width > 0)) return;
    const margin = options.margin ?? q.height / 3;
    let fallback: [Omit<LabelPlacement, 'visible'>, Box] | undefined;
    for (const c of candidates(q, gap)) {
      const box = boxOf(c, q);
      if (!inside(box, options.width, options.height) || hitsLabel(grid, box)) continue;
      const own = edgeDistance(box, q);
      const other = nearestOther(
        circles,
        requests,
        box,
        i,
        own + margin + maxRadius,
        Math.min(own, own + margin),
        visits,
      );
      if (own + margin < other) return place(i, c, box);
      if (own < other && other > 0) fallback ??= [c, box];
    }
    if (fallback && rank < (options.force ?? 0)) place(i, ...fallback);
  });
  return placements;
}

/** Distance from a node's edge to a box: negative when the box covers part of the node. */
function edgeDistance(b: Box, q: LabelRequest): number {
  const dx = Math.max(b.x0 - q.x, 0, q.x - b.x1);
  const dy = Math.max(b.y0 - q.y, 0, q.y - b.y1);
  return Math.hypot(dx, dy) - q.r;
}

function candidates(q: LabelRequest, gap: number): Omit<LabelPlacement, 'visible'>[] {
  const out: Omit<LabelPlacement, 'visible'>[] = [];
  // Two rings: next to the node, then one label height further out.
  for (const extra of [0, q.height * 0.9]) {
    const d = q.r + gap + extra;
    const dy = d + q.height / 2;
    const diag = d * Math.SQRT1_2;
    out.push(
      { x: q.x + d, y: q.y, anchor: 'start' },
      { x: q.x - d, y: q.y, anchor: 'end' },
      { x: q.x, y: q.y + dy, anchor: 'middle' },
      { x: q.x, y: q.y - dy, anchor: 'middle' },
      { x: q.x + diag, y: q.y + diag + q.height / 2, anchor: 'start' },
      { x: q.x + diag, y: q.y - diag - q.height / 2, anchor: 'start' },
      { x: q.x - diag, y: q.y + diag + q.height / 2, anchor: 'end' },
      { x: q.x - diag, y: q.y - diag - q.height / 2, anchor: 'end' },
    );
  }
  return out;
}

function boxOf(c: Omit<LabelPlacement, 'visible'>, q: LabelRequest): Box {
  const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - q.width : c.x - q.width / 2;
  return { x0, y0: c.y - q.height / 2, x1: x0 + q.width, y1: c.y + q.height / 2 };
}

function inside(b: Box, width: number, height: number): boolean {
  return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;
}

function hitsLabel(grid: Map<number, Box[]>, b: Box): boolean {
  let hit = false;
  forCells(b, (key) => {
    if (hit) return;
    for (const o of grid.get(key) ?? []) {
      if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) {
        hit = true;
        return;
      }
    }
  });
  return hit;
}

/**
 * The smallest edge distance from the box to a node other than `self` whose
 * centre lies within `reach` of the box; Infinity when there is none. Stops
 * early with any distance at or below `enough` (the label is refused then
 * whatever the nearest node is).
 */
function nearestOther(
  circles: Map<number, number[]>,
  requests: readonly LabelRequest[],
  b: Box,
  self: number,
  reach: number,
  enough: number,
  visits: { mark: Uint32Array; round: number },
): number {
  let nearest = Infinity;
  // Nodes spanning several cells are met once per cell; a round number marks the ones seen.
  const round = ++visits.round;
  forCells({ x0: b.x0 - reach, y0: b.y0 - reach, x1: b.x1 + reach, y1: b.y1 + reach }, (key) => {
    if (nearest <= enough) return;
    for (const j of circles.get(key) ?? []) {
      if (j === self || visits.mark[j] === round) continue;
      visits.mark[j] = round;
      nearest = Math.min(nearest, edgeDistance(b, requests[j]!));
      if (nearest <= enough) return;
    }
  });
  return nearest;
}

/** Calls `fn` with the key of every grid cell the box touches. */
function forCells(b: Box, fn: (key: number) => void): void {
  const cx0 = Math.floor(b.x0 / CELL);
  const cx1 = Math.floor(b.x1 / CELL);
  const cy0 = Math.floor(b.y0 / CELL);
  const cy1 = Math.floor(b.y1 / CELL);
  for (let cx = cx0; cx <= cx1; cx++) {
    for (let cy = cy0; cy <= cy1; cy++) fn((cx + 32768) * 65536 + (cy + 32768));
  }
}
