import { BYTES_ZH } from './bytes-zh.js';
import { COMPARE_ZH } from './compare-zh.js';
import { CORRECT_ZH } from './correct-zh.js';
import { CSV_ZH } from './csv-zh.js';
import { JSON_ZH } from './json-zh.js';
import { PARSE_ZH } from './parse-zh.js';
import { PLAN_ZH } from './plan-zh.js';
import { UNITS_ZH } from './units-zh.js';
import type { Wordings } from './wording.js';

/** The Chinese wording of every diagnostic code core reports, by code. */
export const ZH_WORDINGS: Wordings = {
  ...BYTES_ZH,
  ...JSON_ZH,
  ...CSV_ZH,
  ...PLAN_ZH,
  ...PARSE_ZH,
  ...UNITS_ZH,
  ...COMPARE_ZH,
  ...CORRECT_ZH,
};
