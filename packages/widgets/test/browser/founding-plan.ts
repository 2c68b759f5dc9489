import type { Plan } from '@remit/core/model';
import founding from '../../../core/data/xuhui-2020-fazhi.json';

/** The founding plan (徐府发〔2020〕13号): 17 items, 15 units, 45 assignments. */
export const FOUNDING_PLAN = founding as Plan;

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

/** The founding plan with a written lead and an inferred one: every role drawn. */
export const LED_PLAN: Plan = {
  ...FOUNDING_PLAN,
  assignments: FOUNDING_PLAN.assignments.map((a, k) =>
    k === 0
      ? { ...a, role: 'lead' as const }
      : k === 1
        ? { ...a, role: 'lead' as const, inferred: true }
        : a,
  ),
};
