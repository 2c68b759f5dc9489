import { Worker } from 'node:worker_threads';
import { PlanTablesBuilder } from '../../columnar/plan-tables.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { CliError } from '../cli-error.js';
import type { BatchProgress } from './batch-progress.js';
import { appendPart, type DoneFile, type ManifestPart } from './manifest.js';
import type { FileToRead, FromWorker, ToWorker, WorkerSetup } from './worker-messages.js';
import { writePart } from './write-part.js';

/** The worker threads' entry: the source through tsx in a checkout, else the build (see the file). */
const WORKER = new URL('../../../bin/remit-worker.js', import.meta.url);
const MB = 1024 * 1024;
/** Files sent to a worker ahead of the one it reads. */
const AHEAD = 4;

export interface RunBatchOptions {
  out: string;
  /** the files to read this run */
  todo: readonly FileToRead[];
  /** documents done by earlier runs, and all documents of the batch */
  doneBefore: number;
  total: number;
  /** problems with the inputs themselves (a folder that cannot be listed …) */
  inputDiagnostics: readonly Diagnostic[];
  read: WorkerSetup['read'];
  jobs: number;
  partDocuments: number;
  partAssignments: number;
  onProgress?: (progress: BatchProgress) => void;
}

/** A failed file and the diagnostics that say why. */
export interface FailedFile {
  file: DoneFile;
  diagnostics: Diagnostic[];
}

export interface RunBatchResult {
  /** the parts this run wrote (a part of failures last, when there is one) */
  parts: ManifestPart[];
  failed: FailedFile[];
  elapsedMs: number;
  /** each worker thread: documents read and its largest heap, in bytes */
  workers: { documents: number; peakHeapBytes: number }[];
}

interface WorkerState {
  worker: Worker;
  ready: boolean;
  finished: boolean;
  /** sent and not yet answered, in the order sent: the first is the one being read */
  inFlight: FileToRead[];
  finishing: boolean;
  /** read, but not yet in a written part */
  held: Map<string, FileToRead>;
  error: string | undefined;
}

/**
 * Reads `todo` in `jobs` worker threads, each writing its parts, and lists
 * every part in the manifest as it is written. A file that cannot be read is
 * a failure with its diagnostics; a worker that stops (out of memory on a
 * hostile file) fails the file it was reading, and the files it held go to
 * another worker. Failures and the inputs' diagnostics are written last, as a
 * part of failures. Only an output that cannot be written stops the batch.
 */
