import type { PlanMeta } from '../plan.js';
import { isRecord } from './checker.js';
import type { Draft } from './draft.js';
import { foundArgs, preview, readText } from './read-scalars.js';

const META_KEYS = ['title', 'issuer', 'docNumber', 'date', 'source', 'encoding'] as const;

/** Reads a Plan JSON's `meta`: known text fields only. (A document's heading lines are read by `readDocumentMeta`.) */
export function readPlanMeta(draft: Draft, value: unknown): void {
  if (value === undefined) return;
  if (!isRecord(value)) {
    draft.ck.report(
      'warning',
      'plan/wrong-type',
      `expected an object, found ${preview(value)}; ignored it.`,
      'meta',
      { expected: 'object', ...foundArgs(value), outcome: 'ignored' },
    );
    return;
  }
  const fields = draft.ck.fields(value, 'meta', META_KEYS);
  const meta: PlanMeta = {};
  for (const key of META_KEYS) {
    const text = readText(draft.ck, fields.get(key), `meta.${key}`);
    if (text !== undefined) meta[key] = text;
  }
  draft.meta = meta;
}
