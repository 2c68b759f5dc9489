const DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULLSTOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * A list counter written in a numbering format, by Word's names for them
 * (`w:numFmt`): `decimal` 3, `chineseCounting` 三 / 十二, `ideographTraditional`
 * 丙, `decimalEnclosedCircle` ③, `upperRoman` III, `lowerLetter` c …
 * Formats without a counter (`bullet`, `none`) give ''. An unknown format is
 * written in decimal, as Word does.
 *
 * @example formatNumber(12, 'chineseCounting') // '十二'
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chinese(n, DIGITS, '十百千', '零');
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chinese(n, LEGAL_DIGITS, '拾佰仟', '零');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return cycle(STEMS, n);
    case 'ideographZodiac':
      return cycle(BRANCHES, n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1]! : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? PAREN[n - 1]! : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? FULLSTOP[n - 1]! : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    default:
      return String(n);
  }
}

/** 1–99 999 in Chinese counting: 十, 十二, 二十, 一百零五, 一千二百 (`zero` fills a gap). */
function chinese(n: number, digits: string, units: string, zero: string): string {
  if (n <= 0 || n >= 100_000) return String(n);
  if (n < 10) return digits[n]!;
  if (n < 20) return `${units[0]}${n === 10 ? '' : digits[n - 10]}`;
  const parts: string[] = [];
  const orders = [10_000, 1000, 100, 10];
  const names = ['万', units[2], units[1], units[0]];
  let rest = n;
  let gap = false;
  orders.forEach((order, i) => {
    const d = Math.floor(rest / order);
    rest %= order;
    if (d > 0) {
      if (gap) parts.push(zero);
      parts.push(digits[d]!, names[i]!);
      gap = false;
    } else if (parts.length > 0) gap = true;
  });
  if (rest > 0) {
    if (gap) parts.push(zero);
    parts.push(digits[rest]!);
  }
  return parts.join('');
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let rest = n;
  let out = '';
  for (const [value, mark] of ROMAN) {
    while (rest >= value) {
      out += mark;
      rest -= value;
    }
  }
  return out;
}

/** A, B … Z, AA, BB … as Word counts letters. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function cycle(marks: string, n: number): string {
  return n >= 1 ? marks[(n - 1) % marks.length]! : String(n);
}
