import { createRequire } from 'node:module';
import { OfficeProblem } from '../office/office-problem.js';

const require = createRequire(import.meta.url);

/**
 * The file-format packages @remit/core declares as optional peers (package.json): an
 * application that only draws, or reads text, CSV and JSON, installs none of them (pdf.js
 * alone is about 41 MB). The `remit` command loads each when a file first needs it and, where
 * it is missing, says which package to install instead of failing.
 */
export const FORMAT_PACKAGES = {
  'pdfjs-dist': { format: 'pdf', reads: 'PDF files' },
  '@e965/xlsx': { format: 'xls', reads: '.xls and .doc files' },
  'write-excel-file': { format: 'xlsx', reads: 'Excel workbooks (--to xlsx)' },
} as const;
export type FormatPackage = keyof typeof FORMAT_PACKAGES;

/** `npm install NAME@RANGE`, with the range @remit/core's package.json asks for. */
export function installCommand(name: FormatPackage): string {
  const own = require('../../package.json') as { peerDependencies?: Record<string, string> };
  const range = own.peerDependencies?.[name];
  return `npm install ${range ? `${name}@${range}` : name}`;
}

/** Whether `name` can be imported from here (as the ES module loader resolves, without NODE_PATH). */
export function isInstalled(name: FormatPackage): boolean {
  try {
    import.meta.resolve(name);
    return true;
  } catch (error) {
    // a package without a root export (write-excel-file) is there all the same
    return (error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND';
  }
}

/** The problem a missing format package is reported as: one error naming the package. */
export function missingPackage(name: FormatPackage): OfficeProblem {
  const { format, reads } = FORMAT_PACKAGES[name];
  const install = installCommand(name);
  return new OfficeProblem(
    'office/needs-package',
    `reading ${reads} needs the package ${name}, which is not installed beside @remit/core (an optional peer dependency); install it: ${install}`,
    { format, package: name, install },
  );
}

/** Requires a format package, or throws `missingPackage(name)` when it is not installed. */
export function requireFormatPackage<T>(name: FormatPackage): T {
  if (!isInstalled(name)) throw missingPackage(name);
  return require(name) as T;
}
