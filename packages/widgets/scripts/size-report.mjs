/** Sizes of built files: raw bytes and gzip level 9, as a small table. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {number} bytes */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** @param {string} file @returns {Promise<{ raw: number, gzip: number }>} */
export async function sizeOf(file) {
  const bytes = await readFile(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** @param {string[]} files */
export async function sizeReport(files) {
  const rows = [];
  for (const file of files) {
    const { raw, gzip } = await sizeOf(file);
    rows.push(
      `  ${basename(file).padEnd(28)} ${kib(raw).padStart(11)} ${kib(gzip).padStart(11)} gzip`,
    );
  }
  return ['dist/:', ...rows].join('\n');
}
