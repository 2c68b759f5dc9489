import { writeAssignmentsCsv, writeMatrixCsv } from '../../io/write-plan-csv.js';
import { writePlanJson } from '../../io/write-plan-json.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { readPlanFile } from '../read-plan-file.js';
import { inferLeadOption } from './metrics.js';

export const convertUsage = `remit convert FILE --to json|csv|matrix-csv [--out FILE] [--directory FILE] [--expand-groups]
  Converts a plan (.json, .csv or .txt) to Plan JSON, long CSV (item,unit,role …) or the
  wide item × unit matrix CSV. Writes to standard output unless --out is given.`;

const writers = {
  json: writePlanJson,
  csv: writeAssignmentsCsv,
  'matrix-csv': writeMatrixCsv,
} as const;

/** `remit convert`: reads a plan in one format and writes it in another. */
export function convertCommand(ctx: CommandContext): number {
  const { positionals, values } = ctx.args;
  const file = positionals[0];
  if (!file) throw new CliError(`missing FILE\n${convertUsage}`, 2);
  const to = values.to;
  if (to !== 'json' && to !== 'csv' && to !== 'matrix-csv') {
    throw new CliError(`--to must be json, csv or matrix-csv${to ? `, not "${to}"` : ''}`, 2);
  }
  const { plan, diagnostics } = readPlanFile(file, {
    ...(values.directory ? { directory: values.directory } : {}),
    expandGroups: values['expand-groups'] === true,
    ...(values['infer-lead'] ? { inferLead: inferLeadOption(values['infer-lead']) } : {}),
  });
  printDiagnostics(diagnostics, ctx.stderr, { quiet: values.quiet === true });
  const text = writers[to](plan);
  if (values.out) ctx.writeFile(values.out, text);
  else ctx.stdout(text.replace(/\n$/u, ''));
  return 0;
}
