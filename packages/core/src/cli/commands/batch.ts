import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { progressBar, progressLine, type BatchProgress } from '../batch/batch-progress.js';
import { batchSummary, batchSummaryText } from '../batch/batch-summary.js';
import { findPlanFiles } from '../batch/find-plan-files.js';
import type { BatchSettings } from '../batch/manifest.js';
import { resumeBatch } from '../batch/resume-batch.js';
import { runBatch } from '../batch/run-batch.js';
import type { FileToRead } from '../batch/worker-messages.js';
import { removeUnlistedParts } from '../batch/write-part.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { langOption } from '../lang-option.js';
import { maxSizeOption } from '../max-size-option.js';
import { inferLeadOption } from '../reading-options.js';

export const batchUsage = `remit batch INPUT… --out DIR [--jobs N] [--directory FILE] [--format text|json]
                  [--infer-lead first] [--expand-groups] [--lang en|zh]
  Reads every plan under the INPUTs (files, folders, or quoted globs such as "data/**/*.txt";
  in a folder, the files of every format remit reads) in N worker threads (default: one per
  core) and writes them as Parquet tables under DIR: plans, items, units, assignments and
  diagnostics (docs/batch.md). Run it again to finish a batch that was stopped, or to take in
  changed files: what is done and unchanged is not read again. A file that cannot be read is
  reported and the batch goes on; the status is 1 when any failed.
  --format json   the summary as JSON (default: lines of text)
  Query the tables with remit query DIR "SQL", DuckDB, Spark or any engine that reads Parquet.`;

/** `remit batch`: reads many plans in parallel into Parquet tables, resumably. */
export async function batchCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values } = ctx.args;
  if (positionals.length === 0) throw new CliError(`missing INPUT\n${batchUsage}`, 2);
  const out = values.out;
  if (!out)
    throw new CliError('remit batch writes tables into a folder: give it with --out DIR', 2);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new CliError(`--format must be text or json, not "${format}"`, 2);
  const jobs = jobsOption(values.jobs);
  const lang = langOption(values.lang);
  const maxBytes = maxSizeOption(values['max-size']);
  const inferLead = values['infer-lead'] ? inferLeadOption(values['infer-lead']) : undefined;
  const settings: BatchSettings = {
    directory: values.directory ? directoryState(values.directory) : null,
    inferLead: inferLead ?? null,
    expandGroups: values['expand-groups'] === true,
    lang,
  };

  const found = findPlanFiles(positionals);
  // the output folder is never read as input, whatever formats remit learns to read
  const outside = resolve(out) + sep;
  const files = found.files.filter((f) => !f.key.startsWith(outside)).map(measure);
  const { kept, todo } = resumeBatch(out, settings, files);

  const report = progressReporter(ctx, values.quiet === true);
  const result = await runBatch({
    out,
    todo,
    doneBefore: files.length - todo.length,
    total: files.length,
    inputDiagnostics: found.diagnostics,
    read: {
      ...(values.directory ? { directory: values.directory } : {}),
      ...(inferLead ? { inferLead } : {}),
      expandGroups: settings.expandGroups,
      lang,
      maxBytes,
    },
    jobs,
    // parts small enough that a stopped run loses little, at most 200 documents
    partDocuments: Math.min(200, Math.max(1, Math.ceil(todo.length / (jobs * 4)))),
    partAssignments: 250_000,
    onProgress: report.update,
  });
  report.end();
  const parts = [...kept, ...result.parts];
  removeUnlistedParts(
    out,
    parts.map((p) => p.part),
  );
  const summary = batchSummary({
    out,
    parts,
    thisRun: todo.length,
    inputDiagnostics: found.diagnostics,
    elapsedMs: result.elapsedMs,
    jobs,
    workers: result.workers,
  });
  await ctx.stdout(
    format === 'json' ? JSON.stringify(summary, null, 2) : batchSummaryText(summary),
  );
  return summary.failed > 0 || summary.inputProblems.length > 0 ? 1 : 0;
}

/** The `--jobs N` option: worker threads, 1 … 64 (default: the cores there are). */
function jobsOption(value: string | boolean | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = typeof value === 'string' && /^\d+$/u.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 64))
    throw new CliError(
      `--jobs must be a number of threads from 1 to 64, not "${String(value)}"`,
      2,
    );
  return n;
}

function directoryState(path: string): BatchSettings['directory'] {
  try {
    const stat = statSync(path);
    return { path: resolve(path), size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    throw new CliError(`${path}: no such directory file; check the --directory path`);
  }
}

/** A found file with the size and modification time that key it in the manifest. */
function measure(file: { path: string; key: string }): FileToRead {
  try {
    const stat = statSync(file.key);
    return { ...file, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    // read all the same: the reader says what is wrong with it
    return { ...file, size: -1, mtimeMs: -1 };
  }
}

/**
 * Where progress goes: a bar redrawn in place on a terminal (at most ten times
 * a second), plain lines elsewhere (at each tenth of the run, and at least
 * every 30 seconds), nothing with --quiet.
 */
function progressReporter(
  ctx: CommandContext,
  quiet: boolean,
): { update: (p: BatchProgress) => void; end: () => void } {
  if (quiet) return { update: () => {}, end: () => {} };
  const write = ctx.stderrText;
  if (ctx.stderrIsTerminal && write) {
    let last = 0;
    let drawn = false;
    return {
      update(p) {
        const now = performance.now();
        if (now - last < 100 && p.runDone < p.runTotal) return;
        last = now;
        drawn = true;
        write(`\r${progressBar(p, process.stderr.columns || 80)}\u001b[K`);
      },
      end: () => drawn && write('\r\u001b[K'),
    };
  }
  let lastTenth = 0;
  let lastAt = performance.now();
  return {
    update(p) {
      const tenth = p.runTotal > 0 ? Math.floor((10 * p.runDone) / p.runTotal) : 10;
      const now = performance.now();
      if (tenth > lastTenth || now - lastAt > 30_000) {
        lastTenth = tenth;
        lastAt = now;
        ctx.stderr(progressLine(p));
      }
    },
    end: () => {},
  };
}
