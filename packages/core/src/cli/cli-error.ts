/**
 * An error the CLI reports as one line, without a stack trace: bad arguments
 * (exit status 2) or unusable input (exit status 1).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
