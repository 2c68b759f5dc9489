import {
  correctPlan,
  dismissedAliases,
  pairKey,
  type CorrectionRequest,
  type Diagnostic,
  type Plan,
} from '@remit/core/model';
import { findLikelyAliases, type LikelyAlias } from '@remit/core/units';

/**
 * The analyst's corrections as a history: the plan before each one (`past`,
 * the last is the one before the plan shown) and the plans undone (`future`,
 * the last is the next redo). Plans are never changed in place, so a step
 * back is the earlier object itself.
 */
export interface EditHistory {
  readonly past: readonly Plan[];
  readonly future: readonly Plan[];
}

export const NO_EDITS: EditHistory = { past: [], future: [] };

/**
 * One correction applied to the plan shown (core's `correctPlan`): the
 * corrected plan and the history with the plan before it, or, when the
 * correction cannot apply, the plan unchanged and the reason.
 */
export function edit(
  plan: Plan,
  history: EditHistory,
  request: CorrectionRequest,
  at?: Date,
): { plan: Plan; history: EditHistory; refused?: Diagnostic } {
  const { value, diagnostics } = correctPlan(plan, request, at);
  if (value === plan) {
    const refused = diagnostics[0];
    return refused ? { plan, history, refused } : { plan, history };
  }
  return { plan: value, history: { past: [...history.past, plan], future: [] } };
}

/** The plan before the last correction, or `undefined` when there is none to undo. */
export function undo(
  plan: Plan,
  history: EditHistory,
): { plan: Plan; history: EditHistory } | undefined {
  const before = history.past.at(-1);
  if (!before) return undefined;
  return {
    plan: before,
    history: { past: history.past.slice(0, -1), future: [...history.future, plan] },
  };
}

/** The plan of the last correction undone, or `undefined` when there is none to redo. */
export function redo(
  plan: Plan,
  history: EditHistory,
): { plan: Plan; history: EditHistory } | undefined {
  const next = history.future.at(-1);
  if (!next) return undefined;
  return {
    plan: next,
    history: { past: [...history.past, plan], future: history.future.slice(0, -1) },
  };
}

/** Names that probably name one unit (core's `findLikelyAliases`), less those a person judged apart. */
export function aliasSuggestions(plan: Plan): LikelyAlias[] {
  const dismissed = dismissedAliases(plan);
  return findLikelyAliases(plan.units).filter((p) => !dismissed.has(pairKey(p.a, p.b)));
}
