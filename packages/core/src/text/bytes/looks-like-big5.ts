/**
 * True when bytes that decode as GB18030 are more likely Big5 (traditional
 * Chinese from Taiwan or Hong Kong).
 *
 * Every Big5 pair is also a valid GBK pair, so decoding never fails; it yields
 * the wrong characters. Genuine GB text is nearly all GB2312 hanzi (lead byte
 * 0xB0–0xF7, trail 0xA1–0xFE). Big5 text has about half its trail bytes in
 * 0x40–0x7E, which GBK maps to rare extension characters, and its common
 * characters (lead 0xA4–0xC6) land partly in GB2312's kana, Greek, Cyrillic and
 * empty rows. So: few GB2312 hanzi among the pairs, and nearly all pairs in
 * Big5's common-character block, means Big5.
 */
export function looksLikeBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let gb2312Hanzi = 0;
  let big5Common = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i]!;
    if (lead < 0x81 || lead === 0xff) {
      i++;
      continue;
    }
    const trail = bytes[i + 1];
    if (trail === undefined) break;
    if (trail >= 0x30 && trail <= 0x39) {
      // a GB18030 four-byte sequence: never found in Big5
      i += 4;
      pairs++;
      continue;
    }
    pairs++;
    if (lead >= 0xb0 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb2312Hanzi++;
    const big5Trail = (trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe);
    if (lead >= 0xa4 && lead <= 0xc6 && big5Trail) big5Common++;
    i += 2;
  }
  if (pairs < 4) return false;
  return gb2312Hanzi < pairs * 0.8 && big5Common >= pairs * 0.9;
}
