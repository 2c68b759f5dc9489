import { xmlTokens } from '../xml/xml-tokens.js';

// Excel's built-in number formats that show dates (ids 14–22, and those of
// Chinese, Japanese and Korean Excel: 27–36, 50–58)
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const DAY_MS = 86_400_000;
// 1899-12-30: day 0 of Excel's 1900 date system (which counts 1900-02-29)
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The cell styles (indexes into `cellXfs`, as cells' `s` attribute names
 * them) whose number format shows a date: a built-in date format, or a
 * custom one whose code, outside quotes and brackets, has y, d or m with y.
 */
export function dateStyles(stylesXml: string | undefined): Set<string> {
  const dates = new Set<string>();
  if (!stylesXml) return dates;
  const custom = new Map<number, string>();
  let inXfs = false;
  let index = 0;
  for (const t of xmlTokens(stylesXml)) {
    if (t.kind === 'close' && t.name.endsWith('cellXfs')) inXfs = false;
    if (t.kind !== 'open') continue;
    const name = t.name.slice(t.name.indexOf(':') + 1);
    if (name === 'numFmt') custom.set(Number(t.attrs['numFmtId']), t.attrs['formatCode'] ?? '');
    else if (name === 'cellXfs') {
      inXfs = !t.empty;
      index = 0;
    } else if (name === 'xf' && inXfs) {
      const id = Number(t.attrs['numFmtId'] ?? 0);
      const code = custom.get(id);
      if (code !== undefined ? isDateCode(code) : BUILT_IN_DATES.has(id)) dates.add(String(index));
      index++;
    }
  }
  return dates;
}

function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '').toLowerCase();
  return /[yd]/u.test(bare) || (/m/u.test(bare) && /[yd]/u.test(bare));
}

/** An Excel date serial as `YYYY-MM-DD`; the number as written when it is no date. */
export function serialDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}
