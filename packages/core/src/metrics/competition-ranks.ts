/**
 * Competition ranks of values, largest first: rank(x) = 1 + |{y : y > x}|, so
 * ties share a rank and the next rank skips (9, 9, 3 → 1, 1, 3).
 */
export function competitionRanks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  const first = new Map<number, number>();
  sorted.forEach((v, k) => {
    if (!first.has(v)) first.set(v, k + 1);
  });
  return values.map((v) => first.get(v)!);
}
