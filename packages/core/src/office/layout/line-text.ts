// tabs, line and page breaks, and the other C0 controls but none of Word's own marks
// eslint-disable-next-line no-control-regex
const BREAKS = /[\u0000-\u001f\u007f]+/gu;
const SPACES = / {2,}/gu;

/**
 * Text as one line of the reader's input: breaks and tabs become a space
 * (a tab would split a table cell, a break would end the line), runs of
 * spaces one space, and the ends trimmed.
 *
 * @example lineText('县水务局\n县住建局') // '县水务局 县住建局'
 */
export function lineText(text: string): string {
  return text.replace(BREAKS, ' ').replace(SPACES, ' ').trim();
}
