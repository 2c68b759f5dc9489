import type { Read } from '../model/diagnostic.js';
import type { ParseOptions } from '../parse/index.js';
import { chooseFormat } from './choose-format.js';
import { readDoc } from './doc/read-doc.js';
import { readDocx } from './docx/read-docx.js';
import { readHtmlBytes } from './html/read-html-bytes.js';
import type { OfficeLibraries } from './libraries.js';
import type { OfficeDocument, OfficeFormat } from './office-document.js';
import { officePlan, type OfficePlan } from './office-plan.js';
import { pdfDocument } from './pdf/pdf-document.js';
import type { PdfText } from './pdf/pdf-text.js';
import {
  officeError,
  readOfficeWith,
  type OfficeOptions,
  type OfficeReader,
} from './read-office-with.js';
import { readXls } from './xls/read-xls.js';
import { readXlsx } from './xlsx/read-xlsx.js';

const plain =
  (read: (bytes: Uint8Array, options: OfficeOptions) => OfficeDocument): OfficeReader =>
  (bytes, options) => ({ value: read(bytes, options), diagnostics: [] });

/** Every reader but the PDF's, which needs its text layer extracted first (asynchronously). */
function syncReader(
  format: Exclude<OfficeFormat, 'pdf'>,
  libraries: OfficeLibraries,
): OfficeReader {
  switch (format) {
    case 'docx':
      return plain((bytes, o) => readDocx(bytes, o.limits));
    case 'xlsx':
      return plain((bytes, o) => readXlsx(bytes, o.limits));
    case 'doc':
      return plain((bytes) => readDoc(bytes, libraries.sheetjs()));
    case 'xls':
      return plain((bytes) => readXls(bytes, libraries.sheetjs()));
    case 'html':
      return (bytes, o) => readHtmlBytes(bytes, o, libraries.parse5());
  }
}

/** How `readOfficeDocumentSync` gets what it cannot load itself. */
export interface SyncSources {
  /** the libraries of `.doc`, `.xls` and `.html` (see `OfficeLibraries`) */
  libraries: OfficeLibraries;
  /** a PDF's text layer, extracted at once */
  pdfText?: PdfTextSource;
}

/** The text layer of a PDF, extracted at once; only called when the bytes are a PDF. */
export type PdfTextSource = () => Read<PdfText>;

/**
 * Reads an office file at once, for callers that cannot wait (the `remit`
 * command): every format, a PDF's text layer given by `pdfText` (pdf.js
 * reads asynchronously; the command runs it in a process of its own), the
 * libraries some readers need given by `libraries`. Never
 * throws; see `readOfficeDocument` for what is read.
 */
export function readOfficeDocumentSync(
  bytes: Uint8Array,
  options: OfficeOptions & SyncSources,
): Read<OfficeDocument | undefined> {
  let chosen;
  try {
    chosen = chooseFormat(bytes, options.format, options.source);
  } catch (error) {
    return { value: undefined, diagnostics: [officeError(error, options.format, options.source)] };
  }
  const { format, diagnostics } = chosen;
  const read =
    format === 'pdf'
      ? readOfficeWith(bytes, format, () => pdfFrom(options.pdfText), options)
      : readOfficeWith(bytes, format, syncReader(format, options.libraries), options);
  return { value: read.value, diagnostics: [...diagnostics, ...read.diagnostics] };
}

/** `readOfficeDocumentSync`, then the plan in the document (see `officePlan`). Never throws. */
export function readOfficePlanSync(
  bytes: Uint8Array,
  options: OfficeOptions & ParseOptions & SyncSources,
): OfficePlan {
  return officePlan(readOfficeDocumentSync(bytes, options), options);
}

function pdfFrom(source: PdfTextSource | undefined): Read<OfficeDocument> {
  if (!source) throw new Error('readOfficeDocumentSync: a PDF needs its text layer (pdfText)');
  const text = source();
  return { value: pdfDocument(text.value), diagnostics: text.diagnostics };
}
