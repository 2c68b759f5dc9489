import { fieldKindOf, isFieldLabel, labelSense } from '../lexicon/field-words.js';

// `列第一位为牵头或汇总单位`, `排在第一位的为牵头单位`, `排名第一的单位为牵头单位`
// `列第一位的责任单位为牵头单位或汇总单位`
const RANKED =
  /(?:列|排|排名|排序|位列|名列)在?(?:第一|首)(?:位|个|名)?的?[\u4e00-\u9fff]{0,6}?(?:为|是)[^。;,\n]{0,4}牵头/gu;
// `第一个单位为牵头单位`, `首位单位为牵头单位`
// `第一个为牵头或汇总单位`, `第一责任单位为牵头单位`
const FIRST =
  /(?:第一个|首个|第一位|首位|第一)(?:列出的|列明的)?的?(?:责任)?(?:单位|部门)?(?:为|是)牵头/gu;
// `牵头单位列第一位`, `牵头部门排在首位`
const LEAD_FIRST = /牵头(?:单位|部门)(?:列|排|排在|列在|位列)(?:第一|首)/gu;
// `由排名首位的部门牵头负责`, `列第一位的单位牵头`: the ranked unit leads, with no 为 between
const RANKED_LEADS =
  /(?:列|排|排名|排序|位列|名列)在?(?:第一|首)(?:位|个|名)?的(?:责任)?(?:单位|部门)牵头/gu;

/**
 * Where the document states that the first unit listed leads
 * (`除标注外，列第一位为牵头单位`): the indexes of such statements in folded text.
 * A statement applies to the clause it stands in and to every later one.
 */
export function findLeadConventions(key: string): number[] {
  const found: number[] = [];
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(key); m !== null; m = pattern.exec(key)) found.push(m.index);
  }
  // a statement may be cut by a line wrap: look again, without line breaks, around each 第一 and 首
  for (const anchor of ['第一', '首']) {
    for (let i = key.indexOf(anchor); i >= 0; i = key.indexOf(anchor, i + 1)) {
      const from = Math.max(0, i - WINDOW_BEFORE);
      const window = key.slice(from, i + WINDOW_AFTER);
      // every statement names 牵头: a window without 牵 holds none
      if (!/[\n\r]/u.test(window) || !window.includes('牵')) continue;
      const at = joinedMatch(window);
      if (at >= 0) found.push(from + at);
    }
  }
  return [...new Set(found)].sort((a, b) => a - b);
}

const PATTERNS = [RANKED, FIRST, LEAD_FIRST, RANKED_LEADS];

// `各主要责任单位要充分发挥牵头抓总作用`, `主办单位要切实履行牵头职责`: a label as the subject of a
// sentence that gives it the lead's part, read from the text right before a 牵头 (run over the
// whole text, a pattern that opens with a run of Han characters tries every character of it)
const LEAD_LABEL_BEFORE =
  /([\u4e00-\u9fff]{2,14})(?:要|应|须|应当)(?:切实|充分|认真|主动|全面)?(?:发挥|履行|承担起?|负起|担负起?|扛起)(?:好)?$/u;
// the longest text LEAD_LABEL_BEFORE matches: 14 + 2 + 2 + 3 + 1 characters
const LEAD_LABEL_REACH = 22;

/**
 * The labels of responsibility fields (`主要责任单位`) that the document says lead
 * (`各主要责任单位要充分发挥牵头抓总作用`), by `labelSense` (`主要`): their units lead wherever
 * the label, or one that differs from it only in words of the same part, stands. A label with
 * nothing beyond such words (`各责任单位要…`) names every member field and is not taken.
 */
export function findLeadLabels(key: string): Set<string> {
  const labels = new Set<string>();
  for (let at = key.indexOf('牵头'); at >= 0; at = key.indexOf('牵头', at + 2)) {
    const m = LEAD_LABEL_BEFORE.exec(key.slice(Math.max(0, at - LEAD_LABEL_REACH), at));
    if (!m) continue;
    // the subject is the longest label at the end of the run of Han before 要 (`推进各主要责任单位`)
    const run = m[1]!;
    for (let i = 0; i + 2 <= run.length; i++) {
      const word = run.slice(i);
      if (isFieldLabel(word) && fieldKindOf(word) === 'member') {
        const sense = labelSense(word);
        if (sense !== '') labels.add(sense);
        break;
      }
    }
  }
  return labels;
}
const WINDOW_BEFORE = 12;
const WINDOW_AFTER = 40;

/** Where a statement starts in `window` once its line breaks are removed, or -1. */
function joinedMatch(window: string): number {
  const origin: number[] = [];
  let joined = '';
  for (let i = 0; i < window.length; i++) {
    const c = window[i]!;
    if (c === '\n' || c === '\r') {
      while (joined.endsWith(' ')) {
        joined = joined.slice(0, -1);
        origin.pop();
      }
      while (window[i + 1] === ' ') i++;
      continue;
    }
    joined += c;
    origin.push(i);
  }
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    const m = pattern.exec(joined);
    if (m) return origin[m.index]!;
  }
  return -1;
}
