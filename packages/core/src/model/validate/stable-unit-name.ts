import { normalizeUnitName } from '../normalize-unit-name.js';

/**
 * `normalizeUnitName`, repeated until the name no longer changes (at most a few
 * rounds). One round is not always enough: removing a space or an invisible
 * character after NFKC can bring a letter and a combining mark together that
 * NFKC would compose (`e`, U+200B, U+0301). Readers store this form, so reading
 * a written plan again gives the same names.
 */
export function stableUnitName(name: string): string {
  let current = name;
  for (let round = 0; round < 4; round++) {
    const next = normalizeUnitName(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}
