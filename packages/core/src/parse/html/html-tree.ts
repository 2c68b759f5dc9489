/** An element of a page read by `htmlTree`: its lower-case tag and its content. */
export interface HtmlElement {
  tag: string;
  children: HtmlNode[];
}

/** Text (as written, references not decoded) or an element. */
export type HtmlNode = HtmlElement | string;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
// content read as text up to the element's end tag, never as tags
const RAW = new Set([
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
]);
// starting one of these ends an open paragraph
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption']);
const CELLS = ['td', 'th'];
const TABLE = ['table'];
const SECTIONS = ['tbody', 'thead', 'tfoot'];
// deeper nesting is read flat: the page's text is kept, recursion stays bounded
const MAX_DEPTH = 200;
const NAME = /[a-zA-Z][a-zA-Z0-9:-]*/y;

/**
 * Reads a page into a tree of elements the way a browser would for the page's
 * text: comments, doctypes and processing instructions dropped, attributes
 * skipped (quoted `>` included), raw-text elements (`script`, `style`, `title` …)
 * kept whole, void elements (`br`, `img` …) empty, and the end tags HTML lets a
 * page leave out implied: a new `p`, `li`, `td`, `tr` ends the open one, a
 * block ends an open `p`, `</p>` alone is an empty paragraph, and an end tag
 * with nothing to close (or outside its table cell) is ignored.
 *
 * Linear in the page's length; never throws.
 */
export function htmlTree(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  let i = 0;
  let textStart = 0;
  const text = (end: number) => {
    if (end > textStart) top().children.push(html.slice(textStart, end));
  };
  /** Pops up to the nearest open element named in `names`, unless a `boundary` comes first. */
  const closeTo = (names: readonly string[], boundary: readonly string[]): boolean => {
    for (let k = stack.length - 1; k > 0; k--) {
      const tag = stack[k]!.tag;
      if (names.includes(tag)) {
        stack.length = k;
        return true;
      }
      if (boundary.includes(tag)) return false;
    }
    return false;
  };
  const open = (tag: string): HtmlElement => {
    if (CLOSES_P.has(tag)) closeTo(['p'], ['td', 'th', 'table']);
    if (tag === 'li') closeTo(['li'], ['ul', 'ol', 'td', 'th', 'table']);
    else if (tag === 'dt' || tag === 'dd') closeTo(['dt', 'dd'], ['dl', 'td', 'th', 'table']);
    else if (tag === 'td' || tag === 'th') closeTo(CELLS, ['tr', 'table']);
    else if (tag === 'tr') closeTo(['tr'], ['table', ...SECTIONS]);
    else if (SECTIONS.includes(tag)) closeTo(['tr', ...SECTIONS], TABLE);
    const element: HtmlElement = { tag, children: [] };
    top().children.push(element);
    if (!VOID.has(tag) && stack.length < MAX_DEPTH) stack.push(element);
    return element;
  };
  const close = (tag: string) => {
    if (tag === 'br') open('br');
    else if (tag === 'p') {
      if (!closeTo(['p'], ['td', 'th', 'table'])) open('p');
    } else if (tag === 'table') closeTo(TABLE, []);
    else closeTo([tag], TABLE_PARTS.has(tag) ? TABLE : ['td', 'th', 'table']);
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 0x21 || c === 0x3f) {
      // <!-- … -->, <!DOCTYPE …>, <![CDATA[ … ]]>, <? … ?>
      text(lt);
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      i = textStart = end < 0 ? html.length : end + (comment ? 3 : 1);
      continue;
    }
    const closing = c === 0x2f;
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const name = NAME.exec(html);
    if (!name) {
      // a `<` that opens no tag is text
      i = lt + 1;
      continue;
    }
    text(lt);
    const gt = tagEnd(html, NAME.lastIndex);
    i = textStart = gt + 1;
    const tag = name[0].toLowerCase();
    if (closing) {
      close(tag);
      continue;
    }
    const element = open(tag);
    if (RAW.has(tag)) {
      const end = rawEnd(html, tag, i);
      if (end > i) element.children.push(html.slice(i, end));
      if (top() === element) stack.pop();
      const after = html.indexOf('>', end);
      i = textStart = end >= html.length || after < 0 ? html.length : after + 1;
    }
  }
  text(html.length);
  return root;
}

/** The index of the `>` closing a tag whose attributes start at `from` (quoted values skipped), or the last index. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x3e) return i;
    else if ((c === 0x22 || c === 0x27) && html.charCodeAt(i - 1) === 0x3d) quote = c;
  }
  // a quote that never closes: the tag ends at the first `>`
  const gt = html.indexOf('>', from);
  return gt < 0 ? html.length - 1 : gt;
}

const ends = new Map<string, RegExp>();

/** Where the end tag of raw-text element `tag` starts, searched from `from`, or the page's length. */
function rawEnd(html: string, tag: string, from: number): number {
  let pattern = ends.get(tag);
  if (!pattern) ends.set(tag, (pattern = new RegExp(`</${tag}(?=[\\s/>]|$)`, 'giu')));
  pattern.lastIndex = from;
  const m = pattern.exec(html);
  return m ? m.index : html.length;
}
