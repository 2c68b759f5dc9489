/**
 * Encodes text in a two-byte legacy encoding (GB18030's GBK part, Big5) for
 * tests: `TextEncoder` only writes UTF-8, so the table is built by decoding every
 * two-byte sequence with `TextDecoder` and inverting the result.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(label: 'gb18030' | 'big5'): Map<string, number[]> {
  const known = tables.get(label);
  if (known) return known;
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder(label, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (ch.length >= 1 && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  tables.set(label, map);
  return map;
}

/** Bytes of `text` in GB18030 (BMP characters that GBK covers) or Big5. */
export function encodeLegacy(text: string, label: 'gb18030' | 'big5'): Uint8Array {
  const map = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = map.get(ch);
    if (!bytes) throw new Error(`encodeLegacy: ${label} cannot encode ${ch}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

/** Bytes of `text` in UTF-16 (LE or BE), with a byte order mark unless `bom` is false. */
export function encodeUtf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    const hi = c >> 8;
    const lo = c & 0xff;
    out[i * 2] = order === 'le' ? lo : hi;
    out[i * 2 + 1] = order === 'le' ? hi : lo;
  }
  return out;
}
