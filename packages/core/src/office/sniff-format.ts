import type { OfficeFormat } from './office-document.js';

/** What a file's first bytes say it is. */
export type Sniffed =
  | OfficeFormat
  /** an OLE compound file holding an encrypted Office document (a password) */
  | 'encrypted'
  /** an OpenDocument file (LibreOffice, WPS's .odt/.ods) */
  | 'opendocument'
  /** a ZIP or OLE file of another kind */
  | 'other-container'
  /** text, or something unknown: read as the name says */
  | undefined;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = '%PDF-';
const HEAD = 1024;

/**
 * The office format of a file by its bytes, not its name: `%PDF-` is a PDF;
 * a ZIP is a Word document when it holds `word/`, a workbook when it holds
 * `xl/` (names read from the archive's directory); an OLE compound file is a
 * Word 97–2003 document (`WordDocument`), an Excel 97–2003 workbook
 * (`Workbook`), or an encrypted Office file (`EncryptedPackage`). HTML is
 * text and is left to the name. A file named `.docx` that is really a
 * `.doc` is read as the `.doc` it is.
 */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return zipKind(bytes);
  if (startsWith(bytes, OLE)) return oleKind(bytes);
  const head = latin1(bytes.subarray(0, HEAD));
  if (head.includes(PDF)) return 'pdf';
  return undefined;
}

function zipKind(bytes: Uint8Array): Sniffed {
  // entry names are in the clear, in the local headers and the directory
  const names = latin1(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))) + latin1(tail(bytes));
  if (names.includes('word/document.xml') || names.includes('word/_rels')) return 'docx';
  if (names.includes('xl/workbook.xml') || names.includes('xl/_rels')) return 'xlsx';
  if (names.includes('mimetypeapplication/vnd.oasis.opendocument')) return 'opendocument';
  // a package whose main entry is elsewhere: the reader finds it through _rels/.rels
  if (names.includes('word/')) return 'docx';
  if (names.includes('xl/')) return 'xlsx';
  return 'other-container';
}

function oleKind(bytes: Uint8Array): Sniffed {
  const names = oleStreamNames(bytes);
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return 'encrypted';
  if (names.has('WordDocument')) return 'doc';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  return 'other-container';
}

const END_OF_CHAIN = 0xfffffffe;
const MAX_DIRECTORY_SECTORS = 4096;

/**
 * The names in an OLE compound file's directory: its sectors followed
 * through the allocation table the header lists (the first 109 of its
 * sectors, enough for files of up to 6.8 MB of table, far past any office
 * document's directory).
 */
function oleStreamNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  if (bytes.length < 512) return names;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = 1 << view.getUint16(0x1e, true);
  if (size !== 512 && size !== 4096) return names;
  const sectorAt = (n: number) => (n + 1) * size;
  const fat: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = view.getUint32(0x4c + i * 4, true);
    if (sector >= END_OF_CHAIN) break;
    const at = sectorAt(sector);
    if (at + size > bytes.length) break;
    for (let k = 0; k < size; k += 4) fat.push(view.getUint32(at + k, true));
  }
  let sector = view.getUint32(0x30, true);
  for (let n = 0; sector < END_OF_CHAIN && n < MAX_DIRECTORY_SECTORS; n++) {
    const at = sectorAt(sector);
    if (at + size > bytes.length) break;
    for (let e = at; e < at + size; e += 128) {
      const length = Math.min(64, view.getUint16(e + 0x40, true));
      let name = '';
      for (let k = 0; k + 2 < length; k += 2)
        name += String.fromCharCode(view.getUint16(e + k, true));
      if (name) names.add(name);
    }
    sector = fat[sector] ?? END_OF_CHAIN;
  }
  return names;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function tail(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(Math.max(0, bytes.length - 64 * 1024));
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return s;
}
