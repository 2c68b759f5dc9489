/** A straight line drawn on a page, horizontal or vertical, in page units (origin at the bottom left). */
export interface PdfRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Matrix = [number, number, number, number, number, number];

/** The operator ids of pdf.js (`OPS`) this reading needs. */
interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  endPath: number;
  stroke: number;
  closeStroke: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

// pdf.js's path codes (DrawOPS)
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;
// a rectangle this thin is a drawn line (Chrome and Word fill thin rectangles for borders)
const THIN = 3;

/**
 * The horizontal and vertical lines painted on a page, from its operator
 * list: stroked segments and the four sides of stroked rectangles, and
 * filled rectangles thin enough to be lines, each through the transform in
 * force (`cm`, `q`/`Q`, form XObjects). Curves and clipping paths are left
 * out. These are a table's rules, from which its grid is rebuilt.
 */
export function pageRules(
  list: { fnArray: number[]; argsArray: unknown[] },
  ops: Ops,
  origin: [number, number],
): PdfRule[] {
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, -origin[0], -origin[1]];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) {
        ctm = multiply(Array.from(args[0] as ArrayLike<number>) as Matrix, ctm);
      }
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const [paint, data] = args as [number, (ArrayLike<number> | null)[] | undefined];
      const path = data?.[0];
      if (paint === ops.endPath || !path || typeof path.length !== 'number') continue;
      addPathRules(path, ctm, isStroke(paint, ops), rules);
    }
  }
  return rules;
}

function isStroke(paint: number, ops: Ops): boolean {
  return (
    paint === ops.stroke ||
    paint === ops.closeStroke ||
    paint === ops.fillStroke ||
    paint === ops.eoFillStroke ||
    paint === ops.closeFillStroke ||
    paint === ops.closeEOFillStroke
  );
}

function addPathRules(
  path: ArrayLike<number>,
  ctm: Matrix,
  stroked: boolean,
  rules: PdfRule[],
): void {
  let points: [number, number][] = [];
  const flush = () => {
    if (points.length >= 2) subpathRules(points, stroked, rules);
    points = [];
  };
  let i = 0;
  while (i < path.length) {
    const code = path[i]!;
    if (code === MOVE) {
      flush();
      points.push(apply(ctm, path[i + 1]!, path[i + 2]!));
      i += 3;
    } else if (code === LINE) {
      points.push(apply(ctm, path[i + 1]!, path[i + 2]!));
      i += 3;
    } else if (code === CURVE) {
      // a curve is no rule: the subpath is dropped
      points = [];
      i += 7;
    } else if (code === QUADRATIC) {
      points = [];
      i += 5;
    } else if (code === CLOSE) {
      if (points.length > 0) points.push(points[0]!);
      i += 1;
    } else break;
  }
  flush();
}

function subpathRules(points: [number, number][], stroked: boolean, rules: PdfRule[]): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const w = maxX - minX;
  const h = maxY - minY;
  // only paths of horizontal and vertical segments make rules
  const square = points.every(
    ([x, y], k) => k === 0 || near(x, points[k - 1]![0]) || near(y, points[k - 1]![1]),
  );
  if (!square) return;
  if (h <= THIN && w > THIN)
    rules.push({ x0: minX, x1: maxX, y0: (minY + maxY) / 2, y1: (minY + maxY) / 2 });
  else if (w <= THIN && h > THIN)
    rules.push({ x0: (minX + maxX) / 2, x1: (minX + maxX) / 2, y0: minY, y1: maxY });
  else if (stroked && w > THIN && h > THIN) {
    for (let k = 1; k < points.length; k++) {
      const [ax, ay] = points[k - 1]!;
      const [bx, by] = points[k]!;
      if (near(ay, by)) rules.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: ay, y1: ay });
      else if (near(ax, bx))
        rules.push({ x0: ax, x1: ax, y0: Math.min(ay, by), y1: Math.max(ay, by) });
    }
  }
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.5;
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The matrix `m` then `n` (PDF's `cm`: the new matrix is m × CTM). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}
