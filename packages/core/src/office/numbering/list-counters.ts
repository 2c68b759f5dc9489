import { formatNumber } from './format-number.js';

/** One level of a list definition: Word's `w:lvl` (or a `.doc` file's LVL). */
export interface ListLevel {
  /** the first number */
  start: number;
  /** the format's name, as `formatNumber` knows them */
  format: string;
  /** the label's pattern: `%1.`, `（%2）`, `%1.%2` — `%n` is level n's counter */
  text: string;
  /** legal numbering: the counters of other levels in decimal */
  legal?: boolean;
}

const PLACEHOLDER = /%([1-9])/gu;
const MAX_LEVELS = 9;

/**
 * The labels of automatically numbered paragraphs, counted as a word
 * processor counts them: each list keeps a counter per level; a paragraph
 * at a level counts on from the one before at that level (or starts at the
 * level's start) and restarts the levels below it.
 *
 * @example
 * const counters = new ListCounters();
 * counters.next('1', levels, 0); // '一、'
 * counters.next('1', levels, 1); // '（一）'
 */
export class ListCounters {
  #lists = new Map<string, (number | undefined)[]>();

  /** The label of the next paragraph of list `key` at `level`; '' for a bullet or no numbering. */
  next(key: string, levels: readonly ListLevel[], level: number): string {
    const l = Math.max(0, Math.min(MAX_LEVELS - 1, level));
    const def = levels[l];
    if (!def) return '';
    const counters = this.#lists.get(key) ?? [];
    this.#lists.set(key, counters);
    counters[l] = counters[l] === undefined ? def.start : counters[l]! + 1;
    for (let k = l + 1; k < MAX_LEVELS; k++) counters[k] = undefined;
    if (def.format === 'bullet') return def.text.trim() === '' ? '' : def.text;
    if (def.format === 'none') return def.text.replace(PLACEHOLDER, '');
    return def.text.replace(PLACEHOLDER, (_, d: string) => {
      const k = Number(d) - 1;
      const at = levels[k];
      if (!at) return '';
      const n = counters[k] ?? at.start;
      return formatNumber(n, def.legal && k !== l ? 'decimal' : at.format);
    });
  }
}
