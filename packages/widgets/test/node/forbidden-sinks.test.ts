import { describe, expect, it } from 'vitest';

/**
 * RELIABILITY "Rules that prevent whole classes": a gate over the widgets'
 * sources for the sinks that turn text into code or markup, and for inline
 * style writes that a strict Content-Security-Policy blocks.
 */
const sources = import.meta.glob<string>(['../../src/**/*.ts', '!../../src/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'innerHTML / outerHTML', pattern: /\.(inner|outer)HTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'document.write', pattern: /document\.write/ },
  { name: 'unsafeHTML / unsafeSVG', pattern: /unsafe(HTML|SVG)\b/ },
  { name: 'eval', pattern: /(^|[^.\w])eval\s*\(/ },
  { name: 'new Function', pattern: /new\s+Function\s*\(/ },
  { name: 'string timer', pattern: /set(Timeout|Interval)\s*\(\s*['"`]/ },
  { name: "setAttribute('style')", pattern: /setAttribute\(\s*['"]style['"]/ },
  {
    name: 'style attribute binding (styleMap writes the attribute first)',
    pattern: /\bstyleMap\s*\(|\sstyle=\$\{/,
  },
  { name: 'd3 .html()', pattern: /\.html\s*\(/ },
  { name: 'createContextualFragment', pattern: /createContextualFragment/ },
  { name: 'arquero (compiles expressions with Function)', pattern: /from\s+['"]arquero/ },
  { name: 'the whole d3 bundle', pattern: /from\s+['"]d3['"]/ },
];

// Strings and comments may name a sink (e.g. this list, a doc comment saying
// "never innerHTML"); strip comments before matching.
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('widgets sources', () => {
  it('were found', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  for (const { name, pattern } of FORBIDDEN) {
    it(`use no ${name}`, () => {
      const hits = Object.entries(sources)
        .filter(([, text]) => pattern.test(code(text)))
        .map(([file]) => file);
      expect(hits).toEqual([]);
    });
  }
});
