export { parse } from './parse.js';
export type { ParseOptions, ParseResult } from './parse-options.js';
export type { ItemEvidence, ItemReading } from './build/item-reading.js';
