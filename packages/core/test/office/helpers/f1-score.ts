import type { Plan } from '../../../src/model/plan.js';
import type { GoldAnswer } from '../../parse/gold-answers.js';

/** True positives, false positives and false negatives of one measure. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Item, unit and role counts, as the corpus scorer (shared/tools/score-parse.mjs) counts them. */
export interface Score {
  item: Counts;
  unit: Counts;
  role: Counts;
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');
const key = (title: string) =>
  norm(title)
    .replace(/[\p{P}\p{S}]/gu, '')
    .slice(0, 10);

interface Found {
  title: string;
  units: { name: string; role: 'lead' | 'member' }[];
}

/**
 * The scorer's three sets: items by the first ten letters of their title
 * (punctuation and spaces ignored, repeats kept apart), (item, unit) pairs and
 * (item, unit, role) triples, a unit by its name as written.
 */
function sets(items: readonly Found[]): { item: string[]; unit: string[]; role: string[] } {
  const item: string[] = [];
  const unit: string[] = [];
  const role: string[] = [];
  const seen = new Map<string, number>();
  for (const it of items) {
    let k = key(it.title);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n > 1) k += `#${n}`;
    item.push(k);
    for (const u of it.units) {
      unit.push(`${k}|${norm(u.name)}`);
      role.push(`${k}|${norm(u.name)}|${u.role}`);
    }
  }
  return { item, unit, role };
}

function count(gold: readonly string[], found: readonly string[]): Counts {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let tp = 0;
  for (const f of found) {
    const n = left.get(f) ?? 0;
    if (n > 0) {
      tp++;
      left.set(f, n - 1);
    }
  }
  return { tp, fp: found.length - tp, fn: gold.length - tp };
}

/** A plan's items as the scorer sees them: inferred leads count as members. */
export function foundItems(plan: Plan): Found[] {
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  return plan.items.map((item) => ({
    title: item.title,
    units: plan.assignments
      .filter((a) => a.item === item.id)
      .map((a) => ({
        name: a.raw ?? names.get(a.unit) ?? a.unit,
        role: a.role === 'lead' && !a.inferred ? 'lead' : 'member',
      })),
  }));
}

/** How a plan scores against a gold answer. */
export function scorePlan(plan: Plan, gold: GoldAnswer): Score {
  const g = sets(gold.items);
  const o = sets(foundItems(plan));
  return { item: count(g.item, o.item), unit: count(g.unit, o.unit), role: count(g.role, o.role) };
}

/** Sums scores (of a format's documents). */
export function addScores(scores: readonly Score[]): Score {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const total: Score = { item: zero(), unit: zero(), role: zero() };
  for (const s of scores) {
    for (const m of ['item', 'unit', 'role'] as const) {
      total[m].tp += s[m].tp;
      total[m].fp += s[m].fp;
      total[m].fn += s[m].fn;
    }
  }
  return total;
}

/** F1: 2tp / (2tp + fp + fn); 0 when nothing matched. */
export function f1({ tp, fp, fn }: Counts): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}
