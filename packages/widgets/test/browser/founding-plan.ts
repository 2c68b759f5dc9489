import type { Plan } from '@remit/core/model';
import founding from '../../../core/data/xuhui-2020-fazhi.json';

/** The founding plan (徐府发〔2020〕13号): 17 items, 15 units, 45 assignments. */
export const FOUNDING_PLAN = founding as Plan;

/**
 * A synthetic plan of `items` × `units` with about `density` of cells filled,
 * deterministic (a fixed linear congruential sequence), one lead per item.
 */
export function syntheticPlan(items: number, units: number, density = 0.15): Plan {
  let seed = 42;
  const random = (): number => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const plan: Plan = {
    sections: [1, 2, 3, 4].map((s) => ({ id: `s${s}`, title: `第${s}部分` })),
    items: Array.from({ length: items }, (_, i) => ({
      id: `i${i + 1}`,
      title: `任务${i + 1}`,
      section: `s${1 + Math.floor((i * 4) / Math.max(items, 1))}`,
    })),
    units: Array.from({ length: units }, (_, u) => ({ id: `u${u + 1}`, name: `单位${u + 1}` })),
    assignments: [],
  };
  for (let i = 0; i < items; i++) {
    let first = true;
    for (let u = 0; u < units; u++) {
      if (random() < density) {
        plan.assignments.push({
          item: `i${i + 1}`,
          unit: `u${u + 1}`,
          role: first ? 'lead' : 'member',
        });
        first = false;
      }
    }
  }
  return plan;
}

/** A plan whose every name, title and section is `text`. */
export function planWithText(text: string): Plan {
  return {
    meta: { title: text },
    sections: [{ id: 's1', title: text }],
    items: [
      { id: 'i1', title: text, section: 's1' },
      { id: 'i2', title: `${text} 2`, section: 's1' },
    ],
    units: [
      { id: 'u1', name: text },
      { id: 'u2', name: `${text} 2` },
    ],
    assignments: [
      { item: 'i1', unit: 'u1', role: 'lead' },
      { item: 'i1', unit: 'u2', role: 'member' },
      { item: 'i2', unit: 'u1', role: 'lead', inferred: true },
    ],
  };
}