export async function runBatch(options: RunBatchOptions): Promise<RunBatchResult> {
  const started = performance.now();
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const queue = [...options.todo];
  const parts: ManifestPart[] = [];
  const failed: FailedFile[] = [];
  const workers: RunBatchResult['workers'] = [];
  let runDone = 0;
  let started_ = 0;
  const progress = () =>
    options.onProgress?.({
      done: options.doneBefore + runDone,
      total: options.total,
      runDone,
      runTotal: options.todo.length,
      elapsedMs: performance.now() - started,
    });

  if (queue.length > 0)
    await new Promise<void>((resolve, reject) => {
      const active = new Set<WorkerState>();
      let stopped = false;
      const stop = (error: Error) => {
        if (stopped) return;
        stopped = true;
        for (const s of active) void s.worker.terminate();
        reject(error);
      };
      // a few files wait in each worker's queue, so that it never waits for the next
      const feed = (s: WorkerState) => {
        while (s.inFlight.length < AHEAD && queue.length > 0) {
          const file = queue.shift()!;
          s.inFlight.push(file);
          s.worker.postMessage({ type: 'read', file } satisfies ToWorker);
        }
        if (s.inFlight.length === 0 && !s.finishing) {
          s.finishing = true;
          s.worker.postMessage({ type: 'finish' } satisfies ToWorker);
        }
      };
      const start = () => {
        const index = ++started_;
        const setup: WorkerSetup = {
          out: options.out,
          partPrefix: `part-${runId}-w${index}`,
          read: options.read,
          partDocuments: options.partDocuments,
          partAssignments: options.partAssignments,
        };
        const worker = new Worker(WORKER, {
          workerData: setup,
          // a hostile file that makes the reader grow stops its worker, not the batch
          resourceLimits: {
            maxOldGenerationSizeMb: Math.min(
              4096,
              Math.max(1024, Math.ceil((12 * options.read.maxBytes) / MB)),
            ),
            // as large as the main thread's: a small one collects far more often
            maxYoungGenerationSizeMb: 48,
          },
        });
        const s: WorkerState = {
          worker,
          ready: false,
          finished: false,
          inFlight: [],
          finishing: false,
          held: new Map(),
          error: undefined,
        };
        active.add(s);
        worker.on('message', (message: FromWorker) => {
          if (stopped) return;
          if (message.type === 'ready') {
            s.ready = true;
            feed(s);
          } else if (message.type === 'read') {
            s.held.set(message.file.key, s.inFlight.shift()!);
            runDone++;
            progress();
            feed(s);
          } else if (message.type === 'failed') {
            s.inFlight.shift();
            failed.push({
              file: failedFile(message.file, message.diagnostics, message.readMs),
              diagnostics: message.diagnostics,
            });
            runDone++;
            progress();
            feed(s);
          } else if (message.type === 'part') {
            try {
              appendPart(options.out, { part: message.part, files: message.files });
            } catch (error) {
              stop(
                new CliError(
                  `${options.out}: cannot write the manifest (${(error as Error).message})`,
                ),
              );
              return;
            }
            parts.push({ part: message.part, files: message.files });
            for (const f of message.files) s.held.delete(f.key);
          } else if (message.type === 'finished') {
            s.finished = true;
            workers.push({ documents: message.documents, peakHeapBytes: message.peakHeapBytes });
          } else {
            stop(new CliError(`${options.out}: cannot write the tables (${message.message})`));
          }
        });
        worker.on('error', (error) => {
          s.error = error.message;
        });
        worker.on('exit', () => {
          active.delete(s);
          if (stopped) return;
          if (!s.finished) {
            if (!s.ready) {
              stop(new Error(`cannot start a worker thread: ${s.error ?? 'it stopped at once'}`));
              return;
            }
            const [reading, ...waiting] = s.inFlight;
            if (reading) {
              const d = stoppedDiagnostic(reading.path, s.error);
              failed.push({ file: failedFile(reading, [d], 0), diagnostics: [d] });
              runDone++;
            }
            // what it read but had not written, and what waited, is read by another worker
            queue.unshift(...s.held.values(), ...waiting);
            runDone -= s.held.size;
            progress();
            start();
            return;
          }
          if (active.size === 0) resolve();
        });
      };
      for (let i = 0; i < Math.min(options.jobs, queue.length); i++) start();
    });

  if (failed.length > 0 || options.inputDiagnostics.length > 0) {
    const builder = new PlanTablesBuilder({ lang: options.read.lang });
    for (const f of failed)
      builder.addFailure(f.diagnostics, {
        plan: f.file.path,
        bytes: f.file.size,
        readMs: f.file.readMs,
      });
    for (const d of options.inputDiagnostics) builder.addDiagnostics(d.source ?? '', [d]);
    const part = { part: `part-${runId}-failed`, files: failed.map((f) => f.file), failed: true };
    try {
      writePart(options.out, part.part, builder.build());
      appendPart(options.out, part);
    } catch (error) {
      throw new CliError(`${options.out}: cannot write the tables (${(error as Error).message})`);
    }
    parts.push(part);
  }
  return { parts, failed, elapsedMs: performance.now() - started, workers };
}

function failedFile(
  file: FileToRead,
  diagnostics: readonly Diagnostic[],
  readMs: number,
): DoneFile {
  const codes: Record<string, number> = {};
  for (const d of diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  return {
    ...file,
    items: 0,
    units: 0,
    assignments: 0,
    readMs,
    codes,
    failed: first?.message ?? 'unreadable',
  };
}

function stoppedDiagnostic(path: string, error: string | undefined): Diagnostic {
  return {
    code: 'batch/reader-stopped',
    severity: 'error',
    message: `the reader stopped on this file (${error ?? 'its thread ended'}); a file this large or this malformed needs more memory than a worker has, so it is left out`,
    source: path,
    args: { error: error ?? 'its thread ended' },
  };
}
