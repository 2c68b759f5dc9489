import { combinePlans } from '@remit/core/compare';
import type { Diagnostic } from '@remit/core/model';
import { MAX_ASSIGNMENTS, tooMany, type PlanInput } from './read-plan-input.js';

/**
 * Several files read at once, as one plan (core's `combinePlans`): every item
 * of every readable file, units of one name as one unit, each file a
 * top-level section named after it, so that views grouped by top-level
 * section (`group="part"`, `breakdown="part"`) show the plans side by side.
 * The files that could not be read are left out and named in a warning with
 * the reader's own notes; when none can be read there is no plan, and the
 * plan shown stays. `parts` lists the files combined, in order.
 */
export function combineInputs(inputs: readonly PlanInput[]): PlanInput {
  const name = inputs.map((i) => i.name).join(' + ');
  const readable = inputs.filter((i) => i.plan);
  const diagnostics: Diagnostic[] = inputs.flatMap((i) => i.diagnostics);
  const base = { origin: 'file' as const, name, format: 'json' as const, lines: [] };
  for (const i of inputs.filter((x) => !x.plan)) {
    diagnostics.push({
      code: 'demo/not-combined',
      severity: 'warning',
      message: `${i.name} could not be read; the other files are shown without it.`,
      source: i.name,
      args: { file: i.name },
    });
  }
  if (readable.length === 0) return { ...base, plan: undefined, diagnostics };
  const combined = combinePlans(readable.map((i) => ({ plan: i.plan!, name: i.name })));
  for (const d of combined.diagnostics) diagnostics.push(d);
  const plan = combined.plan;
  if (plan.assignments.length > MAX_ASSIGNMENTS) {
    diagnostics.push(tooMany(plan.assignments.length, name));
    return { ...base, plan: undefined, diagnostics };
  }
  plan.meta = { title: name };
  return { ...base, plan, diagnostics, parts: readable.map((i) => i.name) };
}
