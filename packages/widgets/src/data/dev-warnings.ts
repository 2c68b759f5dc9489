import type { PropertyDeclaration } from 'lit';

/**
 * Warnings for development builds only: every call site tests
 * `process.env.NODE_ENV !== 'production'` first, so production builds (and the single-file
 * bundles) drop them with this module.
 */

/** What a plan looked like when an element took it: its arrays and their lengths. */
interface PlanShape {
  arrays: unknown[];
  counts: string;
}

const PARTS = ['sections', 'items', 'units', 'assignments'] as const;
const taken = new WeakMap<object, PlanShape>();

function shapeOf(plan: Record<string, unknown>): PlanShape {
  const arrays = PARTS.map((part) => plan[part]);
  const counts = arrays.map((a) => (Array.isArray(a) ? a.length : '-')).join('/');
  return { arrays, counts };
}

/** Remembers the shape of a plan object given as `data`, to notice later edits in place. */
export function rememberPlan(value: unknown): void {
  if (value && typeof value === 'object')
    taken.set(value, shapeOf(value as Record<string, unknown>));
}

/**
 * Warns, once per edit, when a plan given as `data` has changed in place since it was taken
 * (an array replaced, or items, units, assignments or sections added or removed): the elements
 * keep showing the plan as it was, since the object they hold is the same.
 */
export function warnIfPlanChanged(value: unknown, where = 'a Remit element'): void {
  if (!value || typeof value !== 'object') return;
  const before = taken.get(value);
  if (!before) return;
  const now = shapeOf(value as Record<string, unknown>);
  if (now.counts === before.counts && now.arrays.every((a, i) => a === before.arrays[i])) return;
  taken.set(value, now);
  console.warn(
    `${where}: the plan given as \`data\` was changed in place (sections/items/units/assignments ` +
      `${before.counts} → ${now.counts}); the elements still show it as it was. Give them a new ` +
      'object instead, e.g. el.data = { ...plan, items: [...plan.items, item] } (in React or ' +
      'Vue, put a new plan in state).',
  );
}

/**
 * Warns when the element carries a `data` attribute: a plan set as an attribute arrives as a
 * string (often "[object Object]") that the element ignores, and it waits for data forever.
 */
export function warnDataAttribute(el: Element): void {
  const text = el.getAttribute('data');
  if (text === null) return;
  console.warn(
    `<${el.localName}>: data="${text.slice(0, 40)}" is an attribute, which the element ignores; ` +
      'set the `data` property instead. In Vue write :data.prop="plan"; in React 19 and Vue, ' +
      "import '@remit/widgets/define' before the element is created so the property is set.",
  );
}

/**
 * Makes setting the same plan object again as `data` check it for edits in place (Lit's
 * `hasChanged` sees no change there). `options` is the `data` entry of an element's static
 * `properties`, changed before the element is defined.
 */
export function watchData(options: PropertyDeclaration | undefined): void {
  Object.assign(options ?? {}, {
    hasChanged(value: unknown, old: unknown): boolean {
      if (value === old) warnIfPlanChanged(value);
      return !Object.is(value, old);
    },
  });
}
