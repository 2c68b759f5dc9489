const SPACES = /[ \t\n\f\r]+/gu;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * White space of HTML text as a browser shows it: each run one space, or
 * none where a source line break falls between two Chinese characters (a
 * page's text wrapped in its source is not spaced on screen).
 *
 * @example collapseSpaces('责任\n单位') // '责任单位'
 */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES, (run: string, at: number) => {
    const wrap = run.includes('\n') || run.includes('\r');
    return wrap && CJK.test(text[at - 1] ?? '') && CJK.test(text[at + run.length] ?? '') ? '' : ' ';
  });
}
