/** The arrow keys that move focus between nodes. */
export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const DIRECTION: Readonly<Record<ArrowKey, readonly [number, number]>> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * The node an arrow key moves focus to, spatially: the nearest node in the
 * key's direction, where sideways distance counts double so focus moves along
 * the direction rather than jumping across. `undefined` when no node lies that
 * way. Ties go to the earlier node, so the result is deterministic.
 */
export function nextNode(
  nodes: readonly { x: number; y: number }[],
  from: number,
  key: ArrowKey,
): number | undefined {
  const origin = nodes[from];
  if (!origin) return undefined;
  const [ux, uy] = DIRECTION[key];
  let best: number | undefined;
  let bestScore = Infinity;
  nodes.forEach((n, j) => {
    if (j === from) return;
    const dx = n.x - origin.x;
    const dy = n.y - origin.y;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (along <= 0 && !(along === 0 && across === 0 && j > from)) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      best = j;
      bestScore = score;
    }
  });
  return best;
}
