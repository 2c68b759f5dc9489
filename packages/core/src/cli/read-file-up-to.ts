import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { formatSize, formatSizeAndLimit } from '../io/format-size.js';
import { CliError } from './cli-error.js';
import { MAX_MAX_BYTES } from './max-size-option.js';

/** Bytes first read from a file of unknown length (a device, a pipe); each further read doubles it. */
const CHUNK = 1 << 20;

/**
 * Reads a file's bytes, refusing more than `maxBytes`. A regular file is
 * refused by its size before anything is read; a device (`/dev/zero`) or a
 * pipe, which has no size, is read in chunks and refused as soon as it has
 * given more than `maxBytes`. The refusal is a `CliError` naming the file, its
 * size and `--max-size`; other failures throw the file system's error.
 *
 * @example readFileUpTo('plan.txt', 50 * 1048576)
 */
export function readFileUpTo(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
    // One byte more than a regular file's size tells whether it grew while being read.
    let buffer = new Uint8Array(stat.isFile() ? stat.size + 1 : CHUNK);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(path, stat.isFile() ? 'grew' : 'unknown', maxBytes);
        const grown = new Uint8Array(Math.min(Math.max(2 * length, CHUNK), maxBytes + 1));
        grown.set(buffer);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(path: string, size: number | 'grew' | 'unknown', maxBytes: number): CliError {
  const MB = 1024 * 1024;
  const enough = typeof size === 'number' ? Math.ceil(size / MB) : Infinity;
  const raise =
    enough * MB <= MAX_MAX_BYTES
      ? `--max-size ${enough}MB reads it`
      : `--max-size SIZE raises the limit (up to ${formatSize(MAX_MAX_BYTES)})`;
  if (typeof size !== 'number') {
    const what =
      size === 'grew' ? 'grew while being read to' : 'has no size (a device or a pipe) and gave';
    return new CliError(
      `${path}: ${what} more than ${formatSize(maxBytes)}, the most remit reads; ${raise}`,
    );
  }
  const shown = formatSizeAndLimit(size, maxBytes);
  return new CliError(
    `${path}: the file is ${shown.size}; remit reads plans of up to ${shown.limit}; ${raise}`,
  );
}
