// the named references pages of Chinese portals use; others are left as written
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  middot: '·',
  bull: '•',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  yen: '¥',
  permil: '‰',
  sect: '§',
  rarr: '→',
  larr: '←',
  le: '≤',
  ge: '≥',
  ne: '≠',
  shy: '\u00ad',
  zwsp: '\u200b',
};
// named references browsers read without their `;`
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
// numeric references 0x80–0x9F name the characters of Windows-1252, as browsers read them
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}))(;?)/gu;

/**
 * Decodes character references as a browser shows them: `&lt;` `&amp;` `&nbsp;`,
 * decimal `&#8220;` and hexadecimal `&#x4e00;`. Unknown names stay as written.
 *
 * @example decodeEntities('区财政局&lt;script&gt;') // '区财政局<script>'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (whole, dec?: string, hex?: string, name?: string, semi?: string) => {
      if (name !== undefined) {
        const value = NAMED[name];
        if (value !== undefined && (semi === ';' || LEGACY.has(name))) return value;
        // `&ampb` is `&` then `b`, as browsers read a legacy name run into text
        for (const legacy of LEGACY) {
          if (name.startsWith(legacy)) return NAMED[legacy]! + name.slice(legacy.length) + semi;
        }
        return whole;
      }
      return fromCode(dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16));
    },
  );
}

function fromCode(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return C1[code - 0x80]!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}
