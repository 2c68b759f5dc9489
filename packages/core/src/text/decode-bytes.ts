import { diagnostic, type Diagnostic, type Read } from '../model/diagnostic.js';
import { detectUtf16 } from './bytes/detect-utf16.js';
import { lineAt } from './bytes/line-at.js';
import { looksLikeBig5 } from './bytes/looks-like-big5.js';
import { decodeMixed } from './bytes/decode-mixed.js';
import { countReplacements, tryDecode } from './bytes/try-decode.js';

/** Decoded text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, or a forced encoding's label */
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
 * a mark, told from NUL patterns; strict UTF-8, in one call. Bytes that are not
 * all UTF-8 are read line by line (field by field where a line mixes) as UTF-8 or
 * as the legacy encoding their non-UTF-8 lines fit, GB18030 (Chinese Excel's
 * "CSV") or Big5 (`decodeMixed`); bytes no reading can use become U+FFFD. It
 * never throws.
 *
 * - ZIP (.xlsx) or OLE (.xls) signatures, or NUL bytes outside UTF-16: error
 *   `bytes/binary`, empty text.
 * - Empty, BOM-only or whitespace-only input: info `bytes/empty`, empty text.
 * - A file mostly in GB18030 or Big5: info `bytes/encoding` or `bytes/big5`.
 * - Lines in an encoding other than most of the file's: warning `bytes/mixed`
 *   with the line of the first.
 * - Bytes no reading can use: warning `bytes/invalid` with the line of the first.
 * - GB18030 bytes that still look like Big5: warning `bytes/maybe-big5`.
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
  return mixed(bytes, undefined, place, out);
}

/**
 * Bytes that are not all valid UTF-8: each line (each field, where a line
 * mixes) in the reading that keeps the most text. An info names a legacy
 * encoding the file is in; a warning names the first line in another encoding,
 * and another the first bad byte that no reading could use.
 */
function mixed(
  bytes: Uint8Array,
  bom: 'utf-8-bom' | undefined,
  place: Place,
  out: Diagnostic[],
): DecodedText {
  const read = decodeMixed(bytes, bom ? { base: 'utf-8' } : {});
  const encoding = bom ?? read.encoding;
  if (read.encoding === 'gb18030') {
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
  } else if (read.encoding === 'big5') {
    out.push(
      diagnostic(
        'info',
        'bytes/big5',
        'decodeBytes: the file is not UTF-8 and reads as Big5 (traditional Chinese), not as GB18030; read it as Big5. If the names look wrong, read it with encoding "gb18030".',
        { ...place },
      ),
    );
  }
  if (read.otherLines.length > 0) {
    const count = read.otherLines.length;
    const at = lineAt(read.text, read.otherLines[0]!);
    const what = count === 1 ? 'one line holds' : `${count} lines hold`;
    const name = ENCODING_NAMES[read.other];
    out.push(
      diagnostic(
        'warning',
        'bytes/mixed',
        `decodeBytes: ${what} text in ${name} among ${ENCODING_NAMES[read.encoding]}, the first on line ${at.line}; read it as ${name}. Check the text there, and save the file in one encoding (UTF-8).`,
        { ...place, line: at.line },
        { count, encoding: name, base: ENCODING_NAMES[read.encoding], line: at.line },
      ),
    );
  }
  if (read.invalid > 0) {
    const at = lineAt(read.text, read.firstInvalid);
    out.push(badBytes(ENCODING_NAMES[read.encoding], read.invalid, at, place));
  }
  return { text: read.text, encoding };
}

const ENCODING_NAMES = { 'utf-8': 'UTF-8', gb18030: 'GB18030', big5: 'Big5' } as const;

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

function utf8(
  bytes: Uint8Array,
  encoding: 'utf-8-bom',
  place: Place,
  out: Diagnostic[],
): DecodedText {
  const text = tryDecode('utf-8', bytes);
  if (text !== undefined) return { text, encoding };
  return mixed(bytes, 'utf-8-bom', place, out);
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
