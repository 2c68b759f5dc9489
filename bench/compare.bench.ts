/**
 * Time of `comparePlans` on synthetic plan pairs of 1,000 and 5,000 items a
 * side: `npx tsx bench/compare.bench.ts` (`--sizes 1000,5000,10000` for others).
 *
 * Each "before" item is a text of 12 to 40 two-character words drawn from a
 * vocabulary of 600 words made from the founding plan's characters, so the
 * plans share many grams the way real plans do. The "after" plan keeps 70% of
 * the items as they are, rewords 20% (a fifth of their words replaced), drops
 * 10% and adds as many new items. Both sides have 300 units, about 4 an item.
 * Same seed, same texts: every size does the same kind of work.
 *
 * Printed: the best and the median of five runs after one warm-up, the
 * matches found, and the growth from the first size to the last against the
 * growth of the input (linear growth has a ratio near the size ratio; all
 * pairs would grow with its square).
 */
import { readFileSync } from 'node:fs';
import { comparePlans } from '../packages/core/src/compare/compare-plans.js';
import { seededRandom } from '../packages/core/src/metrics/seeded-random.js';
import type { Item, Plan } from '../packages/core/src/model/plan.js';
import { syntheticPlan } from './synthetic-plan.js';

const arg = process.argv.indexOf('--sizes');
const sizes = arg > 0 ? process.argv[arg + 1]!.split(',').map(Number) : [1000, 5000];

const source = readFileSync(
  new URL('../packages/core/data/xuhui-2020-fazhi.txt', import.meta.url),
  'utf8',
);
const chars = [...new Set(source.replace(/[^\u4e00-\u9fff]/gu, ''))];

function pairOfPlans(n: number): [Plan, Plan] {
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const vocabulary = Array.from({ length: 600 }, () => pick(chars) + pick(chars));
  const sentence = (words: number) =>
    Array.from({ length: words }, () => pick(vocabulary)).join('');
  const base = syntheticPlan({ items: n, units: 300, unitsPerItem: 4, seed: 3 });
  const items: Item[] = base.items.map((item) => ({
    ...item,
    title: sentence(4 + Math.floor(random() * 4)),
    text: sentence(12 + Math.floor(random() * 28)),
  }));
  const before: Plan = { ...base, items };
  const afterItems: Item[] = [];
  const kept = new Set<string>();
  for (const item of items) {
    const r = random();
    if (r < 0.1) continue;
    kept.add(item.id);
    if (r < 0.3) {
      const words = item.text!.match(/../gu)!;
      for (let k = 0; k < words.length / 5; k++)
        words[Math.floor(random() * words.length)] = pick(vocabulary);
      afterItems.push({ ...item, text: words.join('') });
    } else afterItems.push(item);
  }
  const extra = n - afterItems.length;
  for (let k = 0; k < extra; k++)
    afterItems.push({ id: `new${k}`, title: sentence(5), text: sentence(20) });
  const newIds = afterItems.filter((i) => i.id.startsWith('new')).map((i) => i.id);
  const assignments = [
    ...base.assignments.filter((a) => kept.has(a.item)),
    ...newIds.map((id, k) => ({
      item: id,
      unit: base.units[k % base.units.length]!.id,
      role: 'member' as const,
    })),
  ];
  return [before, { ...base, items: afterItems, assignments }];
}

const rows: { n: number; best: number }[] = [];
comparePlans(...pairOfPlans(200));
for (const n of sizes) {
  const [before, after] = pairOfPlans(n);
  const times: number[] = [];
  let summary = '';
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const c = comparePlans(before, after);
    times.push(performance.now() - start);
    const s = c.summary.items;
    summary = `${s.same} same · ${s.reworded} reworded · ${s.split} split · ${s.merged} merged · ${s.new} new · ${s.dropped} dropped`;
  }
  times.sort((a, b) => a - b);
  rows.push({ n, best: times[0]! });
  console.log(
    `${n.toLocaleString('en')} items a side: best ${times[0]!.toFixed(0)} ms, median ${times[2]!.toFixed(0)} ms (${summary})`,
  );
}
if (rows.length > 1) {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  console.log(
    `growth: ${(last.best / first.best).toFixed(1)}× the time for ${(last.n / first.n).toFixed(0)}× the items (all pairs would be ${((last.n / first.n) ** 2).toFixed(0)}×)`,
  );
}
