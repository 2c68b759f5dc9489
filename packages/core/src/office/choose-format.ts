import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { isHtml } from '../parse/html/is-html.js';
import type { OfficeFormat } from './office-document.js';
import { OfficeProblem } from './office-problem.js';
import { sniffFormat } from './sniff-format.js';

const NAMES: Readonly<Record<OfficeFormat, string>> = {
  docx: 'a Word document (.docx)',
  doc: 'a Word 97–2003 document (.doc)',
  xlsx: 'an Excel workbook (.xlsx)',
  xls: 'an Excel 97–2003 workbook (.xls)',
  pdf: 'a PDF',
  html: 'a web page (.html)',
};
const TEXT_HEAD = 4096;

/**
 * The format an office file is read in: what its bytes are, whatever its
 * name says (a `.doc` renamed `.docx`, a web page saved as `.doc` are read
 * as what they are, with a note). Throws an `OfficeProblem` for bytes no
 * reader takes: a password-protected file, an OpenDocument file, another
 * kind of ZIP or OLE file, or text named as an office file.
 */
export function chooseFormat(
  bytes: Uint8Array,
  claimed: OfficeFormat | undefined,
  source: string | undefined,
): { format: OfficeFormat; diagnostics: Diagnostic[] } {
  const sniffed = sniffFormat(bytes);
  const place = source === undefined ? {} : { source };
  if (sniffed === 'encrypted') {
    throw new OfficeProblem(
      'office/encrypted',
      'the file is protected by a password (an encrypted Office file); remit cannot open it. Open it in Word, WPS or Excel, remove the password (File › Info › Protect) and save a copy.',
      { kind: 'ooxml' },
    );
  }
  if (sniffed === 'opendocument') {
    throw new OfficeProblem(
      'office/not-this-format',
      'the file is an OpenDocument file (.odt/.ods, from LibreOffice or WPS); remit reads Word and Excel files. Save it as .docx or .xlsx and read that.',
      { format: 'opendocument' },
    );
  }
  if (sniffed === 'other-container') {
    throw new OfficeProblem(
      'office/not-this-format',
      `the file is a ZIP or OLE archive but not ${claimed ? NAMES[claimed] : 'a Word or Excel file'}. Check that the right file was given.`,
      { format: 'container' },
    );
  }
  let format: OfficeFormat | undefined = sniffed;
  if (format === undefined) {
    const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, TEXT_HEAD));
    if (claimed === 'html' || isHtml(head)) format = 'html';
    else if (head.startsWith('{\\rtf')) {
      throw new OfficeProblem(
        'office/not-this-format',
        'the file is a Rich Text document (RTF); remit reads Word, Excel, PDF and web pages. Open it in Word or WPS and save it as .docx.',
        { format: 'rtf' },
      );
    } else {
      throw new OfficeProblem(
        'office/not-this-format',
        `the file is named as ${claimed ? NAMES[claimed] : 'an office file'} but its bytes are none (no ZIP, OLE or PDF signature): it may be damaged, or text with the wrong extension. Check the file, or give it its right extension.`,
        { format: 'unknown' },
      );
    }
  }
  const diagnostics: Diagnostic[] = [];
  if (claimed !== undefined && claimed !== format) {
    diagnostics.push(
      diagnostic(
        'info',
        'office/renamed',
        `the file's name says ${NAMES[claimed]}, but it is ${NAMES[format]}; it was read as what it is.`,
        place,
        { claimed, format },
      ),
    );
  }
  return { format, diagnostics };
}
