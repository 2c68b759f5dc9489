import type { Assignment, Item, Plan, Section, Unit } from '../packages/core/src/model/plan.js';
import { seededRandom } from '../packages/core/src/metrics/seeded-random.js';

export interface SyntheticPlanOptions {
  items: number;
  units: number;
  /** mean number of distinct units per item (at least 1) */
  unitsPerItem: number;
  seed: number;
  /** number of sections, items split into consecutive runs of equal length (default 0: none) */
  sections?: number;
}

/**
 * A synthetic plan shaped like real ones, deterministic from the seed: a few
 * units carry much (unit popularity falls off like 1/rank, Zipf), item sizes
 * vary around `unitsPerItem` (1 … 2·unitsPerItem − 1, uniform), about half the
 * items name their first unit as a written lead and a tenth an inferred one.
 * Unit names are `单位1`, `单位2` …; every 50th unit is a group (`各单位7`).
 *
 * The one generator of core's tests and of the benchmarks (the dashboard's
 * CSV included); the widgets' scenarios draw theirs with
 * `packages/widgets/src/network/synthetic-plan.ts`, which says why.
 *
 * @example syntheticPlan({ items: 50_000, units: 2_000, unitsPerItem: 5, seed: 1 })
 */
export function syntheticPlan(options: SyntheticPlanOptions): Plan {
  const { items: nItems, units: nUnits, unitsPerItem, seed, sections: nSections = 0 } = options;
  if (!(Number.isInteger(nItems) && nItems >= 0 && Number.isInteger(nUnits) && nUnits >= 0)) {
    throw new RangeError('syntheticPlan: items and units must be integers ≥ 0');
  }
  if (!(unitsPerItem >= 1)) throw new RangeError('syntheticPlan: unitsPerItem must be ≥ 1');
  const random = seededRandom(seed);
  const units: Unit[] = Array.from({ length: nUnits }, (_, u) =>
    u % 50 === 49
      ? { id: `u${u + 1}`, name: `各单位${u + 1}`, kind: 'group' }
      : { id: `u${u + 1}`, name: `单位${u + 1}` },
  );
  // cumulative Zipf weights, for drawing units by popularity
  const cumulative = new Float64Array(nUnits);
  let total = 0;
  for (let u = 0; u < nUnits; u++) cumulative[u] = total += 1 / (u + 1);
  const draw = () => {
    const r = random() * total;
    let lo = 0;
    let hi = nUnits - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sections: Section[] = Array.from({ length: nSections }, (_, s) => ({
    id: `s${s + 1}`,
    title: `第${s + 1}部分`,
  }));
  const items: Item[] = [];
  const assignments: Assignment[] = [];
  const maxSize = Math.min(nUnits, 2 * Math.round(unitsPerItem) - 1);
  for (let i = 0; i < nItems; i++) {
    const item: Item = { id: `i${i + 1}`, title: `任务${i + 1}`, label: `${i + 1}.` };
    if (nSections > 0) item.section = `s${Math.floor((i * nSections) / nItems) + 1}`;
    items.push(item);
    const size = nUnits === 0 ? 0 : 1 + Math.floor(random() * maxSize);
    const chosen = new Set<number>();
    while (chosen.size < size) chosen.add(draw());
    const leadRoll = random();
    let first = true;
    for (const u of chosen) {
      const a: Assignment = { item: item.id, unit: units[u]!.id, role: 'member' };
      if (first && leadRoll < 0.5) a.role = 'lead';
      else if (first && leadRoll < 0.6) Object.assign(a, { role: 'lead', inferred: true });
      assignments.push(a);
      first = false;
    }
  }
  return { remit: 1, meta: { title: 'synthetic plan' }, sections, items, units, assignments };
}
