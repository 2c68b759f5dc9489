/** The office formats remit reads, by what their bytes are (not by their names). */
export type OfficeFormat = 'docx' | 'doc' | 'xlsx' | 'xls' | 'pdf' | 'html';

/**
 * A paragraph as the file shows it: its text, and the label the word
 * processor numbers it with (`1.`, `（一）`) when the numbering is automatic
 * and so not part of the text.
 */
export interface OfficeParagraph {
  kind: 'paragraph';
  text: string;
  label?: string;
  /** where it is, in the file's own terms: `paragraph 12`, `page 3, line 5`, `Sheet1!A7` */
  place: string;
}

/** One cell of a table's grid. */
export interface OfficeCell {
  text: string;
  /** where it is: `table 1, row 3`, `Sheet1!C14`, `page 2, line 8` */
  place: string;
  /** the cell's paragraphs (with their numbering labels), when it holds more than one */
  paragraphs?: string[];
  /**
   * for a cell covered by a merged cell: the row and column of the cell that
   * holds the text (the merged cell's top left); its own `text` is empty
   */
  mergedFrom?: readonly [row: number, column: number];
}

/**
 * A table as a grid: every row has a cell for every column, merged cells
 * spread over the cells they cover (see `OfficeCell.mergedFrom`).
 */
export interface OfficeTable {
  kind: 'table';
  rows: OfficeCell[][];
  place: string;
}

export type OfficeBlock = OfficeParagraph | OfficeTable;

/** An office file read into its structure: paragraphs and tables in reading order. */
export interface OfficeDocument {
  format: OfficeFormat;
  blocks: OfficeBlock[];
  /** the number of pages read (a PDF) */
  pages?: number;
  /** the number of sheets read (a workbook) */
  sheets?: number;
}
