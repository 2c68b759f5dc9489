import { OfficeProblem } from '../office-problem.js';

/** One piece of a Word 97–2003 document's text: a run of characters stored at one place. */
interface Piece {
  /** the first character position (CP) and the one after the last */
  cpStart: number;
  cpEnd: number;
  /** the byte offset in the WordDocument stream */
  fc: number;
  /** one byte per character (Windows-1252) instead of two (UTF-16LE) */
  compressed: boolean;
}

/** A Word 97–2003 document's main text and where each character is stored. */
export interface DocText {
  /** the main document's characters (footnotes, headers and the rest left out) */
  text: string;
  /** the byte offset in the WordDocument stream of the character at `cp` */
  fcOf(cp: number): number;
}

const BODY_LENGTH = 12; // ccpText: the fourth entry of FibRgLw97

/** Where the FIB's FcLcb pairs start and how many there are. */
export interface FibLayout {
  fcLcb: number;
  count: number;
  /** the flags word: fWhichTblStm, fEncrypted … */
  flags: number;
  ccpText: number;
}

/** Reads the FIB (File Information Block) at the start of the WordDocument stream. */
export function readFib(word: Uint8Array): FibLayout {
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (word.length < 64 || view.getUint16(0, true) !== 0xa5ec) {
    throw new OfficeProblem(
      'office/damaged',
      'the file is an OLE file with a WordDocument stream that does not start as Word 97–2003 writes it (damaged, or Word 6/95, which remit does not read). Open it in Word or WPS and save it as .docx.',
      { why: 'fib' },
    );
  }
  const flags = view.getUint16(0x0a, true);
  const csw = view.getUint16(32, true);
  const rgLw = 34 + csw * 2;
  const cslw = view.getUint16(rgLw, true);
  const ccpText = view.getInt32(rgLw + 2 + BODY_LENGTH, true);
  const rgFcLcb = rgLw + 2 + cslw * 4;
  const count = view.getUint16(rgFcLcb, true);
  return { fcLcb: rgFcLcb + 2, count, flags, ccpText };
}

/** FcLcb pair `index` of the FIB: an offset and a length in the table stream. */
export function fcLcb(word: Uint8Array, fib: FibLayout, index: number): [fc: number, lcb: number] {
  if (index >= fib.count) return [0, 0];
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  const at = fib.fcLcb + index * 8;
  if (at + 8 > word.length) return [0, 0];
  return [view.getUint32(at, true), view.getUint32(at + 4, true)];
}

const CLX = 33;

/**
 * The main text through the piece table (the CLX in the table stream):
 * each piece's characters, one byte each (Windows-1252) or two (UTF-16LE).
 */
export function readDocText(word: Uint8Array, table: Uint8Array, fib: FibLayout): DocText {
  const [fc, lcb] = fcLcb(word, fib, CLX);
  const pieces = readPieces(table.subarray(fc, fc + lcb));
  const end = Math.max(0, fib.ccpText);
  const single = new TextDecoder('windows-1252');
  const double = new TextDecoder('utf-16le');
  const parts: string[] = [];
  for (const p of pieces) {
    if (p.cpStart >= end) break;
    const count = Math.min(p.cpEnd, end) - p.cpStart;
    const bytes = word.subarray(p.fc, p.fc + count * (p.compressed ? 1 : 2));
    parts.push((p.compressed ? single : double).decode(bytes));
  }
  return {
    text: parts.join('').slice(0, end),
    fcOf(cp) {
      for (const p of pieces) {
        if (cp >= p.cpStart && cp < p.cpEnd)
          return p.fc + (cp - p.cpStart) * (p.compressed ? 1 : 2);
      }
      return -1;
    },
  };
}

function readPieces(clx: Uint8Array): Piece[] {
  const view = new DataView(clx.buffer, clx.byteOffset, clx.byteLength);
  let at = 0;
  // Prcs (formatting of the pieces) come first; they are skipped
  while (at < clx.length && clx[at] === 0x01) at += 3 + view.getUint16(at + 1, true);
  if (clx[at] !== 0x02 || at + 5 > clx.length) {
    throw new OfficeProblem(
      'office/damaged',
      'the Word 97–2003 document has no readable piece table (its text cannot be found). Open it in Word or WPS and save it as .docx.',
      { why: 'pieces' },
    );
  }
  const lcb = view.getUint32(at + 1, true);
  const plc = at + 5;
  const n = Math.floor((lcb - 4) / 12);
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = view.getUint32(plc + i * 4, true);
    const cpEnd = view.getUint32(plc + (i + 1) * 4, true);
    const pcd = plc + (n + 1) * 4 + i * 8;
    if (pcd + 8 > clx.length) break;
    const raw = view.getUint32(pcd + 2, true);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({ cpStart, cpEnd, fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}
