import { inflateSync } from 'fflate';
import { formatSize } from '../../text/format-size.js';
import { OfficeProblem } from '../office-problem.js';

/** One file of a ZIP archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
  /** the size the directory states once unpacked; checked before unpacking */
  size: number;
  /** where the entry's local header starts */
  offset: number;
}

/** A ZIP archive's bytes and its entries by name. */
export interface ZipArchive {
  bytes: Uint8Array;
  entries: ReadonlyMap<string, ZipEntry>;
  /** how many bytes the entries read so far unpacked to */
  unpacked: number;
}

/** Limits on what an archive may unpack to. */
export interface ZipLimits {
  /** the most bytes all entries read may unpack to, together */
  maxUnpacked: number;
  /**
   * the most an entry of more than `ratioFrom` bytes may grow by when unpacked
   * (a zip bomb's entries grow a thousandfold; an office file's tenfold to fiftyfold)
   */
  maxRatio: number;
  ratioFrom: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUnpacked: 128 * 1024 * 1024,
  maxRatio: 200,
  ratioFrom: 4 * 1024 * 1024,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 100_000;

/**
 * Reads a ZIP archive's central directory (the list at its end) without
 * unpacking anything. Throws an `OfficeProblem` for bytes that are no
 * complete archive (a truncated or damaged file).
 */
export function readZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) {
    throw new OfficeProblem(
      'office/damaged',
      'the file starts like an Office file (a ZIP archive) but its end is missing: it is damaged or was cut short (an incomplete download?). Open it in Word or Excel and save it again, or fetch it again.',
      { why: 'no-end' },
    );
  }
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff || at + size > end || count > MAX_ENTRIES) {
    throw new OfficeProblem(
      'office/damaged',
      'the file is a ZIP archive whose directory does not fit in the file (damaged, or larger than 4 GB). Open it in Word or Excel and save it again.',
      { why: 'directory' },
    );
  }
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) {
      throw new OfficeProblem(
        'office/damaged',
        'the ZIP archive inside the file has a damaged directory. Open it in Word or Excel and save it again.',
        { why: 'directory' },
      );
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) {
      throw new OfficeProblem(
        'office/encrypted',
        'the file is protected by a password; remit cannot open it. Open it in Word, WPS or Excel, remove the password (File › Info › Protect) and save a copy.',
        { kind: 'zip' },
      );
    }
    entries.set(name, {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { bytes, entries, unpacked: 0 };
}

/**
 * An entry's bytes, unpacked. The sizes the directory states are checked
 * first, so that memory never holds more than `limits.maxUnpacked` however
 * the archive was made: an entry that would exceed it, or that grows by more
 * than `limits.maxRatio`, is refused before a byte is inflated, and inflating
 * writes into a buffer of the stated size, never past it.
 */
export function unzipEntry(
  zip: ZipArchive,
  entry: ZipEntry,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Uint8Array {
  if (entry.size > limits.ratioFrom && entry.size > entry.compressedSize * limits.maxRatio) {
    throw new OfficeProblem(
      'office/zip-bomb',
      `the file's entry ${entry.name} would unpack from ${formatSize(entry.compressedSize)} to ${formatSize(entry.size)}, far more than any document does: it looks built to exhaust memory (a zip bomb) and was not unpacked.`,
      {
        entry: entry.name,
        packed: formatSize(entry.compressedSize),
        size: formatSize(entry.size),
      },
    );
  }
  if (zip.unpacked + entry.size > limits.maxUnpacked) {
    throw new OfficeProblem(
      'office/too-large',
      `the file unpacks to more than remit reads (${formatSize(zip.unpacked + entry.size)} at ${entry.name}; the limit is ${formatSize(limits.maxUnpacked)}). Split it into smaller files, or save the sheet as CSV.`,
      {
        entry: entry.name,
        size: formatSize(zip.unpacked + entry.size),
        limit: formatSize(limits.maxUnpacked),
      },
    );
  }
  const view = new DataView(zip.bytes.buffer, zip.bytes.byteOffset, zip.bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > zip.bytes.length || view.getUint32(at, true) !== LOCAL) {
    throw new OfficeProblem(
      'office/damaged',
      `the file's entry ${entry.name} is missing or damaged. Open the file in Word or Excel and save it again.`,
      { why: 'entry', entry: entry.name },
    );
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const packed = zip.bytes.subarray(start, start + entry.compressedSize);
  if (packed.length < entry.compressedSize) {
    throw new OfficeProblem(
      'office/damaged',
      `the file's entry ${entry.name} is cut short: the file is damaged or incomplete. Fetch it again, or open it in Word or Excel and save it again.`,
      { why: 'entry', entry: entry.name },
    );
  }
  zip.unpacked += entry.size;
  if (entry.method === 0) return packed;
  if (entry.method !== 8) {
    throw new OfficeProblem(
      'office/damaged',
      `the file's entry ${entry.name} is packed with a method remit does not read (${entry.method}). Open the file in Word or Excel and save it again.`,
      { why: 'method', entry: entry.name },
    );
  }
  try {
    // A buffer of the stated size: data that lies about its size is cut there.
    return inflateSync(packed, { out: new Uint8Array(entry.size) });
  } catch {
    throw new OfficeProblem(
      'office/damaged',
      `the file's entry ${entry.name} cannot be unpacked: the file is damaged. Open it in Word or Excel and save it again.`,
      { why: 'entry', entry: entry.name },
    );
  }
}

/** An entry's text (UTF-8, as Office writes its XML), or undefined when the archive lacks it. */
export function unzipText(
  zip: ZipArchive,
  name: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): string | undefined {
  const entry = zip.entries.get(name);
  if (!entry) return undefined;
  const bytes = unzipEntry(zip, entry, limits);
  // Office writes its XML in UTF-8, rarely UTF-16 with a byte order mark
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new OfficeProblem(
      'office/damaged',
      `the file's entry ${name} is not readable text: the file is damaged. Open it in Word or Excel and save it again.`,
      { why: 'entry', entry: name },
    );
  }
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}
