import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../cli-error.js';

/** The manifest's file in a batch's output folder: a header line, then one line per part written. */
export const MANIFEST_FILE = 'manifest.jsonl';

/** What a batch was read with: a rerun with other settings would mix two readings. */
export interface BatchSettings {
  /** the unit directory, by path, size and modification time */
  directory: { path: string; size: number; mtimeMs: number } | null;
  inferLead: string | null;
  expandGroups: boolean;
  lang: string;
}

/** A file whose rows are in a part: its key and state when read, and what was read. */
export interface DoneFile {
  /** the absolute path */
  key: string;
  /** the path as found (the tables' `plan` column) */
  path: string;
  size: number;
  mtimeMs: number;
  items: number;
  units: number;
  assignments: number;
  readMs: number;
  /** how many diagnostics of each code the file gave */
  codes: Record<string, number>;
  /** why the file could not be read; only in a part of failures */
  failed?: string;
}

/**
 * A part: one Parquet file in each table's folder, named after the part, and
 * the files whose rows it holds. A part of failures (`failed`) holds the files
 * that could not be read and the folders that could not be listed; it is
 * written again by every run, because a failure may have been mended.
 */
export interface ManifestPart {
  part: string;
  files: DoneFile[];
  failed?: boolean;
}

export interface Manifest {
  settings: BatchSettings;
  parts: ManifestPart[];
}

const HEADER = 'remit-batch';
const VERSION = 1;

/**
 * The manifest of the output folder `out`, or `undefined` when it has none.
 * A last line cut short (a run killed while writing it) is left out: its part
 * was never finished.
 */
export function readManifest(out: string): Manifest | undefined {
  const path = join(out, MANIFEST_FILE);
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = parseLine(lines[0] ?? '') as
    { [HEADER]?: number; settings?: BatchSettings } | undefined;
  if (header?.[HEADER] !== VERSION || header.settings === undefined) {
    throw new CliError(
      `${path}: not a manifest remit can read; give another --out folder, or remove this one to read everything again`,
    );
  }
  const parts: ManifestPart[] = [];
  for (const line of lines.slice(1)) {
    const part = parseLine(line) as ManifestPart | undefined;
    if (part && typeof part.part === 'string' && Array.isArray(part.files)) parts.push(part);
  }
  return { settings: header.settings, parts };
}

/** Writes a whole manifest at once: to a side file first, then renamed over the old one. */
export function writeManifest(out: string, manifest: Manifest): void {
  const path = join(out, MANIFEST_FILE);
  const side = join(out, `.${MANIFEST_FILE}.tmp`);
  const lines = [
    JSON.stringify({ [HEADER]: VERSION, settings: manifest.settings }),
    ...manifest.parts.map((p) => JSON.stringify(p)),
  ];
  writeFileSync(side, lines.join('\n') + '\n');
  renameSync(side, path);
}

/**
 * Adds a finished part to the manifest, as one line written and flushed to
 * the disk: until this line is there, the part's files are not part of the
 * output, and the next run removes them.
 */
export function appendPart(out: string, part: ManifestPart): void {
  const fd = openSync(join(out, MANIFEST_FILE), 'a');
  try {
    writeSync(fd, JSON.stringify(part) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
