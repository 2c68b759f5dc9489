const ISSUER_END = /(人民政府|政府|办公室|办公厅|委员会|管委会|[局委办厅部])$/u;
const NOTICE = /^(.{2,30}?)关于(印发|下发|转发|发布)/u;
const SIGNATURE_DATE = /^(\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,6}月.{1,6}日$/u;

/**
 * The issuing body: the signature line just above the signature date
 * (`蔡甸区人民政府办公室` / `2023年1月3日`), else the subject of the notice title
 * (`上海市徐汇区人民政府关于印发…的通知`). Lines are folded and trimmed.
 */
export function readIssuer(lines: readonly string[], raw: readonly string[]): string | undefined {
  for (let i = 1; i < lines.length; i++) {
    // a date signs with 年, a notice says 关于: a look for the word spares most lines the search
    if (!lines[i]!.includes('年') || !SIGNATURE_DATE.test(lines[i]!)) continue;
    let j = i - 1;
    while (j >= 0 && lines[j] === '') j--;
    const above = j >= 0 ? lines[j]! : '';
    if (
      above.length >= 3 &&
      above.length <= 30 &&
      ISSUER_END.test(above) &&
      !/[。,:]/u.test(above)
    ) {
      return raw[j]!;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.includes('关于') ? NOTICE.exec(lines[i]!) : null;
    if (m && ISSUER_END.test(m[1]!)) return raw[i]!.slice(0, m[1]!.length);
  }
  return undefined;
}
