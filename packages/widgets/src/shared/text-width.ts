/**
 * Estimates the width of a label in px without a DOM, so layouts stay pure and
 * testable in Node: CJK and full-width characters, dashes, quotes, arrows and `…` are 1em, Latin capitals and
 * wide letters 0.7em, other ASCII 0.55em. Good to a few percent for system
 * fonts; leave a small margin.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch.codePointAt(0)!);
  return em * fontSize;
}

function charWidth(code: number): number {
  if (code >= 0x2e80 || (code >= 0x1100 && code <= 0x115f)) return 1;
  // dashes, quotes and the ellipsis (…) are full width in CJK fonts: counted wide,
  // since a label estimated too narrow can overlap its neighbour
  if (code >= 0x2010 && code <= 0x2027) return 1;
  // arrows (→ ←) likewise: CJK fonts draw them full width
  if (code >= 0x2190 && code <= 0x21ff) return 1;
  if (code === 0x20) return 0.3;
  if ((code >= 0x41 && code <= 0x5a) || code === 0x6d || code === 0x77) return 0.7;
  return 0.55;
}

/**
 * Shortens `text` to fit `maxWidth` px, ending with `…`, cutting between
 * characters (never inside a surrogate pair). Returns the text unchanged when it
 * fits. Show the full text in the tooltip and the accessible name.
 */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const budget = maxWidth - fontSize; // room for the ellipsis
  let width = 0;
  let out = '';
  for (const ch of text) {
    width += charWidth(ch.codePointAt(0)!) * fontSize;
    if (width > budget) break;
    out += ch;
  }
  return `${out}…`;
}
