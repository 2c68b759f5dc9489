import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NODE_OFFICE_LIBRARIES } from '../../../src/cli/office-libraries.js';
import type { OfficeFormat } from '../../../src/office/office-document.js';
import { readOfficeDocument, readOfficePlan } from '../../../src/office/read-office.js';
import type { PdfOptions } from '../../../src/office/pdf/pdf-text.js';
import { FIXTURES, type GoldAnswer } from '../../parse/gold-answers.js';

/** The six office formats, in the order the score table lists them. */
export const OFFICE_FORMATS: readonly OfficeFormat[] = [
  'docx',
  'doc',
  'xlsx',
  'xls',
  'html',
  'pdf',
];

/** fixtures/office/ and its folders: `corpus` (every corpus document in six formats), `other`, `bad`. */
export const OFFICE = new URL('office/', FIXTURES);

const pdfjs = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Where pdf.js finds its CMaps and standard fonts in Node (the package's own folders). */
export const PDF_OPTIONS: PdfOptions = {
  cMapUrl: join(pdfjs, 'cmaps') + '/',
  standardFontDataUrl: join(pdfjs, 'standard_fonts') + '/',
};

export { NODE_OFFICE_LIBRARIES };

/** A fixture's bytes: `officeBytes('corpus', 'xuhui-2020-fazhi.docx')`. */
export function officeBytes(folder: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`${folder}/${name}`, OFFICE)));
}

/** The answer of a fixture written by hand beside it (`other/NAME.gold.json`). */
export function officeGold(folder: string, name: string): GoldAnswer {
  return JSON.parse(
    readFileSync(new URL(`${folder}/${name}.gold.json`, OFFICE), 'utf8'),
  ) as GoldAnswer;
}

/** A fixture read into a plan as the dashboard reads it (`readOfficePlan`, readers loaded on demand). */
export function readFixturePlan(folder: string, file: string) {
  const format = file.slice(file.lastIndexOf('.') + 1) as OfficeFormat;
  return readOfficePlan(officeBytes(folder, file), { source: file, format, pdf: PDF_OPTIONS });
}

/** A fixture read into its structure (`readOfficeDocument`). */
export function readFixtureDocument(folder: string, file: string) {
  const format = file.slice(file.lastIndexOf('.') + 1) as OfficeFormat;
  return readOfficeDocument(officeBytes(folder, file), { source: file, format, pdf: PDF_OPTIONS });
}
