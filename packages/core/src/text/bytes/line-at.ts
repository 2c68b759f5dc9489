/**
 * The 1-based line and column of a position in text, counting `\r\n`, `\n`
 * and a lone `\r` each as one line break (the same rule the CSV reader uses).
 * Columns count UTF-16 code units from the start of the line, plus one.
 */
export function lineAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(index, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
