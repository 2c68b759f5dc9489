const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * The value of a Chinese numeral: `十二` → 12, `二十` → 20, `一百零五` → 105, and
 * digit by digit when there is no 十/百 (`二〇二〇` → 2020). NaN when unreadable.
 */
export function chineseNumeralValue(numeral: string): number {
  if (numeral === '') return NaN;
  if (!/[十百]/u.test(numeral)) {
    let v = 0;
    for (const ch of numeral) {
      const d = DIGITS[ch];
      if (d === undefined) return NaN;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let digit = -1;
  for (const ch of numeral) {
    if (ch === '百' || ch === '十') {
      total += (digit < 0 ? 1 : digit) * (ch === '百' ? 100 : 10);
      digit = -1;
    } else {
      const d = DIGITS[ch];
      if (d === undefined) return NaN;
      digit = d;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}
