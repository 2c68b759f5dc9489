import { readParquetPlans } from '@remit/core/columnar';
import { combineInputs } from './combine-inputs.js';
import {
  MAX_ASSIGNMENTS,
  tooMany,
  type PlanInput,
  type PlanInputOptions,
} from './read-plan-input.js';

/**
 * A batch's Parquet output as the dashboard shows it: the long table of one
 * plan (`remit convert --to parquet`) is that plan; a batch's `assignments`
 * table of several plans is their combined view (`combineInputs`: each plan a
 * top-level section, a unit's load across them one bar). Loaded only when a
 * Parquet file arrives (see `readPlanInputAsync`), so that the Parquet reader
 * is no part of the dashboard's first load.
 */
export async function readParquetInput(
  bytes: Uint8Array,
  options: PlanInputOptions,
): Promise<PlanInput> {
  const read = await readParquetPlans(bytes, { source: options.name });
  const base = { origin: options.origin, name: options.name, format: 'json' as const, lines: [] };
  if (read.value.length === 0) return { ...base, plan: undefined, diagnostics: read.diagnostics };
  if (read.value.length === 1) {
    const { plan } = read.value[0]!;
    if (plan.assignments.length > MAX_ASSIGNMENTS)
      return {
        ...base,
        plan: undefined,
        diagnostics: [tooMany(plan.assignments.length, options.name)],
      };
    return { ...base, plan, diagnostics: read.diagnostics };
  }
  const combined = combineInputs(
    read.value.map(({ name, plan }) => ({ ...base, name, plan, diagnostics: [] })),
  );
  return {
    ...combined,
    name: options.name,
    diagnostics: [...read.diagnostics, ...combined.diagnostics],
  };
}
