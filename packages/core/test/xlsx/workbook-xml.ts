/**
 * Checks of a worksheet's XML that SheetJS does not read back: formulas,
 * frozen panes and the header's font.
 */

/** Whether the worksheet holds no formula (`<f>` element) at all. */
export function formulaFree(sheetXml: string): boolean {
  return !/<f[\s>/]/u.test(sheetXml);
}

/**
 * Whether the worksheet freezes exactly its first row and every cell of that
 * row has a style whose font is bold (`<b/>` in styles.xml).
 */
export function isBoldAndFrozen(sheetXml: string, stylesXml: string): boolean {
  const pane = /<pane [^>]*>/u.exec(sheetXml)?.[0] ?? '';
  const frozen =
    /state="frozen"/u.test(pane) && /ySplit="1"/u.test(pane) && /topLeftCell="A2"/u.test(pane);
  const fonts = [
    ...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/u.exec(stylesXml)?.[1] ?? '').matchAll(
      /<font(?:\s[^>]*)?\/>|<font(?:\s[^>]*)?>[\s\S]*?<\/font>/gu,
    ),
  ].map((m) => /<b\/>|<b val="(1|true)"\/>/u.test(m[0]));
  const xfs = [
    ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/u.exec(stylesXml)?.[1] ?? '').matchAll(/<xf[^>]*>/gu),
  ].map((m) => Number(/fontId="(\d+)"/u.exec(m[0])?.[1] ?? 0));
  const row1 = /<row [^>]*r="1"[^>]*>([\s\S]*?)<\/row>/u.exec(sheetXml)?.[1] ?? '';
  const cells = [...row1.matchAll(/<c [^>]*>/gu)].map((m) =>
    Number(/ s="(\d+)"/u.exec(m[0])?.[1] ?? 0),
  );
  return frozen && cells.length > 0 && cells.every((s) => fonts[xfs[s] ?? 0] === true);
}
