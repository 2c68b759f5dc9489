/** One cell of a `Table`: text, or a number; `''` is an empty cell. */
export type TableCell = string | number;

/**
 * A table as people read it in a spreadsheet: a header row, then rows of
 * cells, text kept as text and numbers as numbers. The CSV files and the
 * workbook Remit writes are each formatted from the same table, so they hold
 * the same headers, roles and figures.
 */
export interface Table {
  header: readonly string[];
  rows: readonly (readonly TableCell[])[];
}

/** The language of a table's headers and words. */
export interface TableOptions {
  /**
   * `en` (default): headers `item,title,…` and roles `lead`/`member`; `zh`:
   * headers `任务编号,任务,…`, roles 牵头/配合 and 是 for inferred.
   * `readPlanCsv` reads both.
   */
  lang?: 'en' | 'zh';
}

/** A table with the name of the worksheet it is written to. */
export interface Sheet {
  name: string;
  table: Table;
}
