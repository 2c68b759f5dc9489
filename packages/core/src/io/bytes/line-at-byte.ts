/**
 * The 1-based line of a byte offset in ASCII-compatible bytes (UTF-8, GB18030),
 * counting `\r\n`, `\n` and a lone `\r` each as one line break, and the 1-based
 * column of the byte within its line in decoded characters.
 */
export function lineAtByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, end));
  return { line, column: before.length + 1 };
}
