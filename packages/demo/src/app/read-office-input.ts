import { readOfficePlan } from '@remit/core/office';
import { officeFormatOf, type PlanFormat } from '@remit/core/io';
import { isUnreadable } from '@remit/widgets';
import {
  MAX_ASSIGNMENTS,
  tooMany,
  type PlanInput,
  type PlanInputOptions,
} from './read-plan-input.js';

/**
 * A Word, Excel, PDF or web-page file as the dashboard shows it, read with
 * core's office readers (`readOfficePlan`): loaded only when such a file
 * arrives (see `readPlanInputAsync`), each format's reader only with its
 * first file, and nothing sent anywhere. The reading's text (paragraphs and
 * table rows as lines) is kept as `readFrom`, to be read as text: reading it
 * again with other options gives the same items, and an item's line quotes
 * from it. A file that cannot be read (a password, a scan) gives no plan and
 * its one message, so the plan shown stays.
 */
export async function readOfficeInput(
  bytes: Uint8Array,
  options: PlanInputOptions,
): Promise<PlanInput> {
  const format = officeFormatOf(options.name);
  const read = await readOfficePlan(bytes, {
    source: options.name,
    ...(format ? { format } : {}),
    ...(options.inferLead ? { inferLead: options.inferLead } : {}),
    pdf: { loadCMap: (file) => import('./pdf-cmaps.js').then((m) => m.loadCMap(file)) },
  });
  const shownFormat: PlanFormat = format ?? 'txt';
  const base = { origin: options.origin, name: options.name, format: shownFormat, lines: [] };
  const plan = read.value;
  if (isUnreadable(read)) return { ...base, plan: undefined, diagnostics: read.diagnostics };
  if (plan.items.length === 0 && plan.units.length === 0) {
    return {
      ...base,
      plan: undefined,
      diagnostics: [
        ...read.diagnostics,
        {
          code: 'demo/empty',
          severity: 'error',
          message: `readOfficeInput: ${options.name} holds no items and no units; nothing to show.`,
          source: options.name,
        },
      ],
    };
  }
  if (plan.assignments.length > MAX_ASSIGNMENTS) {
    return {
      ...base,
      plan: undefined,
      diagnostics: [tooMany(plan.assignments.length, options.name)],
    };
  }
  return {
    ...base,
    plan,
    diagnostics: read.diagnostics,
    ...(read.readings ? { readings: read.readings } : {}),
    ...(read.text !== undefined
      ? { readFrom: read.text, options: { ...options, format: 'txt' as const } }
      : {}),
  };
}
