import { createRequire } from 'node:module';
import type { OfficeLibraries } from '../office/libraries.js';
import { requireFormatPackage } from './format-packages.js';

const require = createRequire(import.meta.url);

/**
 * The office readers' libraries for the command, each required when a file
 * first needs it (Node reads an ES module with `require` since 20.19), so
 * that reading a `.txt` or `.docx` loads neither SheetJS nor parse5.
 */
export const NODE_OFFICE_LIBRARIES: OfficeLibraries = {
  // an optional peer: a missing one is reported as office/needs-package
  sheetjs: () => requireFormatPackage<ReturnType<OfficeLibraries['sheetjs']>>('@e965/xlsx'),
  parse5: () => require('parse5') as ReturnType<OfficeLibraries['parse5']>,
};
