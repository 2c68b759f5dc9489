export { writeXlsx, XLSX_TYPE } from './write-xlsx.js';
export { columnWidths } from './column-widths.js';
