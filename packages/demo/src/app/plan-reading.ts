import type { Diagnostic, Plan } from '@remit/core/model';
import { applyDirectory, expandGroups, type Directory } from '@remit/core/units';

/**
 * How the analyst asked the plan to be read, beyond what the file says: a
 * unit directory (its aliases merged, its groups' members known), and groups
 * expanded into their members. (Leads inferred from the first-listed unit
 * are a choice of the reader itself: the input is read again with it.)
 */
export interface ReadingChoices {
  /** the unit directory opened beside the plan, with its file name */
  directory?: { name: string; value: Directory };
  /** each group whose members are known (`各街镇`) counted as its members */
  expandGroups: boolean;
}

export const AS_WRITTEN: ReadingChoices = { expandGroups: false };

/** The plan as the choices read it, and what the directory and the expansion said. */
export interface PlanReading {
  plan: Plan;
  diagnostics: Diagnostic[];
}

const readings = new WeakMap<Plan, { choices: ReadingChoices; reading: PlanReading }>();

/**
 * The plan read with the choices: core's `applyDirectory` (aliases become one
 * unit, groups get their members), then `expandGroups` (every assignment to a
 * group becomes one per member, each keeping the group's name in `raw` and
 * its id in `group`, so a member's items say they came through it). With no
 * choice the plan itself. Kept per plan and choices.
 */
export function planReading(plan: Plan, choices: ReadingChoices): PlanReading {
  if (!choices.directory && !choices.expandGroups) return { plan, diagnostics: [] };
  const known = readings.get(plan);
  if (
    known &&
    known.choices.directory === choices.directory &&
    known.choices.expandGroups === choices.expandGroups
  )
    return known.reading;
  const diagnostics: Diagnostic[] = [];
  let read = plan;
  if (choices.directory) {
    const applied = applyDirectory(read, choices.directory.value);
    read = applied.value;
    for (const d of applied.diagnostics) diagnostics.push(d);
  }
  if (choices.expandGroups) {
    const expanded = expandGroups(read);
    read = expanded.value;
    for (const d of expanded.diagnostics) diagnostics.push(d);
  }
  const reading = { plan: read, diagnostics };
  readings.set(plan, { choices, reading });
  return reading;
}

/**
 * True when the choices read the plan other than as written (a directory, groups
 * expanded). Corrections still go to the plan as written (the reading applies
 * again after each); the page says so, and a unit only the reading made is not
 * offered for correction.
 */
export function readsOtherwise(choices: ReadingChoices): boolean {
  return choices.directory !== undefined || choices.expandGroups;
}

/** True when a JSON text is a unit directory (`"remit-directory": 1`) rather than a plan. */
export function isDirectoryText(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^\s*\{/u.test(head) && /"remit-directory"\s*:/u.test(head);
}
