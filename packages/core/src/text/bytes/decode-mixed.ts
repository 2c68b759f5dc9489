import {
  isClean,
  meanWeight,
  scoreReading,
  type Reading,
  type ReadingScore,
} from './score-reading.js';
import { scanUtf8Lines, type Utf8Line } from './scan-utf8.js';

/** What `decodeMixed` read. */
export interface MixedText {
  text: string;
  /** the encoding most of the text is in */
  encoding: Reading;
  /** the encoding of the lines (or parts of lines) that are not in `encoding` */
  other: Reading;
  /** text offset of the start of each line that holds text read in `other` */
  otherLines: number[];
  /** how many U+FFFD stand for bytes no reading could use */
  invalid: number;
  /** text offset of the first of them, or -1 */
  firstInvalid: number;
}

export interface DecodeMixedOptions {
  /** the file's encoding when it is known (a UTF-8 byte order mark), instead of the majority's */
  base?: Reading;
}

/**
 * Reads bytes that are not all valid UTF-8, choosing per line, and within a
 * line per field, the reading that keeps the most text: UTF-8, or the one
 * legacy encoding (GB18030 or Big5) that fits the file's non-UTF-8 lines
 * better. A UTF-8 file with one word pasted from a GBK source keeps both; a
 * GB18030 file stays GB18030.
 *
 * Lines are split at LF, which is never part of a multi-byte sequence in these
 * encodings, so every line can be read on its own; fields are split at ASCII
 * bytes that are never a trail byte (controls, space and `!"#$%&'()*+,-./:;<=>?`).
 * Ties go to the encoding most of the file is in.
 */
export function decodeMixed(bytes: Uint8Array, options: DecodeMixedOptions = {}): MixedText {
  const lines = scanUtf8Lines(bytes);
  const foreign: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]!.invalid > 0) foreign.push(i);
  const sample = sampleOf(lines, foreign);
  const other = chooseLegacy(
    sample,
    readLines(bytes, lines, sample, 'gb18030'),
    readLines(bytes, lines, sample, 'big5'),
  );
  const legacy = readLines(bytes, lines, foreign, other);
  const base = options.base ?? majority(lines, legacy, other, foreign);
  if (base !== 'utf-8') {
    const rest = lines.flatMap((l, i) => (l.nonAscii && l.invalid === 0 ? [i] : []));
    for (const [i, text] of readLines(bytes, lines, rest, other)) legacy.set(i, text);
  }

  // lines read whole as UTF-8, decoded together, run by run
  const picks = new Map<number, string>();
  const reads = new Map<number, Reading[]>();
  const asUtf8: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const l = legacy.get(i);
    if (l === undefined) {
      asUtf8.push(i);
      reads.set(i, line.nonAscii ? ['utf-8'] : []);
      continue;
    }
    const sl = scoreReading(l, other);
    const pick = better(line.score, sl, other, base);
    if (line.invalid === 0 || isClean(pick === 'utf-8' ? line.score : sl)) {
      if (pick === 'utf-8') asUtf8.push(i);
      else picks.set(i, l);
      reads.set(i, [pick]);
    } else {
      const mixed = decodeFields(bytes.subarray(line.start, line.end), other, base);
      picks.set(i, mixed.text);
      reads.set(i, [...mixed.reads]);
    }
  }
  for (const [i, text] of readLines(bytes, lines, asUtf8, 'utf-8')) picks.set(i, text);

  const out: string[] = [];
  const otherLines: number[] = [];
  let offset = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < lines.length; i++) {
    const text = picks.get(i)!;
    if (reads.get(i)!.some((r) => r !== base)) otherLines.push(offset);
    if (lines[i]!.invalid > 0) {
      const bad = text.indexOf('\uFFFD');
      if (bad >= 0) {
        if (firstInvalid < 0) firstInvalid = offset + bad;
        invalid += countOf(text, '\uFFFD');
      }
    }
    out.push(text);
    offset += text.length + 1;
  }
  return {
    text: out.join('\n'),
    encoding: base,
    other: base === 'utf-8' ? other : 'utf-8',
    otherLines,
    invalid,
    firstInvalid,
  };
}

/**
 * The lines `indices` (ascending) decoded leniently in `label`: each run of
 * neighbouring lines in one call, then split at LF, which every one of these
 * decoders keeps as it is.
 */
