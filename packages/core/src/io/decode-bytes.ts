import { diagnostic, type Diagnostic, type Read } from '../model/diagnostic.js';
import { detectUtf16 } from './bytes/detect-utf16.js';
import { lineAt } from './bytes/line-at.js';
import { lineAtByte } from './bytes/line-at-byte.js';
import { looksLikeBig5 } from './bytes/looks-like-big5.js';
import { scanUtf8 } from './bytes/scan-utf8.js';
import { countReplacements, tryDecode } from './bytes/try-decode.js';

/** Decoded text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`, or a forced encoding's label */
  encoding: string;
}

export interface DecodeBytesOptions {
  /** file name or URL, copied into diagnostics */
  source?: string;
  /**
   * Skip detection and decode with this WHATWG encoding label (`big5`, `gb18030` …).
   * Bad bytes still become a warning.
   */
  encoding?: string;
}

/**
 * Turns the bytes of a text file into text, detecting the encoding.
 *
 * Order: a byte order mark (UTF-8, UTF-16LE, UTF-16BE; stripped); UTF-16 without
 * a mark, told from NUL patterns; strict UTF-8; strict GB18030 (Chinese Excel's
 * "CSV"). When neither decodes cleanly, the one with fewer bad bytes is used and a
 * warning names the line of the first bad byte; the rest is decoded (bad bytes
 * become U+FFFD). It never throws.
 *
 * - ZIP (.xlsx) or OLE (.xls) signatures, or NUL bytes outside UTF-16: error
 *   `bytes/binary`, empty text.
 * - Empty, BOM-only or whitespace-only input: info `bytes/empty`, empty text.
 * - GB18030 bytes that look like Big5: warning `bytes/maybe-big5`.
 *
 * Uses `TextDecoder` only, so it runs in browsers and in Node with full ICU.
 *
 * @example decodeBytes(await file.bytes(), { source: file.name })
 */
export function decodeBytes(
  bytes: Uint8Array,
  options: DecodeBytesOptions = {},
): Read<DecodedText> {
  const place = options.source === undefined ? {} : { source: options.source };
  const diagnostics: Diagnostic[] = [];
  const result = options.encoding
    ? decodeAs(bytes, options.encoding, place, diagnostics)
    : detectAndDecode(bytes, place, diagnostics);
  if (!diagnostics.some((d) => d.code === 'bytes/binary') && result.text.trim() === '') {
    diagnostics.push(
      diagnostic('info', 'bytes/empty', 'decodeBytes: the file holds no text; nothing to read.', {
        ...place,
      }),
    );
    return { value: { text: '', encoding: result.encoding }, diagnostics };
  }
  return { value: result, diagnostics };
}

type Place = { source?: string };

const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // ZIP: .xlsx, .docx, .ods
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0xd0, 0xcf, 0x11, 0xe0], // OLE compound file: .xls, .doc
];

function detectAndDecode(bytes: Uint8Array, place: Place, out: Diagnostic[]): DecodedText {
  if (BINARY_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) {
    return binary(place, out, { why: 'signature' });
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), 'utf-8-bom', place, out);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return utf16(bytes.subarray(2), 'utf-16le', place, out);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return utf16(bytes.subarray(2), 'utf-16be', place, out);
  }
  const utf16Guess = detectUtf16(bytes);
  if (utf16Guess) return utf16(bytes, utf16Guess, place, out);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return binary(place, out, { why: 'nul', byte: nul });

  const strict = tryDecode('utf-8', bytes);
  if (strict !== undefined) return { text: strict, encoding: 'utf-8' };
  const scan = scanUtf8(bytes);
  // UTF-8 with a stray bad byte keeps many good multi-byte sequences; text in a
  // legacy encoding breaks almost every one.
  const mostlyUtf8 = scan.invalid * 20 <= scan.multiByte;
  if (!mostlyUtf8) {
    const gb = tryDecode('gb18030', bytes);
    if (gb !== undefined) {
      out.push(
        diagnostic(
          'info',
          'bytes/encoding',
          'decodeBytes: the file is not UTF-8; read it as GB18030 (GBK), as Chinese Excel saves CSV.',
          { ...place },
        ),
      );
      if (looksLikeBig5(bytes) && tryDecode('big5', bytes) !== undefined) {
        out.push(
          diagnostic(
            'warning',
            'bytes/maybe-big5',
            'decodeBytes: the file decodes as GB18030 but most characters are rare ones; it is probably Big5 (traditional Chinese). Re-save it as UTF-8, or read it with encoding "big5".',
            { ...place },
          ),
        );
      }
      return { text: gb, encoding: 'gb18030' };
    }
    const gbLoose = new TextDecoder('gb18030', { ignoreBOM: true }).decode(bytes);
    const gbBad = countReplacements(gbLoose);
    if (gbBad < scan.invalid) {
      const at = lineAt(gbLoose, gbLoose.indexOf('\uFFFD'));
      out.push(badBytes('GB18030', gbBad, at, place));
      return { text: gbLoose, encoding: 'gb18030' };
    }
  }
  out.push(badBytes('UTF-8', scan.invalid, lineAtByte(bytes, scan.firstInvalid), place));
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
}

