import type { PlanMeta } from '../../model/plan.js';
import { trimRange } from '../table/split-cells.js';
import { isBoilerplateLine } from '../text/is-boilerplate-line.js';
import type { SourceText } from '../text/source-text.js';
import { readDate } from './read-date.js';
import { readDocNumber } from './read-doc-number.js';
import { readIssuer } from './read-issuer.js';
import { readTitle } from './read-title.js';

const MAX_HEADER_LINE = 300;
// Metadata sits at the top (number, date) and just above the body (title); a
// long preamble is read only at both ends.
const HEAD_LINES = 300;
const TAIL_LINES = 300;

/**
 * Title, document number, issuer and date from the lines above the body
 * (`bodyLine`, 0-based: the first heading, item or table of the plan) of a
 * document read as text. (A Plan JSON's `meta` is read by `readPlanMeta`.)
 */
export function readDocumentMeta(text: SourceText, bodyLine: number): PlanMeta {
  const last = Math.min(bodyLine, text.lineCount);
  const window: number[] = [];
  for (let i = 0; i < Math.min(last, HEAD_LINES); i++) window.push(i);
  for (let i = Math.max(HEAD_LINES, last - TAIL_LINES); i < last; i++) window.push(i);
  const key: string[] = [];
  const raw: string[] = [];
  // page furniture is no title, but the 索引号 table holds the number and date
  const keyAll: string[] = [];
  const rawAll: string[] = [];
  for (const i of window) {
    const [s, e] = trimRange(text.key, text.starts[i]!, text.ends[i]!);
    if (e - s > MAX_HEADER_LINE) {
      key.push('');
      raw.push('');
      keyAll.push('');
      rawAll.push('');
      continue;
    }
    const folded = text.key.slice(s, e);
    const printed = text.raw.slice(s, e);
    const furniture = folded !== '' && isBoilerplateLine(folded);
    key.push(furniture ? '' : folded);
    raw.push(furniture ? '' : printed);
    keyAll.push(folded);
    rawAll.push(printed);
  }
  const meta: PlanMeta = {};
  const title = readTitle(key, raw);
  const docNumber = readDocNumber(keyAll, rawAll);
  const issuer = readIssuer(key, raw);
  const date = readDate(keyAll);
  if (title !== undefined) meta.title = title;
  if (issuer !== undefined) meta.issuer = issuer;
  if (docNumber !== undefined) meta.docNumber = docNumber;
  if (date !== undefined) meta.date = date;
  return meta;
}
