import type { DiagnosticArgs } from '../model/diagnostic.js';
import type { DiagnosticCode } from '../model/diagnostic-code.js';

/**
 * Why an office file cannot be read at all (a password, a broken ZIP, a
 * scan without text): thrown inside a reader and turned into one error
 * diagnostic at `readOfficeDocument`'s boundary, never past it.
 */
export class OfficeProblem extends Error {
  constructor(
    /** the diagnostic code, `office/…` */
    readonly code: DiagnosticCode,
    message: string,
    readonly args: DiagnosticArgs = {},
  ) {
    super(message);
    this.name = 'OfficeProblem';
  }
}
