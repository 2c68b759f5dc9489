import type { Severity } from './diagnostic.js';
import { BATCH_CODES } from './codes/batch-codes.js';
import { BYTES_CODES } from './codes/bytes-codes.js';
import { COMPARE_CODES } from './codes/compare-codes.js';
import { CORRECT_CODES } from './codes/correct-codes.js';
import { CSV_CODES } from './codes/csv-codes.js';
import { DEMO_CODES } from './codes/demo-codes.js';
import { JSON_CODES } from './codes/json-codes.js';
import { OFFICE_CODES } from './codes/office-codes.js';
import { PARSE_CODES } from './codes/parse-codes.js';
import { PLAN_CODES } from './codes/plan-codes.js';
import { READ_CODES } from './codes/read-codes.js';
import { UNITS_CODES } from './codes/units-codes.js';

/**
 * Every diagnostic code Remit reports, with its severity, what it means, what
 * to do and its Chinese wording: one entry per code, grouped in a file per
 * family (`codes/*-codes.ts`). A new code is a new entry there; the type
 * checker then accepts it in `diagnostic(…)`, and docs/diagnostics.md is
 * written from it (`npx -y pnpm@10 --filter @remit/core docs:diagnostics`).
 */
export const DIAGNOSTIC_CODES = {
  ...BYTES_CODES,
  ...READ_CODES,
  ...OFFICE_CODES,
  ...JSON_CODES,
  ...CSV_CODES,
  ...PLAN_CODES,
  ...PARSE_CODES,
  ...UNITS_CODES,
  ...COMPARE_CODES,
  ...CORRECT_CODES,
  ...DEMO_CODES,
  ...BATCH_CODES,
};

/** A diagnostic code: `family/name`, one of the catalogue's (`DIAGNOSTIC_CODES`). */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** The severities the catalogue allows for `C`. */
export type SeverityOf<C extends DiagnosticCode> = Severity &
  ((typeof DIAGNOSTIC_CODES)[C]['severity'] extends infer S
    ? S extends readonly (infer One)[]
      ? One
      : S
    : never);

/** True when `code` is in the catalogue; for codes read back from JSON or another program. */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, code);
}

/** The severities the catalogue gives `code`, most serious first. */
export function severitiesOf(code: DiagnosticCode): readonly Severity[] {
  const { severity } = DIAGNOSTIC_CODES[code];
  return typeof severity === 'string' ? [severity] : severity;
}
