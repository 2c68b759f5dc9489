import type { FindingAbout, FindingId } from './finding-rules.js';

/** The sentences of one language: one per finding, from what the finding is about. */
export type FindingWords = { [K in FindingId]: (about: FindingAbout[K]) => string };

/** Quoted titles are cut to this many characters. */
const TITLE_CHARS = 40;

/** A figure as the findings write it: `.` decimals (at most 2) and `,` grouping in both languages. */
export const num = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** A share as a whole percentage. */
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * A title in quotation marks, cut to `TITLE_CHARS`. Quotation marks inside it
 * become single ones, as Chinese nests quotations (“全面建设‘两张网’”), and one
 * left open by the cut is closed.
 */
export const quote = (title: string): string => {
  const chars = [...title.replace(/“/gu, '‘').replace(/”/gu, '’')];
  const text =
    chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS - 1).join('')}…` : chars.join('');
  const open = (text.match(/‘/gu) ?? []).length - (text.match(/’/gu) ?? []).length;
  return `“${text}${open > 0 ? '’' : ''}”`;
};

/** The least and the most items of the named units. */
export const countRange = (units: readonly { items: number }[]): [number, number] => [
  Math.min(...units.map((u) => u.items)),
  Math.max(...units.map((u) => u.items)),
];
