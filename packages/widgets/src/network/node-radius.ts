/**
 * Node radii whose areas are proportional to `sizes` (workload), scaled so the
 * biggest node suits a graph of this many nodes: about 22 px for 15 nodes,
 * 14 px for 200 and 11 px for 500. Nodes with nothing stay visible at a
 * minimum radius.
 */
export function nodeRadii(sizes: readonly number[]): Float64Array {
  const n = sizes.length;
  let max = 0;
  for (const s of sizes) if (Number.isFinite(s) && s > max) max = s;
  const rMax = Math.max(8, Math.min(22, 40 / Math.pow(Math.max(n, 1), 0.2)));
  const rMin = Math.max(3, rMax / 4.5);
  return Float64Array.from(sizes, (s) => {
    const share = max > 0 && Number.isFinite(s) && s > 0 ? Math.sqrt(s / max) : 0;
    return Math.max(rMin, rMax * share);
  });
}
