import type { DiagnosticLang } from '../../model/diagnostic-message.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { DoneFile } from './manifest.js';

/** A file to read, as the batch found and measured it. */
export interface FileToRead {
  key: string;
  path: string;
  size: number;
  mtimeMs: number;
}

/** What a worker is started with. */
export interface WorkerSetup {
  out: string;
  /** the prefix of the parts it writes: unique to the run and the worker */
  partPrefix: string;
  read: {
    directory?: string;
    inferLead?: 'first' | 'none';
    expandGroups: boolean;
    lang: DiagnosticLang;
    maxBytes: number;
  };
  /** a part is written once it holds this many documents … */
  partDocuments: number;
  /** … or this many assignments */
  partAssignments: number;
}

/** From the batch to a worker: read a file, or write what is held and stop. */
export type ToWorker = { type: 'read'; file: FileToRead } | { type: 'finish' };

/** From a worker to the batch. */
export type FromWorker =
  /** loaded, ready for files */
  | { type: 'ready' }
  /** a file read; its rows wait in the worker for the next part */
  | { type: 'read'; file: DoneFile }
  /** a file that could not be read, and why */
  | { type: 'failed'; file: FileToRead; diagnostics: Diagnostic[]; readMs: number }
  /** a part written: its files are done once the manifest says so */
  | { type: 'part'; part: string; files: DoneFile[] }
  /** everything written; the worker's largest heap, in bytes */
  | { type: 'finished'; peakHeapBytes: number; documents: number }
  /** the output could not be written: the batch cannot go on */
  | { type: 'fatal'; message: string };
