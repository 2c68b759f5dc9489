import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { PLAN_TABLE_NAMES } from '../../columnar/plan-table-schemas.js';
import { CliError } from '../cli-error.js';
import { readManifest, writeManifest, type BatchSettings, type ManifestPart } from './manifest.js';
import type { FileToRead } from './worker-messages.js';
import { partFile, removeUnlistedParts } from './write-part.js';

/** What a run finds in its output folder: the parts it keeps, and the files still to read. */
export interface Resumed {
  kept: ManifestPart[];
  todo: FileToRead[];
}

/**
 * Makes the output folder ready for a run and says what is left to do.
 *
 * A part is kept when every file it holds is still an input with the size and
 * modification time it was read with, and its Parquet files are all there;
 * then those files are not read again. Every other part (one with a file
 * changed, gone, or no longer given; a part of failures, which is tried again;
 * a part a killed run left unlisted) is removed, table files and all, so that
 * no row is ever held twice. The manifest is rewritten to list the kept parts.
 *
 * A folder that holds files but no manifest is not written into; nor is one
 * whose manifest was written with other settings (another directory,
 * `--infer-lead`, `--expand-groups`, `--lang`).
 */
export function resumeBatch(
  out: string,
  settings: BatchSettings,
  files: readonly FileToRead[],
): Resumed {
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new CliError(`${out}: cannot make the output folder (${(error as Error).message})`);
  }
  const manifest = readManifest(out);
  if (manifest === undefined && readdirSync(out).length > 0) {
    throw new CliError(
      `${out}: the folder holds other files and no batch manifest; give an empty or new folder with --out`,
    );
  }
  if (manifest !== undefined && !sameSettings(manifest.settings, settings)) {
    throw new CliError(
      `${out}: its tables were read with other settings (${describe(manifest.settings)}, now ${describe(settings)}); give another --out folder, or remove this one to read everything again`,
      2,
    );
  }
  const current = new Map(files.map((f) => [f.key, f]));
  const kept = (manifest?.parts ?? []).filter(
    (part) =>
      part.failed !== true &&
      part.files.every((f) => {
        const now = current.get(f.key);
        return now !== undefined && now.size === f.size && now.mtimeMs === f.mtimeMs;
      }) &&
      PLAN_TABLE_NAMES.every((table) => existsSync(partFile(out, table, part.part))),
  );
  removeUnlistedParts(
    out,
    kept.map((p) => p.part),
  );
  writeManifest(out, { settings, parts: kept });
  const done = new Set(kept.flatMap((p) => p.files.map((f) => f.key)));
  return { kept, todo: files.filter((f) => !done.has(f.key)) };
}

function sameSettings(a: BatchSettings, b: BatchSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function describe(s: BatchSettings): string {
  return [
    s.directory ? `--directory ${s.directory.path}` : 'no directory',
    s.inferLead ? `--infer-lead ${s.inferLead}` : '',
    s.expandGroups ? '--expand-groups' : '',
    `--lang ${s.lang}`,
  ]
    .filter(Boolean)
    .join(' ');
}
