import { readPlanJson } from '@remit/core/io';
import type { Plan, Read } from '@remit/core/model';
import { isUnreadable } from './to-plan.js';

/**
 * Reads a Plan JSON given as text (the inline one of a `<remit-data>`, a child `<script
 * type="application/json">`, or a fetched file in plain UTF-8) with core's JSON reader alone, so that the text and CSV readers stay out of a page
 * until a `src` needs them. Never throws; `value` is `undefined` when nothing could be read.
 */
export function readInlinePlan(text: string, source?: string): Read<Plan | undefined> {
  const read = readPlanJson(text, source === undefined ? {} : { source });
  return isUnreadable(read) ? { value: undefined, diagnostics: read.diagnostics } : read;
}
