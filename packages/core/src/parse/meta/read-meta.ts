import type { PlanMeta } from '../../model/plan.js';
import { isBoilerplateLine } from '../text/is-boilerplate-line.js';
import type { SourceText } from '../text/source-text.js';
import { readDate } from './read-date.js';
import { readDocNumber } from './read-doc-number.js';
import { readIssuer } from './read-issuer.js';
import { readTitle } from './read-title.js';

const MAX_HEADER_LINE = 300;

/**
 * Title, document number, issuer and date from the lines above the body
 * (`bodyLine`, 0-based: the first heading, item or table of the plan).
 */
export function readMeta(text: SourceText, bodyLine: number): PlanMeta {
  const key: string[] = [];
  const raw: string[] = [];
  for (const line of text.lines.slice(0, bodyLine)) {
    let s = line.start;
    let e = line.end;
    if (e - s > MAX_HEADER_LINE) {
      key.push('');
      raw.push('');
      continue;
    }
    while (s < e && /\s/u.test(text.key[s]!)) s++;
    while (e > s && /\s/u.test(text.key[e - 1]!)) e--;
    const folded = text.key.slice(s, e);
    const furniture = isBoilerplateLine(folded);
    key.push(furniture ? '' : folded);
    raw.push(furniture ? '' : text.raw.slice(s, e));
  }
  const meta: PlanMeta = {};
  const title = readTitle(key, raw);
  const docNumber = readDocNumber(key, raw);
  const issuer = readIssuer(key, raw);
  const date = readDate(key);
  if (title !== undefined) meta.title = title;
  if (issuer !== undefined) meta.issuer = issuer;
  if (docNumber !== undefined) meta.docNumber = docNumber;
  if (date !== undefined) meta.date = date;
  return meta;
}
