import type { Severity } from '../diagnostic.js';
import type { Wording } from './wording.js';

/**
 * What the catalogue says about one diagnostic code: the severity it is
 * reported at, what it means and what to do (plain English, for
 * docs/diagnostics.md), and its Chinese sentence, made from the diagnostic's
 * args (see `diagnosticMessage`).
 */
export interface CodeEntry {
  /** the severity the code is reported at; a list when the case decides, most serious first */
  readonly severity: Severity | readonly Severity[];
  /** what the reader found, in a sentence or two */
  readonly meaning: string;
  /** what the person who gave the input can do about it */
  readonly action: string;
  /** the message in Chinese, from the diagnostic's args */
  readonly zh: Wording;
}

/** The entries of one family of codes, each written `family/name`. */
export type CodeFamily<F extends string> = Readonly<Record<`${F}/${string}`, CodeEntry>>;
