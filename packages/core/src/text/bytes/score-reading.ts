/** An encoding a byte region can be read in when the file is not all UTF-8. */
export type Reading = 'utf-8' | 'gb18030' | 'big5';

/** How well a decoded text reads: the summed weight of its non-ASCII characters, and their count. */
export interface ReadingScore {
  sum: number;
  count: number;
}

const GB2312 = 1;
const BIG5 = 2;
const MASK: Record<Reading, number> = { 'utf-8': GB2312 | BIG5, gb18030: GB2312, big5: BIG5 };

/**
 * Scores a decoded text by how much it looks like Chinese written in `reading`.
 * Each non-ASCII character (but no-break space and U+FEFF) weighs 1 when it is in the encoding's common set
 * (GB2312 for GB18030, Big5's symbols and frequent characters for Big5, either
 * for UTF-8) and is a Han character or CJK punctuation; 0.5 for the set's other
 * symbols (kana, Greek, box drawing); 0.25 for a rarer Han character; 0 for
 * anything else, U+FFFD and private-use characters included.
 *
 * Text read in the wrong encoding turns into rare characters, kana and
 * replacement characters, so of two readings of the same bytes the right one
 * has the higher mean weight.
 */
export function scoreReading(text: string, reading: Reading): ReadingScore {
  const table = weightTable(reading);
  let quarters = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const w = table[text.charCodeAt(i)]!;
    if (w < 0) continue;
    count++;
    quarters += w;
  }
  return { sum: quarters / 4, count };
}

/** One UTF-16 code unit's weight in `scoreReading`, or -1 for one that is not counted. */
export function weightOf(c: number, reading: Reading): number {
  const w = weightTable(reading)[c]!;
  return w < 0 ? -1 : w / 4;
}

/** True when every non-ASCII character of the score weighs 1 (or there is none). */
export function isClean(score: ReadingScore): boolean {
  return score.sum === score.count;
}

/** The mean weight of a score's characters; 1 for text with none. */
export function meanWeight(score: ReadingScore): number {
  return score.count === 0 ? 1 : score.sum / score.count;
}

const weights = new Map<Reading, Int8Array>();

/** Each BMP code unit's weight in quarters (so sums stay exact), -4 for one not counted. */
function weightTable(reading: Reading): Int8Array {
  let table = weights.get(reading);
  if (table) return table;
  const sets = commonTable();
  const mask = MASK[reading];
  table = new Int8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    // ASCII, no-break spaces and a stray BOM say nothing about the encoding
    if (c < 0x80 || c === 0xa0 || c === 0xfeff) table[c] = -4;
    else if (sets[c]! & mask) table[c] = isHanOrCjkPunctuation(c) ? 4 : 2;
    else table[c] = isHan(c) ? 1 : 0;
  }
  weights.set(reading, table);
  return table;
}

function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
  );
}

function isHanOrCjkPunctuation(c: number): boolean {
  return (
    isHan(c) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2460 && c <= 0x24ff) ||
    c === 0x00b7 ||
    c === 0x00d7
  );
}

/**
 * For every BMP code unit, the common sets it belongs to, built once by
 * decoding every GB2312 pair (rows A1–A9 and B0–F7) and every pair of Big5's
 * symbol and frequent-character blocks (A140–A3BF, A440–C67E).
 */
let common: Uint8Array | undefined;

function commonTable(): Uint8Array {
  if (common) return common;
  const table = new Uint8Array(0x10000);
  const gbLeads = [...range(0xa1, 0xa9), ...range(0xb0, 0xf7)];
  mark(table, GB2312, 'gb18030', pairs(gbLeads, range(0xa1, 0xfe)));
  const big5Trails = [...range(0x40, 0x7e), ...range(0xa1, 0xfe)];
  const big5 = pairs(range(0xa1, 0xc6), big5Trails).filter(
    ([lead, trail]) => !(lead === 0xa3 && trail >= 0xc0) && !(lead === 0xc6 && trail >= 0xa1),
  );
  mark(table, BIG5, 'big5', big5);
  common = table;
  return table;
}

function mark(table: Uint8Array, bit: number, label: string, list: [number, number][]): void {
  const text = new TextDecoder(label).decode(new Uint8Array(list.flat()));
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) continue;
    table[c]! |= bit;
  }
}

function pairs(leads: number[], trails: number[]): [number, number][] {
  return leads.flatMap((lead) => trails.map((trail): [number, number] => [lead, trail]));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
