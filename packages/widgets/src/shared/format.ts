import type { Lang } from './lang.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const collators = new Map<Lang, Intl.Collator>();
const DEFAULT_NUMBER: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
/** the default format by language: a table of thousands of rows formats a number per cell */
const defaultFormats = new Map<Lang, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, options);
    numberFormats.set(key, f);
  }
  return f;
}

/** Formats a count or a measure in the element's language (`12,345`, `0.42`). */
export function formatNumber(
  lang: Lang,
  value: number,
  options: Intl.NumberFormatOptions = DEFAULT_NUMBER,
): string {
  if (options !== DEFAULT_NUMBER) return numberFormat(lang, options).format(value);
  // Both languages write a whole number below 1,000 in plain ASCII digits, as String does;
  // Intl's format costs microseconds a call, and a network's labels and table make thousands.
  if (value >= 0 && value < 1000 && Number.isInteger(value) && !Object.is(value, -0)) {
    return String(value);
  }
  let f = defaultFormats.get(lang);
  if (!f) defaultFormats.set(lang, (f = numberFormat(lang, options)));
  return f.format(value);
}

/** Formats a share in [0, 1] as a percentage (`42%`, `4.2%`). */
export function formatPercent(lang: Lang, share: number, digits = 0): string {
  return numberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(share);
}

/**
 * The collator to sort unit and item names with: pinyin order for Chinese
 * (`new Intl.Collator('zh-CN')`), numeric-aware in both languages.
 */
export function collatorFor(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    // Names are Chinese whatever the interface language, so both sort with zh-CN
    // and differ only in the rules for Latin text.
    c = new Intl.Collator(lang === 'en' ? ['zh-CN', 'en'] : 'zh-CN', { numeric: true });
    collators.set(lang, c);
  }
  return c;
}
