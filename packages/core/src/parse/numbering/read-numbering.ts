import { chineseNumeralValue } from './chinese-numeral-value.js';

/** How an entry is numbered. */
export type NumberingStyle =
  | 'chapter' // 第一章, 第一部分
  | 'part' // 第一节
  | 'cn' // 一、
  | 'paren-cn' // （一）
  | 'article' // 第一条
  | 'arabic' // 1.  1、  1﹒  １．
  | 'decimal' // 1.1  1.1.1
  | 'paren-arabic' // （1）  1)  ⑴
  | 'circled'; // ①

/** A numbering token at the start of a line. */
export interface Numbering {
  style: NumberingStyle;
  /** nesting rank: smaller encloses larger (一、 above （一） above 1. above （1） above ①) */
  rank: number;
  value: number;
  /** index of the token's first character */
  start: number;
  /** index just past the token */
  end: number;
  /** index of the first character after the token and its spaces */
  contentStart: number;
}

const CN = '一二三四五六七八九十百零〇○两';
// by code: a line's first character is compared, not copied into a string
const CN_CODES = new Set(Array.from(CN, (ch) => ch.charCodeAt(0)));
const CHAPTER = new RegExp(`第([${CN}\\d]{1,5})(章|部分|编|节|条)`, 'uy');
const CN_COMMA = new RegExp(`([${CN}]{1,4})[ \\t]*[、.]`, 'uy');
const PAREN_CN = new RegExp(`[(〔]([${CN}]{1,4})[)〕]`, 'uy');
const PAREN_ARABIC = /\((\d{1,3})\)|(\d{1,3})\)(?![\d%])/uy;
const DECIMAL = /(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=[ \t\u4e00-\u9fff])/uy;
// `1.5` is a number, `3、4月` a list of numbers; `3、365…` is numbered text
const ARABIC = /(\d{1,3})[ \t]*(?:\.(?![\d%])|、(?!\d{1,3}[、.月日号%]))/uy;
const MEASURE = /[万亿千百个元倍米吨亩年月日天时分秒%]/u;
const CIRCLED_FROM = 0x2460; // ① … ⑳
const PAREN_DIGIT_FROM = 0x2474; // ⑴ … ⒇
const DIGIT_STOP_FROM = 0x2488; // ⒈ … ⒛

/**
 * Reads the numbering token at `from` in folded text (see `foldText`), or
 * undefined when the line is not numbered. Every pattern is anchored and
 * bounded, so the cost does not depend on the line's length.
 *
 * @example readNumbering('（一）加强', 0) // → { style: 'paren-cn', value: 1, … }
 */
export function readNumbering(key: string, from: number): Numbering | undefined {
  const found = readToken(key, from);
  if (!found) return undefined;
  let contentStart = found.end;
  while (key.charCodeAt(contentStart) === 0x20 || key.charCodeAt(contentStart) === 0x09) {
    contentStart++;
  }
  // built field by field: `{ ...found, more }` is slow in V8
  return {
    style: found.style,
    rank: found.rank,
    value: found.value,
    start: from,
    end: found.end,
    contentStart,
  };
}

function readToken(key: string, at: number): Omit<Numbering, 'start' | 'contentStart'> | undefined {
  const c = key.charCodeAt(at);
  if (c >= CIRCLED_FROM && c < CIRCLED_FROM + 20) {
    return { style: 'circled', rank: 7, value: c - CIRCLED_FROM + 1, end: at + 1 };
  }
  if (c >= PAREN_DIGIT_FROM && c < PAREN_DIGIT_FROM + 20) {
    return { style: 'paren-arabic', rank: 6, value: c - PAREN_DIGIT_FROM + 1, end: at + 1 };
  }
  if (c >= DIGIT_STOP_FROM && c < DIGIT_STOP_FROM + 20) {
    return { style: 'arabic', rank: 5, value: c - DIGIT_STOP_FROM + 1, end: at + 1 };
  }
  if (c === 0x7b2c /* 第 */) {
    const m = match(CHAPTER, key, at);
    if (!m) return undefined;
    const value = /\d/u.test(m[1]!) ? Number(m[1]) : chineseNumeralValue(m[1]!);
    const kind = m[2]!;
    if (kind === '条') return { style: 'article', rank: 4, value, end: CHAPTER.lastIndex };
    if (kind === '节') return { style: 'part', rank: 1, value, end: CHAPTER.lastIndex };
    return { style: 'chapter', rank: 0, value, end: CHAPTER.lastIndex };
  }
  if (c === 0x28 || c === 0x3014 /* ( 〔 */) {
    const cn = match(PAREN_CN, key, at);
    if (cn)
      return {
        style: 'paren-cn',
        rank: 3,
        value: chineseNumeralValue(cn[1]!),
        end: PAREN_CN.lastIndex,
      };
    const ar = match(PAREN_ARABIC, key, at);
    if (ar)
      return {
        style: 'paren-arabic',
        rank: 6,
        value: Number(ar[1] ?? ar[2]),
        end: PAREN_ARABIC.lastIndex,
      };
    return undefined;
  }
  if (CN_CODES.has(c)) {
    const m = match(CN_COMMA, key, at);
    if (!m) return undefined;
    const value = chineseNumeralValue(m[1]!);
    return Number.isNaN(value)
      ? undefined
      : { style: 'cn', rank: 2, value, end: CN_COMMA.lastIndex };
  }
  if (c >= 0x30 && c <= 0x39) {
    // `1.2` needs a dot and a digit within three characters: most numbers (`1.`, `3、`) are spared the expression
    const dec = mayBeDecimal(key, at) ? match(DECIMAL, key, at) : null;
    // 3.0版, 1.5万亩: a quantity, not a number of an entry
    const parts = dec ? dec[1]!.split('.') : [];
    if (
      dec &&
      !MEASURE.test(key[DECIMAL.lastIndex] ?? '') &&
      !parts.includes('0') &&
      !parts.includes('00')
    ) {
      return {
        style: 'decimal',
        rank: 5 + 0.1 * (parts.length - 1),
        value: Number(parts[parts.length - 1]),
        end: DECIMAL.lastIndex,
      };
    }
    const ar = match(ARABIC, key, at);
    if (ar) return { style: 'arabic', rank: 5, value: Number(ar[1]), end: ARABIC.lastIndex };
    const pa = match(PAREN_ARABIC, key, at);
    if (pa)
      return {
        style: 'paren-arabic',
        rank: 6,
        value: Number(pa[1] ?? pa[2]),
        end: PAREN_ARABIC.lastIndex,
      };
  }
  return undefined;
}

/** True when `DECIMAL` may match at `at` (a digit): one or two digits, a dot, a digit. */
function mayBeDecimal(key: string, at: number): boolean {
  if (key.charCodeAt(at + 1) === 0x2e) return isDigitAt(key, at + 2);
  return isDigitAt(key, at + 1) && key.charCodeAt(at + 2) === 0x2e && isDigitAt(key, at + 3);
}

function isDigitAt(key: string, i: number): boolean {
  const c = key.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

function match(pattern: RegExp, key: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(key);
}
