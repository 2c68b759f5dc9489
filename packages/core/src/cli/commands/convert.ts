import { basename } from 'node:path';
import { planLongTable } from '../../columnar/plan-long-table.js';
import { toArrow } from '../../columnar/to-arrow.js';
import { toParquet } from '../../columnar/to-parquet.js';
import type { TableOptions } from '../../io/table.js';
import { csvPieces } from '../../io/csv/format-csv.js';
import { assignmentsTable } from '../../io/tables/assignments-table.js';
import { matrixTable } from '../../io/tables/matrix-table.js';
import { planJsonPieces } from '../../io/write-plan-json.js';
import type { Plan } from '../../model/plan.js';
import { metricsReport } from '../../report/metrics-report.js';
import { planWorkbook } from '../../report/plan-workbook.js';
import { isInstalled, missingPackage } from '../format-packages.js';
import { CliError } from '../cli-error.js';
import type { CommandContext, Output } from '../command-context.js';
import { langOption } from '../lang-option.js';
import { maxSizeOption } from '../max-size-option.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { readPlanFile } from '../read-plan-file.js';
import { readingOptions } from '../reading-options.js';

export const convertUsage = `remit convert FILE --to json|csv|matrix-csv|xlsx|parquet|arrow [--out FILE] [--lang en|zh]
                    [--directory FILE] [--expand-groups]
  Converts a plan (.json, .csv, .txt or an office file) to Plan JSON, long CSV (item,unit,role …), the
  wide item × unit matrix CSV, or an Excel workbook (.xlsx) of both with each unit's
  workload and a sheet that says what each holds, or the long table as a Parquet or
  Arrow IPC file, typed, for DuckDB, pandas or Spark (docs/batch.md). Writes to standard
  output unless --out is given; a binary file goes to a file or a pipe, never to the terminal.
  --lang zh         Chinese headers, roles and sheet names (任务编号, 牵头 …) in CSV and xlsx,
                    and the diagnostics in Chinese`;

const textWriters: Record<
  'json' | 'csv' | 'matrix-csv',
  (plan: Plan, lang: NonNullable<TableOptions['lang']>) => Output
> = {
  json: (plan) => planJsonPieces(plan),
  // as writeAssignmentsCsv and writeMatrixCsv write them, a row at a time
  csv: (plan, lang) => csvPieces(assignmentsTable(plan, { lang })),
  'matrix-csv': (plan, lang) => csvPieces(matrixTable(plan, { lang })),
};

/** `remit convert`: reads a plan in one format and writes it in another. */
export async function convertCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values } = ctx.args;
  const file = positionals[0];
  if (!file) throw new CliError(`missing FILE\n${convertUsage}`, 2);
  const to = values.to;
  if (
    to !== 'json' &&
    to !== 'csv' &&
    to !== 'matrix-csv' &&
    to !== 'xlsx' &&
    to !== 'parquet' &&
    to !== 'arrow'
  ) {
    throw new CliError(
      `--to must be json, csv, matrix-csv, xlsx, parquet or arrow${to ? `, not "${to}"` : ''}`,
      2,
    );
  }
  const lang = langOption(values.lang);
  const maxBytes = maxSizeOption(values['max-size']);
  // the workbook writer is an optional peer: said before the plan is read
  if (to === 'xlsx' && !isInstalled('write-excel-file'))
    throw new CliError(missingPackage('write-excel-file').message, 1);
  if (
    (to === 'xlsx' || to === 'parquet' || to === 'arrow') &&
    !values.out &&
    ctx.stdoutIsTerminal
  ) {
    throw new CliError(
      `${to === 'xlsx' ? 'an .xlsx workbook' : `a ${to === 'parquet' ? 'Parquet' : 'Arrow'} file`} is a binary file and standard output is a terminal; give a file with --out FILE (-o FILE), or pipe the output`,
      2,
    );
  }
  const { plan, diagnostics } = readPlanFile(file, { ...readingOptions(values), lang, maxBytes });
  printDiagnostics(diagnostics, ctx.stderr, { quiet: values.quiet === true, lang });
  const output =
    to === 'xlsx'
      ? await (
          await import('../../xlsx/write-xlsx.js')
        ).writeXlsx(planWorkbook(plan, metricsReport(plan), { lang, file: basename(file) }))
      : to === 'parquet'
        ? toParquet(planLongTable(plan), {
            metadata: { 'remit:meta': JSON.stringify(plan.meta ?? {}) },
          })
        : to === 'arrow'
          ? toArrow(planLongTable(plan))
          : textWriters[to](plan, lang);
  if (values.out) await ctx.writeFile(values.out, output);
  else await ctx.stdoutContent(output);
  return 0;
}
