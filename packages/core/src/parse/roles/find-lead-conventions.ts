// `列第一位为牵头或汇总单位`, `排在第一位的为牵头单位`, `排名第一的单位为牵头单位`
// `列第一位的责任单位为牵头单位或汇总单位`
const RANKED =
  /(?:列|排|排名|排序|位列|名列)在?(?:第一|首)(?:位|个|名)?的?[\u4e00-\u9fff]{0,6}?(?:为|是)[^。;,\n]{0,4}牵头/gu;
// `第一个单位为牵头单位`, `首位单位为牵头单位`
const FIRST = /(?:第一个|首个|第一位|首位)(?:列出的|列明的)?(?:单位|部门)(?:为|是)牵头/gu;
// `牵头单位列第一位`, `牵头部门排在首位`
const LEAD_FIRST = /牵头(?:单位|部门)(?:列|排|排在|列在|位列)(?:第一|首)/gu;

/**
 * Where the document states that the first unit listed leads
 * (`除标注外，列第一位为牵头单位`): the indexes of such statements in folded text.
 * A statement applies to the clause it stands in and to every later one.
 */
export function findLeadConventions(key: string): number[] {
  // a statement may be cut by a line wrap: search the text without line breaks
  const { text, at } = withoutLineBreaks(key);
  const found: number[] = [];
  for (const pattern of [RANKED, FIRST, LEAD_FIRST]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found.push(at(m.index));
  }
  return found.sort((a, b) => a - b);
}

function withoutLineBreaks(key: string): { text: string; at: (i: number) => number } {
  if (!/[\n\r]/u.test(key)) return { text: key, at: (i) => i };
  const parts: string[] = [];
  const breaks = /[ \t]*[\n\r]+[ \t]*/gu;
  let last = 0;
  for (let m = breaks.exec(key); m !== null; m = breaks.exec(key)) {
    parts.push(key.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(key.slice(last));
  // cutAt[k]: where the k-th break was cut out, in the joined text; skipped[k]: characters cut so far
  const cutAt: number[] = [];
  const skipped: number[] = [];
  let removed = 0;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(key); m !== null; m = breaks.exec(key)) {
    cutAt.push(m.index - removed);
    removed += m[0].length;
    skipped.push(removed);
  }
  const at = (i: number): number => {
    let lo = 0;
    let hi = cutAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cutAt[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    return i + (lo > 0 ? skipped[lo - 1]! : 0);
  };
  return { text: parts.join(''), at };
}
