/**
 * Renumbers communities by size, largest first (equal sizes: the one holding
 * the earliest node first), so colour 0 always goes to the largest community
 * whatever numbers community detection chose. Negative numbers (no community)
 * stay -1.
 */
export function rankCommunities(raw: readonly number[]): number[] {
  const members = new Map<number, number[]>();
  raw.forEach((c, i) => {
    if (!(c >= 0)) return;
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  const order = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const out = raw.map(() => -1);
  order.forEach((list, c) => list.forEach((i) => (out[i] = c)));
  return out;
}
