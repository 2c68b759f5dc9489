export { parse } from './parse.js';
export type { ParseOptions, ParseResult } from './parse-options.js';
