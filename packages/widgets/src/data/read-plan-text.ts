import { readPlan, type PlanFormat } from '@remit/core/io';
import type { Plan, Read } from '@remit/core/model';
import { isUnreadable } from './to-plan.js';

/**
 * Reads a plan from text or bytes in the given format with core's `readPlan`
 * (bytes decoded with encoding detection; JSON validated; CSV and text
 * documents parsed). Never throws; `value` is `undefined` when nothing could
 * be read (see `isUnreadable`), and the diagnostics say why.
 */
export function readPlanText(
  input: string | Uint8Array,
  format: PlanFormat,
  source?: string,
): Read<Plan | undefined> {
  const read = readPlan(input, source === undefined ? { format } : { format, source });
  return isUnreadable(read) ? { value: undefined, diagnostics: read.diagnostics } : read;
}
