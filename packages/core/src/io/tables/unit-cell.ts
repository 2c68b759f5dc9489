import { columnKind } from '../csv/column-kind.js';
import { quoteUnitName, unquoteUnitName } from '../../model/validate/quoted-unit-name.js';
import { splitNameList } from '../../model/validate/split-name-list.js';

/**
 * A unit name as a cell of the long table: as it is, or in double quotes
 * (`quoteUnitName`) when `readPlanCsv` would not read it back as that one name
 * (`区发改委;区财政局` would be two).
 *
 * @example toUnitCell('各县(市、区)政府') === '各县(市、区)政府'
 * @example toUnitCell('区A、区B') === '"区A、区B"'
 */
export function toUnitCell(name: string): string {
  const names = splitNameList(name);
  return names.length === 1 && names[0] === name ? name : quoteUnitName(name);
}

/**
 * A unit name as a column header of the matrix: as it is, or in double quotes
 * when `readPlanCsv` would read the header as another column (`单位`, `备注`,
 * `title`) or read it without its own quotes.
 */
export function toUnitHeader(name: string): string {
  return columnKind(name.trim()) === undefined && unquoteUnitName(name) === name
    ? name
    : quoteUnitName(name);
}
