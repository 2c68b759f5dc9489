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
  const found: number[] = [];
  for (const pattern of [RANKED, FIRST, LEAD_FIRST]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(key); m !== null; m = pattern.exec(key)) found.push(m.index);
  }
  return found.sort((a, b) => a - b);
}
