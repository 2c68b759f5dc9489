const UNITS = [
  { name: 'MB', bytes: 1024 * 1024 },
  { name: 'KB', bytes: 1024 },
] as const;

/**
 * A number of bytes as people read a file's size: in MB from 1 MB, in KB from
 * 1 KB, else in bytes (1 MB = 1,048,576 bytes, as browsers and the dashboard
 * count), with at most two decimals.
 *
 * @example formatSize(50 * 1048576) // '50 MB'
 */
export function formatSize(bytes: number): string {
  const unit = UNITS.find((u) => bytes >= u.bytes);
  return unit ? `${figure(bytes / unit.bytes)} ${unit.name}` : `${bytes} bytes`;
}

/**
 * A file's size and the limit it is held to, as a message shows them: the limit
 * as `formatSize` writes it, the size in the same unit with the fewest decimals
 * that tell them apart, so a file just over the limit never reads as the limit
 * itself. When MB with two decimals cannot tell them apart, both are given in KB,
 * or in bytes. Use it for "the file is …; up to … can be read" messages.
 *
 * @example formatSizeAndLimit(52_439_286, 50 * 1048576) // { size: '50.01 MB', limit: '50 MB' }
 * @example formatSizeAndLimit(52_428_801, 50 * 1048576) // { size: '52428801 bytes', limit: '50 MB (52428800 bytes)' }
 */
export function formatSizeAndLimit(size: number, limit: number): { size: string; limit: string } {
  const shown = formatSize(limit);
  for (const unit of UNITS) {
    if (limit < unit.bytes) continue;
    for (const digits of [0, 1, 2]) {
      const sized = (size / unit.bytes).toFixed(digits);
      if (sized === (limit / unit.bytes).toFixed(digits)) continue;
      const inUnit = `${figure(limit / unit.bytes)} ${unit.name}`;
      return {
        size: `${sized} ${unit.name}`,
        limit: inUnit === shown ? shown : `${shown} (${inUnit})`,
      };
    }
  }
  const inBytes = `${limit} bytes`;
  return { size: `${size} bytes`, limit: inBytes === shown ? shown : `${shown} (${inBytes})` };
}

/** A figure with at most two decimals, without trailing zeros: 50, 1.5, 0.25. */
function figure(value: number): string {
  return String(Number(value.toFixed(2)));
}
