import { CliError } from './cli-error.js';

const MB = 1024 * 1024;

/** The largest input file read when `--max-size` is not given: 50 MB, as in the dashboard. */
export const DEFAULT_MAX_BYTES = 50 * MB;

/**
 * The highest `--max-size`: text much longer than this does not fit in one
 * JavaScript string (about 512 M characters), and reading takes about ten times
 * the file's size in memory.
 */
export const MAX_MAX_BYTES = 500 * MB;

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: MB,
  mb: MB,
  g: 1024 * MB,
  gb: 1024 * MB,
};

/**
 * The `--max-size SIZE` option: the largest input file read, in bytes. SIZE is
 * a number with an optional unit, KB, MB or GB (powers of 1024, as the
 * dashboard counts): `200MB`, `1.5GB`, `500KB`, `1048576`.
 */
export function maxSizeOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?i?b?)\s*$/iu.exec(value);
  const unit = UNITS[(match?.[2] ?? '').toLowerCase().replace('i', '')];
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!(bytes >= 1)) {
    throw new CliError(`--max-size must be a size such as 200MB, 500KB or 1GB, not "${value}"`, 2);
  }
  if (bytes > MAX_MAX_BYTES) {
    throw new CliError(`--max-size can be at most 500MB, not "${value}"`, 2);
  }
  return bytes;
}
