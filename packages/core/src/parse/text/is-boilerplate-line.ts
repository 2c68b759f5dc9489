const MAX_BOILERPLATE = 200;

// Page furniture of government portals: navigation, page tools, the 索引号 table,
// counters and footers. Matched on folded text.
const PORTAL_WORDS = [
  '当前位置',
  '您的位置',
  '设为首页',
  '加入收藏',
  '网站地图',
  '打印本页',
  '打印此页',
  '关闭窗口',
  '【打印】',
  '【关闭】',
  '字体[:\\s【[]*大',
  '字号[:\\s【[]*大',
  '浏览量',
  '浏览次数',
  '访问次数',
  '点击数',
  '阅读次数',
  '索引号',
  '索\\s*引\\s*号',
  '发布机构',
  '主题分类',
  '有\\s*效\\s*性[\\s:]*(有效|失效|废止)',
  '分享到',
  '听全文',
  '责任编辑',
  'ICP备',
  'ICP证',
  '版权所有',
  '技术支持',
  '网站标识码',
  '公网安备',
  '扫一扫',
  '上一篇',
  '下一篇',
  '今天是',
  '繁體中文',
  '表格下载',
  '导航菜单',
  '联系我们',
  '返回顶部',
  '^相关(内容|链接|阅读)$',
  '^【?(打印|关闭|收藏)',
];
const PORTAL = new RegExp(PORTAL_WORDS.join('|'), 'u');
// the same words split in two: plain strings, found by `hasPortalString`, and the
// patterns, one expression; a line matches `PORTAL` when it holds either
const isPattern = (word: string) => /[\\^$.*+?()[\]{}|]/u.test(word);
const PORTAL_PATTERNS = new RegExp(PORTAL_WORDS.filter(isPattern).join('|'), 'u');
const PORTAL_STRINGS = new Map<number, string[]>();
// 1 at the codes a plain word starts with: one look-up settles most characters
const PORTAL_FIRST = new Uint8Array(0x10000);
for (const word of PORTAL_WORDS.filter((w) => !isPattern(w))) {
  const first = word.charCodeAt(0);
  PORTAL_STRINGS.set(first, [...(PORTAL_STRINGS.get(first) ?? []), word]);
  PORTAL_FIRST[first] = 1;
}
const BULLET = /^[•·▪►◆◇■□●○\-–—>]+\s*\S{0,12}$/u;
const FOOTER_CONTEXT = /ICP|版权|技术支持|网站|地址|电话|邮编/u;

/**
 * True when a line (folded, trimmed) is page furniture rather than document text:
 * navigation (当前位置, 首页 >), page tools (设为首页, 打印本页), the 索引号 / 发布机构
 * table, counters, bullets of page widgets, and footers (主办单位 … ICP备 …).
 * Such lines are never items.
 */
export function isBoilerplateLine(line: string): boolean {
  if (line.length > MAX_BOILERPLATE) return false;
  if (hasPortalString(line) || PORTAL_PATTERNS.test(line)) return true;
  if (BULLET.test(line)) return true;
  if (/^首页\s*(>|›|»|\/)/u.test(line)) return true;
  return (line.includes('主办单位') || line.includes('承办单位')) && FOOTER_CONTEXT.test(line);
}

/**
 * True when a plain word of `PORTAL_WORDS` occurs in the line: a look-up by
 * character, quicker than the one expression of all the words, which a line of
 * text (most lines are) runs through at every place.
 */
function hasPortalString(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (PORTAL_FIRST[c] === 0) continue;
    for (const word of PORTAL_STRINGS.get(c)!) if (line.startsWith(word, i)) return true;
  }
  return false;
}

const PORTAL_ANYWHERE = new RegExp(PORTAL.source, 'gu');

/**
 * Where words of page furniture (分享到, 扫一扫, 打印本页, 版权所有 …) start in
 * [s, e) of folded text: on a page printed as one paragraph they mark where the
 * document's text ends and the portal's begins.
 */
export function furnitureWordsIn(key: string, s: number, e: number): number[] {
  // searched in the line alone: a search from `s` would run on to the document's end
  const line = key.slice(s, e);
  const found: number[] = [];
  PORTAL_ANYWHERE.lastIndex = 0;
  for (let m = PORTAL_ANYWHERE.exec(line); m !== null; m = PORTAL_ANYWHERE.exec(line)) {
    found.push(s + m.index);
    if (m[0].length === 0) PORTAL_ANYWHERE.lastIndex++;
  }
  return found;
}
