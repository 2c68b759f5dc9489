import type { Diagnostic } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import type { ItemReading } from './build/item-reading.js';

export interface ParseOptions {
  /**
   * `first`: when an item marks no lead, its first unit leads, marked
   * `inferred: true` (a common convention in Shanghai documents). `none`
   * (default): only written leads lead.
   */
  inferLead?: 'first' | 'none';
  /** where the text came from (file name or URL): copied into `meta.source` and diagnostics */
  source?: string;
  /** an item with more units than this is reported as a likely parse slip (default 100) */
  manyUnitsWarning?: number;
  /**
   * Whether to judge how sure the reader is of each item (default true). A caller
   * that uses only the plan passes false: `readings` is then empty, and the
   * reading of a large document holds that much less.
   */
  readings?: boolean;
}

export interface ParseResult {
  plan: Plan;
  diagnostics: Diagnostic[];
  /**
   * How sure the reader is of each item, in the plan's order: list the items
   * with the lowest `confidence` first when asking a person to check a reading.
   */
  readings: ItemReading[];
  /** the encoding the bytes were read in, when `parse` was given bytes */
  encoding?: string;
}

export interface ResolvedParseOptions {
  inferLead: 'first' | 'none';
  source?: string;
  manyUnitsWarning: number;
  readings: boolean;
}

export const DEFAULT_MANY_UNITS = 100;

/** Checks options once; unknown values fall back to the defaults. */
export function resolveParseOptions(options: ParseOptions = {}): ResolvedParseOptions {
  const many = options.manyUnitsWarning;
  return {
    inferLead: options.inferLead === 'first' ? 'first' : 'none',
    ...(typeof options.source === 'string' ? { source: options.source } : {}),
    manyUnitsWarning: typeof many === 'number' && many > 0 ? many : DEFAULT_MANY_UNITS,
    readings: options.readings !== false,
  };
}
