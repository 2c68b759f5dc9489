// @remit/core/xlsx: tables written as an Excel workbook (kept out of the root entry).
export { writeXlsx, XLSX_TYPE } from './write-xlsx.js';
