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
   * the first `force` labels in `order` may cover other nodes (never another
   * label) when no free place is left, so the busiest units are always named.
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
 * Places labels next to their nodes so that no two labels overlap, no label
 * covers another node, and every label stays inside the drawing area. Labels
 * are placed greedily in priority order; each tries right, left, below, above
 * and the four diagonals, then the same a little further out, and a label that still collides everywhere is hidden
 * (its full name stays in the tooltip and the table alternative), except the
 * first `force` ones, which take their first place free of other labels.
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
  requests.forEach((q, i) => {
    // Nodes off screen (zoomed or panned away) cannot touch a label inside it.
    if (q.x + q.r < 0 || q.y + q.r < 0 || q.x - q.r > options.width || q.y - q.r > options.height) {
      return;
    }
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
    let fallback: [Omit<LabelPlacement, 'visible'>, Box] | undefined;
    for (const c of candidates(q, gap)) {
      const box = boxOf(c, q);
      if (!inside(box, options.width, options.height) || hitsLabel(grid, box)) continue;
      if (!hitsNode(circles, requests, box, i)) return place(i, c, box);
      fallback ??= [c, box];
    }
    if (fallback && rank < (options.force ?? 0)) place(i, ...fallback);
  });
  return placements;
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

function hitsNode(
  circles: Map<number, number[]>,
  requests: readonly LabelRequest[],
  b: Box,
  self: number,
): boolean {
  let hit = false;
  forCells(b, (key) => {
    if (hit) return;
    for (const j of circles.get(key) ?? []) {
      if (j === self) continue;
      const q = requests[j]!;
      const nx = Math.max(b.x0, Math.min(q.x, b.x1));
      const ny = Math.max(b.y0, Math.min(q.y, b.y1));
      if ((q.x - nx) ** 2 + (q.y - ny) ** 2 < q.r * q.r) {
        hit = true;
        return;
      }
    }
  });
  return hit;
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
