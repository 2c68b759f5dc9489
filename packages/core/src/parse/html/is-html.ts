import { isWhiteSpaceCode } from '../text/white-space.js';

// a page's first tag: a doctype, a comment or an element of pages
const OPENING =
  /^\s*<(?:!doctype|\?xml|!--|(?:html|head|body|meta|title|div|p|table|tbody|tr|td|th|span|br|h[1-6]|ul|ol|li|font|section|article|header|main|center|strong|b|a|link|style|script)(?=[\s/>]))/iu;
const TAG =
  /<\/?(?:p|div|br|td|th|tr|table|tbody|li|ul|ol|h[1-6]|span|font|strong|b|a|i|u|em|html|body|head|img|section|article|center)(?=[\s/>])[^<>]{0,500}>/giu;
// a doctype or <html> at the start of a line near the top
const PAGE_START = /(?:^|[\r\n])[ \t]*<(?:!doctype\s+html|html)(?=[\s>])/iu;
// enough of a long text to judge it by
const SAMPLE = 65_536;
const MIN_TAGS = 3;

/**
 * True when text is an HTML page or fragment rather than plain text: it opens
 * with a tag (`<!DOCTYPE html>`, `<html>`, `<p>` …), a line near its top opens a page
 * (`<!DOCTYPE html>` or `<html>` under a few lines of a portal), or at least half of its
 * filled lines, or of their text, hold tags of pages (`<p>`, `<br>`, `<td>` …): a page
 * saved as one line under a few lines of a portal is a page. A long text is
 * judged by its beginning. Text without `<` costs one scan for it.
 */
export function isHtml(text: string): boolean {
  if (!text.includes('<')) return false;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (OPENING.test(sample.slice(0, 1024))) return true;
  // a page's own start under a few lines a portal or a copy put above it
  if (PAGE_START.test(sample.slice(0, 4096))) return true;
  let filled = 0;
  let tagged = 0;
  let tags = 0;
  // characters of filled lines, and of those that hold tags
  let filledChars = 0;
  let taggedChars = 0;
  // lines read by index, with no array of them: a text that holds a `<` somewhere
  // (a formula, a quotation) is still mostly lines without one
  let lt = sample.indexOf('<');
  for (let start = 0; start <= sample.length;) {
    const end = lineEnd(sample, start);
    if (hasNonSpace(sample, start, end)) {
      filled++;
      // a line without `<` holds no tag: it is spared the search
      if (lt >= 0 && lt < start) lt = sample.indexOf('<', start);
      const found = lt >= 0 && lt < end ? (sample.slice(start, end).match(TAG)?.length ?? 0) : 0;
      filledChars += end - start;
      if (found > 0) {
        tagged++;
        taggedChars += end - start;
      }
      tags += found;
    }
    start = end + (sample.charCodeAt(end) === 0x0d && sample.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return tags >= MIN_TAGS && (tagged * 2 >= filled || taggedChars * 2 >= filledChars);
}

/** The index of the line break (\r\n, \n or \r) ending the line from `start`, or the text's length. */
function lineEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
  }
  return text.length;
}

/** True when [s, e) holds a character that `trim` keeps. */
function hasNonSpace(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isWhiteSpaceCode(text.charCodeAt(i))) return true;
  return false;
}