function decodeAs(bytes: Uint8Array, label: string, place: Place, out: Diagnostic[]): DecodedText {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    out.push(
      diagnostic(
        'error',
        'bytes/unknown-encoding',
        `decodeBytes: unknown encoding "${label}"; use a WHATWG label such as utf-8, gb18030 or big5.`,
        { ...place },
        { encoding: label },
      ),
    );
    return { text: '', encoding: label };
  }
  const text = tryDecode(encoding, bytes);
  if (text !== undefined) return { text: stripBom(text), encoding };
  const loose = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const at = lineAt(loose, loose.indexOf('\uFFFD'));
  out.push(badBytes(encoding, countReplacements(loose), at, place));
  return { text: stripBom(loose), encoding };
}

function utf8(bytes: Uint8Array, encoding: string, place: Place, out: Diagnostic[]): DecodedText {
  const text = tryDecode('utf-8', bytes);
  if (text !== undefined) return { text, encoding };
  const scan = scanUtf8(bytes);
  // positions are reported in the file, BOM included in neither line nor column
  out.push(badBytes('UTF-8', scan.invalid, lineAtByte(bytes, scan.firstInvalid), place));
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding };
}

function utf16(bytes: Uint8Array, encoding: string, place: Place, out: Diagnostic[]): DecodedText {
  const text = tryDecode(encoding, bytes);
  if (text !== undefined) return { text, encoding };
  const loose = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const at = lineAt(loose, loose.indexOf('\uFFFD'));
  out.push(badBytes(encoding.toUpperCase(), countReplacements(loose), at, place));
  return { text: loose, encoding };
}

/** Why bytes are taken for a binary file: a ZIP/OLE signature, or a NUL byte at `byte`. */
type BinarySign = { why: 'signature' } | { why: 'nul'; byte: number };

function binary(place: Place, out: Diagnostic[], sign: BinarySign): DecodedText {
  const why =
    sign.why === 'signature'
      ? 'it starts with a ZIP/OLE signature'
      : `it holds NUL bytes (first at byte ${sign.byte})`;
  out.push(
    diagnostic(
      'error',
      'bytes/binary',
      `decodeBytes: looks like a ZIP/XLSX file, not text (${why}); save the sheet as CSV (UTF-8) and read that.`,
      { ...place },
      sign,
    ),
  );
  return { text: '', encoding: 'binary' };
}

function badBytes(
  encoding: string,
  count: number,
  at: { line: number; column: number },
  place: Place,
): Diagnostic {
  const what = count === 1 ? 'one invalid byte sequence' : `${count} invalid byte sequences`;
  return diagnostic(
    'warning',
    'bytes/invalid',
    `decodeBytes: ${what} for ${encoding}, the first on line ${at.line}; they read as U+FFFD and the rest was read. Check the text there, or re-save the file as UTF-8.`,
    { ...place, line: at.line, column: at.column },
    { count, encoding, line: at.line },
  );
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
