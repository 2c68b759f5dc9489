import { readPlanJson } from '@remit/core/io';
import type { Plan, Read } from '@remit/core/model';
import { isUnreadable } from './to-plan.js';

/**
 * Reads the inline Plan JSON of a `<remit-data>` (a child `<script type="application/json">`,
 * as text) with core's JSON reader alone, so that the text and CSV readers stay out of a page
 * until a `src` needs them. Never throws; `value` is `undefined` when nothing could be read.
 */
export function readInlinePlan(text: string): Read<Plan | undefined> {
  const read = readPlanJson(text);
  return isUnreadable(read) ? { value: undefined, diagnostics: read.diagnostics } : read;
}