function readLines(
  bytes: Uint8Array,
  lines: readonly Utf8Line[],
  indices: readonly number[],
  label: Reading,
): Map<number, string> {
  const out = new Map<number, string>();
  let k = 0;
  while (k < indices.length) {
    let last = k;
    while (last + 1 < indices.length && indices[last + 1] === indices[last]! + 1) last++;
    const run = lenient(
      label,
      bytes.subarray(lines[indices[k]!]!.start, lines[indices[last]!]!.end),
    );
    run.split('\n').forEach((text, j) => out.set(indices[k + j]!, text));
    k = last + 1;
  }
  return out;
}

/** How many bytes of non-UTF-8 lines `chooseLegacy` weighs: enough to settle it, few enough to be quick. */
const LEGACY_SAMPLE = 256 * 1024;

/** The first non-UTF-8 lines, up to `LEGACY_SAMPLE` bytes. */
function sampleOf(lines: readonly Utf8Line[], foreign: readonly number[]): number[] {
  let bytes = 0;
  let k = 0;
  while (k < foreign.length && bytes < LEGACY_SAMPLE) {
    const line = lines[foreign[k]!]!;
    bytes += line.end - line.start;
    k++;
  }
  return foreign.slice(0, k);
}

/** Big5 when the non-UTF-8 lines read clearly better as Big5 than as GB18030. */
function chooseLegacy(
  foreign: readonly number[],
  gb: Map<number, string>,
  big5: Map<number, string>,
): Reading {
  let gbSum = 0;
  let big5Sum = 0;
  for (const i of foreign) {
    gbSum += scoreReading(gb.get(i)!, 'gb18030').sum;
    big5Sum += scoreReading(big5.get(i)!, 'big5').sum;
  }
  // Every Big5 pair is a GBK pair too: prefer the encoding Chinese Excel uses
  // unless Big5 reads markedly better.
  return big5Sum > gbSum * 1.2 ? 'big5' : 'gb18030';
}

/** The file's encoding: the legacy one when its reading of the non-UTF-8 lines outweighs all UTF-8 text. */
function majority(
  lines: readonly Utf8Line[],
  legacy: Map<number, string>,
  other: Reading,
  foreign: readonly number[],
): Reading {
  let legacySum = 0;
  for (const i of foreign) legacySum += scoreReading(legacy.get(i)!, other).sum;
  let utf8Sum = 0;
  for (const line of lines) utf8Sum += line.score.sum;
  return legacySum > utf8Sum ? other : 'utf-8';
}

function better(su: ReadingScore, sl: ReadingScore, other: Reading, base: Reading): Reading {
  const mu = meanWeight(su);
  const ml = meanWeight(sl);
  return mu > ml ? 'utf-8' : ml > mu ? other : base;
}

/** Reads one line field by field, each in the reading that scores better. */
function decodeFields(
  line: Uint8Array,
  other: Reading,
  base: Reading,
): { text: string; reads: Set<Reading> } {
  const reads = new Set<Reading>();
  let text = '';
  let i = 0;
  while (i < line.length) {
    if (isFieldBreak(line[i]!)) {
      text += String.fromCharCode(line[i]!);
      i++;
      continue;
    }
    let j = i;
    let ascii = true;
    while (j < line.length && !isFieldBreak(line[j]!)) {
      if (line[j]! >= 0x80) ascii = false;
      j++;
    }
    const field = line.subarray(i, j);
    if (ascii) {
      text += String.fromCharCode(...field);
    } else {
      const u = lenient('utf-8', field);
      const l = lenient(other, field);
      const pick = better(scoreReading(u, 'utf-8'), scoreReading(l, other), other, base);
      text += pick === 'utf-8' ? u : l;
      reads.add(pick);
    }
    i = j;
  }
  return { text, reads };
}

/** ASCII bytes that are never part of a GB18030, Big5 or UTF-8 multi-byte sequence. */
function isFieldBreak(b: number): boolean {
  return b < 0x30 || (b >= 0x3a && b < 0x40);
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

function lenient(label: Reading, bytes: Uint8Array): string {
  let decoder = decoders.get(label);
  if (!decoder) decoders.set(label, (decoder = new TextDecoder(label, { ignoreBOM: true })));
  return decoder.decode(bytes);
}
