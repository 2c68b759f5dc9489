/**
 * Text made safe for an XML text node or a double-quoted attribute: markup
 * characters escaped, and characters XML 1.0 forbids (NUL and other C0
 * controls, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, so an export
 * of a hostile name still parses.
 *
 * @example xmlText('<img src=x onerror=alert(1)>') === '&lt;img src=x onerror=alert(1)&gt;'
 */
export function xmlText(text: string): string {
  return text.replace(UNSAFE, (ch) => ESCAPES[ch] ?? '\uFFFD');
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// One character class, no quantifier: linear over any input. With the `u` flag a
// surrogate range matches only unpaired surrogates (pairs are one code point).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;
