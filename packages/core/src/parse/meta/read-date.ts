import { chineseNumeralValue } from '../numbering/chinese-numeral-value.js';

const CN = '〇○零一二三四五六七八九十';
const SIGNATURE = new RegExp(
  `^(\\d{4}|[${CN}]{4})\\s*年\\s*(\\d{1,2}|[${CN}]{1,3})\\s*月\\s*(\\d{1,2}|[${CN}]{1,3})\\s*日$`,
  'u',
);
const ISSUED =
  /(?:发文日期|成文日期|印发日期|发文时间|成文时间)[\s:]*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/u;
const PUBLISHED = /(?:发布日期|发布时间)[\s:]*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/u;

/**
 * The date of a document as ISO `YYYY-MM-DD`, from its header lines (folded,
 * trimmed): the signature date on a line of its own (`2020年7月3日`,
 * `二〇一七年二月二十四日`) first, then a 发文日期/成文日期 field, then the page's
 * 发布日期/发布时间. Undefined when none is readable.
 */
export function readDate(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    // every pattern here needs a word a line seldom has: a look for it spares the rest the search
    if (!line.includes('年')) continue;
    const m = SIGNATURE.exec(line);
    if (m) {
      const date = iso(m[1]!, m[2]!, m[3]!);
      if (date) return date;
    }
  }
  for (const pattern of [ISSUED, PUBLISHED]) {
    for (const line of lines) {
      if (!line.includes('日期') && !line.includes('时间')) continue;
      const m = pattern.exec(line);
      const date = m ? iso(m[1]!, m[2]!, m[3]!) : undefined;
      if (date) return date;
    }
  }
  return undefined;
}

function iso(y: string, m: string, d: string): string | undefined {
  const year = value(y);
  const month = value(m);
  const day = value(d);
  if (!(year >= 1949 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) {
    return undefined;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function value(s: string): number {
  return /^\d+$/u.test(s) ? Number(s) : chineseNumeralValue(s);
}
