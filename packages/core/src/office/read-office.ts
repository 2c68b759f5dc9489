import type { Read } from '../model/diagnostic.js';
import type { ParseOptions } from '../parse/index.js';
import { chooseFormat } from './choose-format.js';
import type { OfficeDocument, OfficeFormat } from './office-document.js';
import { officePlan, type OfficePlan } from './office-plan.js';
import type { PdfOptions } from './pdf/pdf-text.js';
import {
  officeError,
  readOfficeWith,
  type OfficeOptions,
  type OfficeReader,
} from './read-office-with.js';

/**
 * Reads an office file into its structure, loading the reader its format
 * needs and no other (in a browser, the code for a format arrives only with
 * the first file of that format):
 *
 * - `.docx` (Word): paragraphs with their automatic numbering, tables with
 *   merged cells (see `readDocx`);
 * - `.doc` (Word 97–2003): the same from the binary format (`readDoc`);
 * - `.xlsx` / `.xls` (Excel): every visible sheet as a grid (`readXlsx`, `readXls`);
 * - `.pdf`: the text layer, lines and tables rebuilt from positions and
 *   rules (`readPdfText`, `pdfDocument`); `options.pdf` says where pdf.js
 *   finds its CMaps;
 * - `.html`: a saved web page as a browser shows it (`readHtml`).
 *
 * The format is what the bytes are, whatever the name says. Never throws:
 * a file that cannot be read (a password, damage, a zip bomb, a scan without
 * text) gives no document and one error diagnostic that says what to do.
 *
 * @example const { value, diagnostics } = await readOfficeDocument(bytes, { source: file.name })
 */
export async function readOfficeDocument(
  bytes: Uint8Array,
  options: OfficeOptions & { pdf?: PdfOptions } = {},
): Promise<Read<OfficeDocument | undefined>> {
  let chosen;
  try {
    chosen = chooseFormat(bytes, options.format, options.source);
  } catch (error) {
    return { value: undefined, diagnostics: [officeError(error, options.format, options.source)] };
  }
  const { format, diagnostics } = chosen;
  let reader: OfficeReader;
  try {
    reader = await loadReader(format, bytes, options.pdf);
  } catch (error) {
    return {
      value: undefined,
      diagnostics: [...diagnostics, officeError(error, format, options.source)],
    };
  }
  const read = readOfficeWith(bytes, format, reader, options);
  return { value: read.value, diagnostics: [...diagnostics, ...read.diagnostics] };
}

/**
 * Reads the plan in an office file: `readOfficeDocument`, then the plan
 * reader on its paragraphs and tables (see `parseOfficeDocument`), its
 * diagnostics naming places in the file (`Sheet1!C14`, `page 2, line 5`).
 * Never throws.
 *
 * @example const { value: plan } = await readOfficePlan(bytes, { source: '任务分解表.xlsx' })
 */
export async function readOfficePlan(
  bytes: Uint8Array,
  options: OfficeOptions & ParseOptions & { pdf?: PdfOptions } = {},
): Promise<OfficePlan> {
  return officePlan(await readOfficeDocument(bytes, options), options);
}

/** The reader of `format`, loaded; a PDF's text layer is extracted here (pdf.js reads asynchronously). */
async function loadReader(
  format: OfficeFormat,
  bytes: Uint8Array,
  pdf: PdfOptions | undefined,
): Promise<OfficeReader> {
  switch (format) {
    case 'docx': {
      const { readDocx } = await import('./docx/read-docx.js');
      return (b, o) => ({ value: readDocx(b, o.limits), diagnostics: [] });
    }
    case 'xlsx': {
      const { readXlsx } = await import('./xlsx/read-xlsx.js');
      return (b, o) => ({ value: readXlsx(b, o.limits), diagnostics: [] });
    }
    case 'doc': {
      const [{ readDoc }, sheetjs] = await Promise.all([
        import('./doc/read-doc.js'),
        import('@e965/xlsx'),
      ]);
      return (b) => ({ value: readDoc(b, sheetjs), diagnostics: [] });
    }
    case 'xls': {
      const [{ readXls }, sheetjs] = await Promise.all([
        import('./xls/read-xls.js'),
        import('@e965/xlsx'),
      ]);
      return (b) => ({ value: readXls(b, sheetjs), diagnostics: [] });
    }
    case 'html': {
      const [{ readHtmlBytes }, parse5] = await Promise.all([
        import('./html/read-html-bytes.js'),
        import('parse5'),
      ]);
      return (b, o) => readHtmlBytes(b, o, parse5);
    }
    case 'pdf': {
      const [{ readPdfText }, { pdfDocument }] = await Promise.all([
        import('./pdf/pdf-text.js'),
        import('./pdf/pdf-document.js'),
      ]);
      const text = await readPdfText(bytes, pdf);
      return () => ({ value: pdfDocument(text.value), diagnostics: text.diagnostics });
    }
  }
}
