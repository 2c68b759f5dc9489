import type { DiagnosticCode } from '../../model/diagnostic-code.js';
import type { DiagnosticArgs, Severity } from '../../model/diagnostic.js';
import { MAX_FIELD_LENGTH } from '../../model/max-field-length.js';

/** One cell as read, with where it starts in the text (1-based). */
export interface CsvField {
  value: string;
  line: number;
  column: number;
}

/** One record: its fields and the line it starts on. */
export interface CsvRecord {
  fields: CsvField[];
  line: number;
}

/** Something the tokenizer had to repair. */
export interface CsvProblem {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  /** the values `message` is built from (see `Diagnostic.args`) */
  args?: DiagnosticArgs;
}

export interface TokenizeCsvOptions {
  /** one character: `,` `;` tab or `|` */
  delimiter: string;
  /** longer fields keep their first `maxFieldLength` characters (default `MAX_FIELD_LENGTH`) */
  maxFieldLength?: number;
  /** a quoted field spanning more line breaks than this is taken as an unclosed quote (default 100) */
  maxQuotedLines?: number;
}

/**
 * Splits CSV text into records of fields (RFC 4180: quoted fields may hold the
 * delimiter, line breaks and doubled quotes), and recovers from what breaks
 * other readers. Linear in the text; never throws.
 *
 * - Line breaks may be CRLF, LF or CR, mixed. Lines and columns are 1-based in
 *   the text; columns count UTF-16 code units.
 * - A quote that never closes (or closes only after `maxQuotedLines` line
 *   breaks) is an error at the line and column where it opens; that field is
 *   read as plain text up to the end of its line and reading goes on with the
 *   next line, so records before and after it are kept and the rest of the
 *   file never becomes one giant cell.
 * - A field longer than `maxFieldLength` keeps its start and is reported;
 *   memory stays bounded by the cap, not the field.
 * - Text after a closing quote (`"a"b`) is kept with a warning; a quote inside
 *   an unquoted field is literal.
 *
 * Why not csv-parse: it reports an unclosed quote at the last line of the file
 * rather than where it opens, cannot go on after it, and with
 * `skip_records_with_error` silently drops every record after an oversized
 * field, which RELIABILITY forbids.
 */
export function tokenizeCsv(
  text: string,
  options: TokenizeCsvOptions,
): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems = forEachCsvRecord(text, options, (record) => {
    records.push(record);
  });
  return { records, problems };
}

/**
 * As `tokenizeCsv`, handing each record to `visit` as soon as it is read
 * instead of keeping them all, so a large file's records can be garbage
 * collected as they go. Returns the problems.
 */
export function forEachCsvRecord(
  text: string,
  options: TokenizeCsvOptions,
  visit: (record: CsvRecord) => void,
): CsvProblem[] {
  const delimiter = options.delimiter.charCodeAt(0);
  const maxField = options.maxFieldLength ?? MAX_FIELD_LENGTH;
  const maxQuotedLines = options.maxQuotedLines ?? 100;
  const problems: CsvProblem[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;

  /** The index of the next delimiter or line break at or after `from`. */
  const nextStop = (from: number): number => {
    let k = from;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === delimiter || c === 0x0a || c === 0x0d) break;
      k++;
    }
    return k;
  };
  const cap = (value: string, at: CsvField, fullLength: number): string => {
    if (fullLength <= maxField) return value;
    problems.push({
      code: 'csv/field-too-long',
      severity: 'warning',
      message: `a field of ${fullLength.toLocaleString('en')} characters; kept its first ${maxField.toLocaleString('en')}. A plan's cells are short: check the file.`,
      line: at.line,
      column: at.column,
      args: { length: fullLength, kept: maxField },
    });
    return value.length > maxField ? value.slice(0, maxField) : value;
  };

  while (i < n) {
    const record: CsvRecord = { fields: [], line };
    for (;;) {
      const field: CsvField = { value: '', line, column: i - lineStart + 1 };
      if (text.charCodeAt(i) === 0x22) {
        const quoted = scanQuoted(text, i, maxField, maxQuotedLines);
        if (quoted.ok) {
          line += quoted.breaks;
          if (quoted.breaks > 0) lineStart = quoted.lineStart;
          i = quoted.end;
          let value = quoted.value;
          let length = quoted.length;
          const stop = nextStop(i);
          if (stop > i) {
            const after = text.slice(i, Math.min(stop, i + 40));
            problems.push({
              code: 'csv/text-after-quote',
              severity: 'warning',
              message: `text after a closing quote: ${JSON.stringify(after)}; kept it in the field. Quote the whole field and double quotes inside it.`,
              line,
              column: i - lineStart + 1,
              args: { text: after },
            });
            value += text.slice(i, Math.min(stop, i + Math.max(0, maxField - value.length)));
            length += stop - i;
            i = stop;
          }
          field.value = cap(value, field, length);
        } else {
          problems.push({
            code: 'csv/unclosed-quote',
            severity: 'error',
            message:
              quoted.reason === 'eof'
                ? 'a quote opens here and never closes; read the field as plain text to the end of this line. Close the quote or double it ("").'
                : `a quote opens here and does not close within ${maxQuotedLines} lines; read the field as plain text to the end of this line. Close the quote or double it ("").`,
            line: field.line,
            column: field.column,
            args:
              quoted.reason === 'eof'
                ? { reason: quoted.reason }
                : { reason: quoted.reason, lines: maxQuotedLines },
          });
          const stop = nextStop(i + 1);
          field.value = cap(text.slice(i, Math.min(stop, i + maxField)), field, stop - i);
          i = stop;
        }
      } else {
        const stop = nextStop(i);
        field.value = cap(text.slice(i, Math.min(stop, i + maxField)), field, stop - i);
        i = stop;
      }
      record.fields.push(field);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        i++;
        if (i >= n) {
          record.fields.push({ value: '', line, column: i - lineStart + 1 });
          break;
        }
        continue;
      }
      i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      line++;
      lineStart = i;
      break;
    }
    visit(record);
  }
  return problems;
}

type Quoted =
  | { ok: true; value: string; length: number; end: number; breaks: number; lineStart: number }
  | { ok: false; reason: 'eof' | 'too-many-lines' };

/**
 * Reads the quoted field opening at `start`; `value` holds at most `maxField`
 * characters. Gives up after `maxLines` line breaks, so a stray quote costs at
 * most that many lines of scanning.
 */
function scanQuoted(text: string, start: number, maxField: number, maxLines: number): Quoted {
  const n = text.length;
  const pieces: string[] = [];
  let kept = 0;
  let length = 0;
  let breaks = 0;
  let lineStart = 0;
  let j = start + 1;
  const keep = (from: number, to: number): void => {
    length += to - from;
    if (kept >= maxField) return;
    const end = Math.min(to, from + maxField - kept);
    pieces.push(text.slice(from, end));
    kept += end - from;
  };
  for (let m = j; m < n; m++) {
    const c = text.charCodeAt(m);
    if (c === 0x22) {
      if (text.charCodeAt(m + 1) === 0x22) {
        keep(j, m + 1);
        j = m + 2;
        m++;
        continue;
      }
      keep(j, m);
      return { ok: true, value: pieces.join(''), length, end: m + 1, breaks, lineStart };
    }
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(m + 1) !== 0x0a)) {
      breaks++;
      lineStart = m + 1;
      if (breaks > maxLines) return { ok: false, reason: 'too-many-lines' };
    }
  }
  return { ok: false, reason: 'eof' };
}
