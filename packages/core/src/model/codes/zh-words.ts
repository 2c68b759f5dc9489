/**
 * Words the Chinese wordings of several codes share, keyed by the values
 * readers put in `args`.
 */

/** What a cleaning step removed (`Removed` in model/validate/clean-field-text). */
export const REMOVED_ZH: Readonly<Record<string, string>> = {
  'control characters': '控制字符',
  'lone surrogates': '不成对的代理字符',
  'invisible characters': '不可见字符',
};

/** Why two unit names may name one unit (`LikelyAlias['reason']`), `a` named first. */
export const ALIAS_REASON_ZH: Readonly<Record<string, string>> = {
  parenthetical: '后者只多了括号内的说明',
  'same-without-level': '去掉行政层级后名称相同',
  prefix: '名称只差开头的修饰语',
};

/** The kinds of record an id or a name belongs to. */
export const RECORD_ZH: Readonly<Record<string, string>> = {
  item: '任务',
  unit: '单位',
  section: '部分',
  group: '统称单位',
};

/** Joins texts, each in Chinese quotation marks: “甲”、“乙”. */
export function quotedList(texts: readonly string[]): string {
  return texts.map((t) => `“${t}”`).join('、');
}
