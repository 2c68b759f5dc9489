import { Buffer } from 'node:buffer';
import { closeSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from './cli-error.js';
import type { Output } from './command-context.js';
import { outputSlices } from './output-slices.js';

/**
 * Writes an output to the file at `path` (created or replaced) slice by slice.
 * A path that cannot be written (a folder, a missing folder, no permission, a
 * full disk) is a `CliError` naming the path and the reason.
 */
export async function writeToFile(path: string, content: Output): Promise<void> {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new CliError(`${path}: cannot write the output: ${describeWriteError(error, path)}`);
  }
  try {
    for (const slice of outputSlices(content)) {
      const bytes = typeof slice === 'string' ? Buffer.from(slice) : slice;
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    }
  } catch (error) {
    throw new CliError(`${path}: cannot write the output: ${describeWriteError(error, path)}`);
  } finally {
    closeSync(fd);
  }
}

function describeWriteError(error: unknown, path: string): string {
  const code = (error as { code?: string }).code;
  if (code === 'EISDIR') return 'it is a folder; give a file name (--out FOLDER/FILE)';
  if (code === 'ENOENT') return `the folder ${dirname(path)} does not exist`;
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'no space left on the device';
  return error instanceof Error ? error.message : String(error);
}
