import type { Clause } from '../clause/clause.js';
import { isBoilerplateLine } from '../text/is-boilerplate-line.js';

const MAX_FURNITURE = 200;
// a numbered paragraph of some length is document text, whatever words it holds
const MAX_NUMBERED_FURNITURE = 40;

/** True when a line is page furniture (see `isBoilerplateLine`). */
export function isFurniture(key: string, f: number, e: number, numbered: boolean): boolean {
  if (e - f > MAX_FURNITURE) return false;
  if (e - f > MAX_NUMBERED_FURNITURE && numbered) return false;
  return isBoilerplateLine(key.slice(f, e).trim());
}

const BULLETS = /[●•·▪■◆◇□○►\-\s]/u;

/** The index after bullets and dashes that open a line, when text follows them. */
export function skipBullets(key: string, s: number, e: number): number {
  let i = s;
  while (i < e && BULLETS.test(key[i]!)) i++;
  return i < e ? i : s;
}

/**
 * True for a portal's footer read as a clause line: `主办单位:市人民政府办公室
 * 承办单位:市大数据中心`. A plan sets 主办 against 协办 (or 配合), never 主办
 * against 承办 on one line.
 */
export function isSiteFooter(clauses: readonly Clause[]): boolean {
  if (!clauses.some((c) => c.fields.length > 1)) return false;
  const labels = clauses.flatMap((c) => c.fields.map((f) => f.label));
  return (
    labels.some((l) => l.startsWith('主办')) &&
    labels.some((l) => l.startsWith('承办')) &&
    !labels.some((l) => /协办|配合|协同|协助/u.test(l))
  );
}
