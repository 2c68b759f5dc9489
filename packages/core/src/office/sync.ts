// The office readers for callers that cannot wait (the `remit` command): every
// reader loaded at once. A page should use `@remit/core/office`, which loads
// only the reader a file needs.
export {
  readOfficeDocumentSync,
  readOfficePlanSync,
  type PdfTextSource,
  type SyncSources,
} from './read-office-sync.js';
export type { OfficeLibraries } from './libraries.js';
export { readPdfText } from './pdf/pdf-text.js';
