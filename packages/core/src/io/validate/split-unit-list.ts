/**
 * Splits a list of unit names written as one text (`区发改委、区财政局`) at
 * `、` `，` `,` `；` `;`, dropping empty parts.
 */
export function splitUnitList(text: string): string[] {
  return text
    .split(/[、，,；;]/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
