import { stableUnitName } from './stable-unit-name.js';
import type { Checker } from './checker.js';
import { readText } from './read-scalars.js';

/**
 * Reads a unit name: cleaned text (`readText` in name mode), then
 * `normalizeUnitName`. Returns the normalised name and the name as written
 * (after cleaning), or `undefined` when there is no usable name.
 */
export function readUnitName(
  ck: Checker,
  value: unknown,
  at: string,
): { name: string; written: string } | undefined {
  const written = readText(ck, value, at, true);
  if (written === undefined) return undefined;
  const name = stableUnitName(written);
  if (name === '') return undefined;
  if (name !== written) {
    ck.report(
      'info',
      'plan/name-normalised',
      `stored the name "${written}" as "${name}" (NFKC, ASCII parentheses, no spaces).`,
      at,
      { written, name },
    );
  }
  return { name, written };
}
