import type * as SheetJs from '@e965/xlsx';
import type * as Parse5 from 'parse5';

/**
 * The libraries of the readers that need one, given by the caller as
 * functions called only when a file needs them: `.xls` and `.doc` need
 * SheetJS (its BIFF reader, its OLE reader), `.html` needs parse5. In a
 * browser they come by `import()`; the `remit` command loads them with
 * Node's `require`, so that reading a `.txt` loads neither.
 */
export interface OfficeLibraries {
  sheetjs(): Pick<typeof SheetJs, 'read' | 'CFB'>;
  parse5(): Pick<typeof Parse5, 'parse'>;
}
