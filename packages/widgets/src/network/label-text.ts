/**
 * The width of one code point in ems, as drawn in a sans-serif face: CJK and
 * full-width characters take a full em, everything else is counted generously
 * so estimated boxes contain the drawn text rather than the other way round.
 */
export function charWidth(codePoint: number): number {
  if (isWide(codePoint)) return 1;
  if (codePoint >= 0x41 && codePoint <= 0x5a) return 0.68; // capitals
  if (codePoint === 0x20) return 0.3;
  return 0.6;
}

/**
 * The estimated width of a label in pixels. An estimate, not a measurement, so
 * layouts stay pure and identical in Node, workers and every browser.
 */
export function labelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch.codePointAt(0)!);
  return em * fontSize;
}

/**
 * Shortens a name to at most `maxEm` ems, ending in `…` when cut. Never splits
 * a surrogate pair. The full name stays available to tooltips and screen readers.
 */
export function truncateLabel(text: string, maxEm: number): string {
  let em = 0;
  let out = '';
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (em + w > maxEm) return `${trimEnd(out)}…`;
    em += w;
    out += ch;
  }
  return out;
}

function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && /\s/u.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x1f300
  );
}
