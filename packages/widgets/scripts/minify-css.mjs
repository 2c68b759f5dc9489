/**
 * The CSS of a Lit `css` template (one of its static pieces) without comments and with
 * whitespace collapsed: a run of it becomes one space, and none is kept beside `{` `}` `;` `,`.
 * Quoted strings stay as written; a descendant combinator keeps its space, `a > b` both.
 * Used by the single-file builds (vite.config.ts), where terser leaves template text alone.
 *
 * @param {string} text
 * @returns {string}
 */
export function minifyCss(text) {
  return text
    .split(/('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1'),
    )
    .join('');
}
