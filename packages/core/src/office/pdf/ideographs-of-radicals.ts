// Radicals that fonts draw with the same glyph as a whole character, and that
// a PDF's ToUnicode map may name instead of it (Noto CJK printed by Chrome:
// 月 comes out as ⽉ U+2F49, 民 as ⺠ U+2EA0). Kangxi radicals (U+2F00–U+2FD5)
// have NFKC mappings; these of the CJK Radicals Supplement do not.
const SUPPLEMENT: Readonly<Record<string, string>> = {
  // NFKC gives the traditional 戶; the simplified fonts this meets draw 户 with it
  '⼾': '户',
  '⺊': '卜',
  '⺎': '兀',
  '⺐': '尢',
  '⺒': '巳',
  '⺓': '幺',
  '⺝': '月',
  '⺟': '母',
  '⺠': '民',
  '⺩': '王',
  '⺬': '示',
  '⺮': '竹',
  '⺷': '羊',
  '⺻': '聿',
  '⺼': '月',
  '⺽': '臼',
  '⻁': '虎',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
};
const RADICALS = /[\u2e80-\u2fdf]/gu;

/**
 * Text with radicals that stand for whole characters written as those
 * characters (`⽉` → `月`, `⺠` → `民`), as a reader sees them on the page.
 *
 * @example ideographsOfRadicals('县⽔务局') // '县水务局'
 */
export function ideographsOfRadicals(text: string): string {
  if (!RADICALS.test(text)) return text;
  RADICALS.lastIndex = 0;
  return text.replace(RADICALS, (ch) => SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}
