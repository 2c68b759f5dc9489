export { readOfficeDocument, readOfficePlan } from './read-office.js';
export { parseOfficeDocument } from './parse-office-document.js';
export { documentText, type DocumentText } from './layout/document-text.js';
export { sniffFormat, type Sniffed } from './sniff-format.js';
export type { OfficePlan } from './office-plan.js';
export type { OfficeOptions } from './read-office-with.js';
export type { PdfOptions, PdfText } from './pdf/pdf-text.js';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip/read-zip.js';
export type {
  OfficeBlock,
  OfficeCell,
  OfficeDocument,
  OfficeFormat,
  OfficeParagraph,
  OfficeTable,
} from './office-document.js';
