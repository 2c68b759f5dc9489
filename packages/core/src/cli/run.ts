import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';
import type { CommandContext, Output } from './command-context.js';
import { batchCommand, batchUsage } from './commands/batch.js';
import { compareCommand, compareUsage } from './commands/compare.js';
import { convertCommand, convertUsage } from './commands/convert.js';
import { metricsCommand, metricsUsage } from './commands/metrics.js';
import { parseCommand, parseUsage } from './commands/parse.js';
import { queryCommand, queryUsage } from './commands/query.js';

const usage = `remit: who is responsible for what in a government work plan

Usage:
${[metricsUsage, compareUsage, convertUsage, parseUsage, batchUsage, queryUsage].map((u) => '  ' + u.replace(/\n/gu, '\n  ')).join('\n\n')}

Common options: --quiet (only errors on stderr), --lang zh (diagnostics in Chinese), --debug (stack traces),
                --max-size SIZE (the largest FILE read, default 50MB; e.g. 200MB), --help, --version`;

const commands: Record<string, (ctx: CommandContext) => number | Promise<number>> = {
  metrics: metricsCommand,
  compare: compareCommand,
  convert: convertCommand,
  parse: parseCommand,
  batch: batchCommand,
  query: queryCommand,
};

export interface RunIO {
  /** writes to standard output as given; resolves once a slow reader has room for more */
  stdout: (content: Output) => Promise<void>;
  stdoutIsTerminal: boolean;
  stderr: (line: string) => void;
  /** whether standard error is a terminal, where progress is drawn in place */
  stderrIsTerminal?: boolean;
  /** writes to standard error as given, with no line break (a progress bar) */
  stderrText?: (text: string) => void;
  /** writes a file; one that cannot be written rejects with a `CliError` */
  writeFile: (path: string, content: Output) => Promise<void>;
  version: string;
}

/**
 * Runs the `remit` command line and resolves to its exit status: 0 done, 1
 * unusable input (or an `--out` that cannot be written), 2 bad arguments, 70 an
 * internal error. Errors are one line on stderr; `--debug` adds the stack trace.
 */
export async function run(argv: readonly string[], io: RunIO): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const { positionals, values } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        to: { type: 'string' },
        out: { type: 'string', short: 'o' },
        directory: { type: 'string', short: 'd' },
        'expand-groups': { type: 'boolean' },
        combine: { type: 'boolean' },
        'infer-lead': { type: 'string' },
        'many-units': { type: 'string' },
        'max-size': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        lang: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.version) {
      await io.stdout(io.version + '\n');
      return 0;
    }
    const [name, ...rest] = positionals;
    if (values.help || name === undefined || name === 'help') {
      await io.stdout(usage + '\n');
      return name === undefined && !values.help ? 2 : 0;
    }
    const command = commands[name];
    if (!command)
      throw new CliError(
        `unknown command "${name}"; use metrics, compare, convert, parse, batch or query (remit --help)`,
        2,
      );
    return await command({
      args: { positionals: rest, values },
      stdout: (text) => io.stdout([text, '\n']),
      stdoutContent: io.stdout,
      stdoutIsTerminal: io.stdoutIsTerminal,
      stderr: io.stderr,
      stderrIsTerminal: io.stderrIsTerminal === true,
      ...(io.stderrText ? { stderrText: io.stderrText } : {}),
      writeFile: io.writeFile,
    });
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`remit: ${error.message}`);
      if (debug) io.stderr(error.stack ?? '');
      return error.exitCode;
    }
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`remit: ${(error as Error).message} (remit --help lists the options)`);
      return 2;
    }
    io.stderr(
      `remit: internal error: ${error instanceof Error ? error.message : String(error)}${debug ? '' : ' (run again with --debug for details)'}`,
    );
    if (debug && error instanceof Error) io.stderr(error.stack ?? '');
    return 70;
  }
}
