/** An element's start (`<w:p w:rsid="…">`, `<w:br/>`) or end (`</w:p>`), or the text between tags. */
export type XmlToken =
  | { kind: 'open'; name: string; attrs: Readonly<Record<string, string>>; empty: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};
const REFERENCE = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/giu;
const NAME_END = /[\s/>]/u;

/**
 * The tokens of an XML file of an Office package (a Word document, a sheet, shared strings), in
 * order: element starts with their attributes, element ends, and text with
 * character references decoded. Declarations, comments and processing
 * instructions are skipped; CDATA is text. One pass with `indexOf`, no
 * backtracking, so a file of any size costs time in proportion to it. The
 * files come from Office packages, not from people: a malformed one ends the
 * tokens where it stops making sense rather than throwing.
 *
 * @example [...xmlTokens('<w:t xml:space="preserve">a&amp;b</w:t>')]
 */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  let at = 0;
  const n = xml.length;
  while (at < n) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      if (at < n) yield { kind: 'text', text: decodeXml(xml.slice(at)) };
      return;
    }
    if (lt > at) yield { kind: 'text', text: decodeXml(xml.slice(at, lt)) };
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return;
        yield { kind: 'text', text: xml.slice(lt + 9, end) };
        at = end + 3;
      } else {
        const end = xml.startsWith('<!--', lt) ? xml.indexOf('-->', lt + 4) : xml.indexOf('>', lt);
        if (end < 0) return;
        at = end + (xml.startsWith('<!--', lt) ? 3 : 1);
      }
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return;
      at = end + 2;
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (gt < 0) return;
    if (next === 0x2f /* / */) {
      yield { kind: 'close', name: xml.slice(lt + 2, gt).trim() };
    } else {
      const empty = xml.charCodeAt(gt - 1) === 0x2f;
      const body = xml.slice(lt + 1, empty ? gt - 1 : gt);
      const nameEnd = body.search(NAME_END);
      const name = nameEnd < 0 ? body : body.slice(0, nameEnd);
      yield { kind: 'open', name, attrs: nameEnd < 0 ? {} : readAttrs(body, nameEnd), empty };
    }
    at = gt + 1;
  }
}

/** The `>` that closes a tag opened before `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

function readAttrs(body: string, from: number): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  let i = from;
  const n = body.length;
  while (i < n) {
    while (i < n && isSpace(body.charCodeAt(i))) i++;
    const eq = body.indexOf('=', i);
    if (eq < 0) break;
    const name = body.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && isSpace(body.charCodeAt(q))) q++;
    const quote = body[q];
    if (quote !== '"' && quote !== "'") break;
    const close = body.indexOf(quote, q + 1);
    if (close < 0) break;
    attrs[name] = decodeXml(body.slice(q + 1, close));
    i = close + 1;
  }
  return attrs;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Text with XML's character references (`&amp;`, `&#x4E00;`) decoded. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(ENTITIES, ref) ? ENTITIES[ref]! : whole;
  });
}
