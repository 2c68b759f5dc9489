import type { Assignment, Item, Plan, Unit } from '@remit/core/model';
import { lcgRandom } from './lcg-random.js';

export interface SyntheticPlanOptions {
  items: number;
  units: number;
  /** share of units on an average item, 0 … 1. Default 0.15. */
  fill?: number;
  seed?: number;
}

const PLACES = [
  '徐家汇',
  '天平路',
  '湖南路',
  '枫林路',
  '斜土路',
  '长桥',
  '田林',
  '虹梅路',
  '康健新村',
  '凌云路',
  '龙华',
  '漕河泾',
  '华泾',
  '滨江',
  '南站',
  '龙华滨江',
  '长宁',
  '静安',
  '浦东',
  '闵行',
  '宝山',
  '嘉定',
  '松江',
  '青浦',
  '奉贤',
];
const OFFICES = [
  '发展和改革委员会',
  '财政局',
  '教育局',
  '卫生健康委员会',
  '民政局',
  '司法局',
  '公安分局',
  '住房保障和房屋管理局',
  '规划和自然资源局',
  '生态环境局',
  '建设和管理委员会',
  '商务委员会',
  '文化和旅游局',
  '应急管理局',
  '市场监督管理局',
  '统计局',
  '医疗保障局',
  '退役军人事务局',
  '体育局',
  '科学技术委员会',
  '人力资源和社会保障局',
  '审计局',
  '信访办',
  '城市管理行政执法局',
  '绿化和市容管理局',
  '数据局',
  '街道办事处',
  '镇人民政府',
  '税务局',
  '团委',
];

/**
 * A seeded synthetic plan shaped like real ones: a few units carry most items
 * (unit popularity falls off as a power law), every item has one lead and
 * about `fill × units` members, and in large plans almost every pair of units
 * shares an item. Unit names are realistic Chinese office names, unique.
 * Used by scenarios, screenshots and benchmarks; the same options give the
 * same plan.
 *
 * Core's tests and the benchmarks of core build theirs with
 * `bench/synthetic-plan.ts` (Zipf-popular units, groups, sections, inferred
 * leads, numbered names), which the widgets' source cannot import. This one
 * stays apart for the pictures: realistic names give the labels real widths,
 * `fill` sets how dense the network is, and the committed snapshots of the
 * scenarios are drawn from its plans.
 */
export function syntheticPlan(options: SyntheticPlanOptions): Plan {
  const random = lcgRandom(options.seed ?? 1);
  const nItems = Math.max(0, Math.floor(options.items));
  const nUnits = Math.max(0, Math.floor(options.units));
  const fill = Math.min(1, Math.max(0, options.fill ?? 0.15));
  const units: Unit[] = [];
  for (let u = 0; u < nUnits; u++) {
    const office = OFFICES[u % OFFICES.length]!;
    const place = PLACES[Math.floor(u / OFFICES.length) % PLACES.length]!;
    const round = Math.floor(u / (OFFICES.length * PLACES.length));
    const name = u < OFFICES.length ? `区${office}` : `${place}${office}${round ? round + 1 : ''}`;
    units.push({ id: `u${u + 1}`, name });
  }
  const weight = units.map((_, u) => 1 / Math.pow(u + 1, 0.6));
  const items: Item[] = [];
  const assignments: Assignment[] = [];
  for (let i = 0; i < nItems; i++) {
    const id = `i${i + 1}`;
    items.push({ id, title: `第${i + 1}项任务：推进${OFFICES[i % OFFICES.length]!}相关工作` });
    if (nUnits === 0) continue;
    const mean = Math.max(1, fill * nUnits);
    const count = Math.min(nUnits, Math.max(1, Math.round(mean * (0.5 + random()))));
    // Weighted sampling without replacement (Efraimidis–Spirakis keys).
    const keys = weight.map((w, u) => ({ u, key: Math.log(random() || 1e-12) / w }));
    keys.sort((a, b) => b.key - a.key || a.u - b.u);
    keys.slice(0, count).forEach((k, j) => {
      assignments.push({ item: id, unit: units[k.u]!.id, role: j === 0 ? 'lead' : 'member' });
    });
  }
  return {
    remit: 1,
    meta: { title: `Synthetic plan: ${nItems} items, ${nUnits} units` },
    items,
    units,
    assignments,
  };
}
