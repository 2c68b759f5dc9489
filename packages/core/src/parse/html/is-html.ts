// a page's first tag: a doctype, a comment or an element of pages
const OPENING =
  /^\s*<(?:!doctype|\?xml|!--|(?:html|head|body|meta|title|div|p|table|tbody|tr|td|th|span|br|h[1-6]|ul|ol|li|font|section|article|header|main|center|strong|b|a|link|style|script)(?=[\s/>]))/iu;
const TAG =
  /<\/?(?:p|div|br|td|th|tr|table|tbody|li|ul|ol|h[1-6]|span|font|strong|b|a|i|u|em|html|body|head|img|section|article|center)(?=[\s/>])[^<>]{0,500}>/giu;
// enough of a long text to judge it by
const SAMPLE = 65_536;
const MIN_TAGS = 3;

/**
 * True when text is an HTML page or fragment rather than plain text: it opens
 * with a tag (`<!DOCTYPE html>`, `<html>`, `<p>` …), or at least half of its
 * filled lines hold tags of pages (`<p>`, `<br>`, `<td>` …). A long text is
 * judged by its beginning. Text without `<` costs one scan for it.
 */
export function isHtml(text: string): boolean {
  if (!text.includes('<')) return false;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (OPENING.test(sample.slice(0, 1024))) return true;
  let filled = 0;
  let tagged = 0;
  let tags = 0;
  for (const line of sample.split(/\r\n|[\n\r]/u)) {
    if (line.trim() === '') continue;
    filled++;
    // a line without `<` holds no tag: it is spared the search
    const found = line.includes('<') ? (line.match(TAG)?.length ?? 0) : 0;
    if (found > 0) tagged++;
    tags += found;
  }
  return tags >= MIN_TAGS && tagged * 2 >= filled;
}
