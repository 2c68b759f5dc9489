import type { Diagnostic } from '../../model/diagnostic.js';
import { formatDuration } from './batch-progress.js';
import type { ManifestPart } from './manifest.js';

/** What a batch holds when a run ends: the whole output, this run's share, and what went wrong. */
export interface BatchSummary {
  out: string;
  /** documents in the output: read, and failed */
  documents: number;
  read: number;
  failed: number;
  /** documents this run read or tried (the rest were done and unchanged) */
  thisRun: number;
  items: number;
  units: number;
  assignments: number;
  /** diagnostics by code, the most frequent first */
  diagnostics: { code: string; count: number }[];
  /** the slowest documents to read, slowest first */
  slowest: { path: string; readMs: number }[];
  failedFiles: { path: string; reason: string }[];
  /** inputs that could not be used: a folder not listed, a path not found */
  inputProblems: string[];
  elapsedMs: number;
  /** this run's documents a second */
  documentsPerSecond: number;
  jobs: number;
  workers: { documents: number; peakHeapMb: number }[];
}

/** The summary of a batch's output from its parts (earlier runs' and this run's) and the inputs' diagnostics. */
export function batchSummary(input: {
  out: string;
  parts: readonly ManifestPart[];
  thisRun: number;
  inputDiagnostics: readonly Diagnostic[];
  elapsedMs: number;
  jobs: number;
  workers: readonly { documents: number; peakHeapBytes: number }[];
}): BatchSummary {
  const files = input.parts.flatMap((p) => p.files);
  const codes = new Map<string, number>();
  for (const f of files)
    for (const [code, n] of Object.entries(f.codes)) codes.set(code, (codes.get(code) ?? 0) + n);
  for (const d of input.inputDiagnostics) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
  const read = files.filter((f) => f.failed === undefined);
  const sum = (key: 'items' | 'units' | 'assignments') => read.reduce((t, f) => t + f[key], 0);
  return {
    out: input.out,
    documents: files.length,
    read: read.length,
    failed: files.length - read.length,
    thisRun: input.thisRun,
    items: sum('items'),
    units: sum('units'),
    assignments: sum('assignments'),
    diagnostics: [...codes]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
    slowest: [...read]
      .sort((a, b) => b.readMs - a.readMs)
      .slice(0, 5)
      .map((f) => ({ path: f.path, readMs: Math.round(f.readMs) })),
    failedFiles: files
      .filter((f) => f.failed !== undefined)
      .map((f) => ({ path: f.path, reason: f.failed! })),
    inputProblems: input.inputDiagnostics.map((d) => d.message),
    elapsedMs: Math.round(input.elapsedMs),
    documentsPerSecond:
      input.elapsedMs > 0 ? Math.round((input.thisRun * 10000) / input.elapsedMs) / 10 : 0,
    jobs: input.jobs,
    workers: input.workers.map((w) => ({
      documents: w.documents,
      peakHeapMb: Math.round((w.peakHeapBytes / 1048576) * 10) / 10,
    })),
  };
}

const LISTED = 20;

/** The summary as lines for a terminal or a log. */
export function batchSummaryText(s: BatchSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `remit batch: ${n(s.documents)} documents in ${s.out}: ${n(s.read)} read, ${n(s.failed)} failed`,
    `  this run: ${n(s.thisRun)} documents in ${formatDuration(s.elapsedMs)} (${s.documentsPerSecond}/s, ${s.jobs} worker${s.jobs === 1 ? '' : 's'}); ${n(s.documents - s.thisRun)} were done and unchanged`,
    `  ${n(s.items)} items · ${n(s.units)} units · ${n(s.assignments)} assignments`,
  ];
  if (s.diagnostics.length > 0) {
    lines.push(
      `  diagnostics: ${s.diagnostics
        .slice(0, LISTED)
        .map((d) => `${d.code} ${n(d.count)}`)
        .join(
          ', ',
        )}${s.diagnostics.length > LISTED ? `, … ${s.diagnostics.length - LISTED} more codes` : ''}`,
    );
  }
  if (s.slowest.length > 0) {
    lines.push(
      `  slowest: ${s.slowest.map((f) => `${f.path} ${formatDuration(f.readMs)}`).join(', ')}`,
    );
  }
  if (s.failedFiles.length > 0) {
    lines.push(`  failed (${n(s.failedFiles.length)}):`);
    for (const f of s.failedFiles.slice(0, LISTED))
      lines.push(`    ${f.path}: ${firstLine(f.reason)}`);
    if (s.failedFiles.length > LISTED)
      lines.push(
        `    … and ${n(s.failedFiles.length - LISTED)} more (remit query ${s.out} "SELECT * FROM diagnostics WHERE severity = 'error'")`,
      );
  }
  if (s.inputProblems.length > 0) {
    lines.push(`  inputs not read (${n(s.inputProblems.length)}):`);
    for (const p of s.inputProblems.slice(0, LISTED)) lines.push(`    ${p}`);
  }
  lines.push(
    `  tables: plans, items, units, assignments, diagnostics as Parquet under ${s.out}; e.g. remit query ${s.out} "SELECT unit, count(*) FROM assignments GROUP BY unit ORDER BY 2 DESC LIMIT 10"`,
  );
  return lines.join('\n');
}

function firstLine(text: string): string {
  return text.split('\n')[0]!;
}
