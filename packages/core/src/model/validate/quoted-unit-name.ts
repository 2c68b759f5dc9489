/**
 * Writes a unit name in double quotes, quotes inside doubled (`A"B` →
 * `"A""B"`), so that `splitNameList` reads it back whole, whatever separators,
 * brackets or quotes it holds.
 *
 * @example quoteUnitName('各县(市;区)政府') === '"各县(市;区)政府"'
 */
export function quoteUnitName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The name inside a text that `quoteUnitName` wrote: the text without its
 * outer double quotes, doubled quotes read as one. Any other text, including
 * quotes that do not wrap the whole text (`"甲"和"乙"`), is returned as it is.
 */
export function unquoteUnitName(text: string): string {
  if (text.length < 2 || text.charCodeAt(0) !== 0x22 || text.charCodeAt(text.length - 1) !== 0x22) {
    return text;
  }
  const inside = text.slice(1, -1);
  return inside.replaceAll('""', '').includes('"') ? text : inside.replaceAll('""', '"');
}
