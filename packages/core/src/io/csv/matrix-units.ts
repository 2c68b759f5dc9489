import { cleanFieldText } from '../../model/validate/clean-field-text.js';
import { unquoteUnitName } from '../../model/validate/quoted-unit-name.js';
import { previewCell, shortCell, type CsvDraft } from './csv-draft.js';
import type { CsvColumns } from './detect-layout.js';
import type { MatrixUnits } from './read-wide-row.js';
import type { CsvRecord } from './tokenize-csv.js';

/**
 * The unit of each matrix column, added in column order so units without items
 * are kept. A header in double quotes (`"单位"`, as `matrixTable` writes names
 * that would read as another column) names the unit inside them.
 */
export function matrixUnits(draft: CsvDraft, columns: CsvColumns, header: CsvRecord): MatrixUnits {
  const units: MatrixUnits = new Map();
  for (const [c, written] of columns.units) {
    const cell = header.fields[c]!;
    const at = { line: cell.line, column: cell.column, field: written };
    const name = cleanFieldText(unquoteUnitName(written), true);
    if (name.removed.length > 0) {
      draft.report(
        'warning',
        'csv/invisible-characters',
        `removed ${name.removed.join(' and ')} from the unit name ${previewCell(name.text)}.`,
        at,
        { removed: name.removed, text: shortCell(name.text), in: 'unit-name' },
      );
    }
    const unit = draft.unitNamed(name.text, at);
    units.set(c, unit && { ...unit, name: name.text });
  }
  return units;
}
