import { CFB, read, utils, type CellObject } from '@e965/xlsx';

/** One sheet as SheetJS reads it back. */
export interface ReadSheet {
  /** the cells, row by row; `undefined` where the file has no cell */
  cells: (CellObject | undefined)[][];
  /** every cell's value as text (`''` for none), to compare with CSV */
  text: string[][];
  /** each column's width, in Excel's unit */
  widths: number[];
  /** the worksheet's XML */
  xml: string;
}

/** A workbook read with SheetJS, independently of the library that wrote it. */
export interface ReadWorkbook {
  names: string[];
  sheet(name: string): ReadSheet;
  /** the text of a part of the package, e.g. `xl/styles.xml` */
  part(path: string): string;
}

/** Reads .xlsx bytes back with SheetJS, keeping types, formulas and column widths. */
export function readWorkbook(bytes: Uint8Array): ReadWorkbook {
  const buffer = Buffer.from(bytes);
  const book = read(buffer, { type: 'buffer', cellFormula: true, cellStyles: true });
  const zip = CFB.read(buffer, { type: 'buffer' });
  const part = (path: string): string => {
    const entry = CFB.find(zip, `/${path}`);
    if (!entry) throw new Error(`readWorkbook: no part ${path}`);
    return new TextDecoder().decode(entry.content as Uint8Array);
  };
  // Sheet names lead to their XML through the workbook's relationships.
  const targets = new Map(
    [...part('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*>/gu)].map((m) => [
      /Id="([^"]+)"/u.exec(m[0])![1]!,
      /Target="([^"]+)"/u.exec(m[0])![1]!,
    ]),
  );
  const files = new Map(
    [...part('xl/workbook.xml').matchAll(/<sheet [^>]*>/gu)].map((m) => [
      /name="([^"]+)"/u.exec(m[0])![1]!,
      targets.get(/r:id="([^"]+)"/u.exec(m[0])![1]!)!.replace(/^\/?(xl\/)?/u, 'xl/'),
    ]),
  );
  return {
    names: book.SheetNames,
    part,
    sheet(name) {
      const ws = book.Sheets[name];
      if (!ws) throw new Error(`readWorkbook: no sheet ${name}`);
      const range = utils.decode_range(ws['!ref'] ?? 'A1');
      const cells: (CellObject | undefined)[][] = [];
      for (let r = range.s.r; r <= range.e.r; r++) {
        const row: (CellObject | undefined)[] = [];
        for (let c = range.s.c; c <= range.e.c; c++) row.push(ws[utils.encode_cell({ r, c })]);
        cells.push(row);
      }
      return {
        cells,
        text: cells.map((row) => row.map((cell) => (cell === undefined ? '' : String(cell.v)))),
        widths: (ws['!cols'] ?? []).map((col) => col?.width ?? Number.NaN),
        xml: part(files.get(name)!),
      };
    },
  };
}
