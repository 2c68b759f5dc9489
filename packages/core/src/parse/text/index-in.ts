/**
 * The index of the first `ch` (one UTF-16 unit) in [s, e) of `text`, or -1.
 * Use it instead of `indexOf` on the whole document, which looks past `e` to
 * the end and makes a scan of every line cost the document's length.
 */
export function indexIn(text: string, ch: string, s: number, e: number): number {
  const code = ch.charCodeAt(0);
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}
