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
