import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../scripts/minify-css.mjs';

describe('minifyCss', () => {
  it('collapses whitespace and drops it beside braces, semicolons and commas', () => {
    expect(minifyCss('\n  :host {\n    display: block;\n    font: 12px a, b;\n  }\n')).toBe(
      ' :host{display: block;font: 12px a,b;}',
    );
  });

  it('keeps the space of a descendant combinator and around > and calc operators', () => {
    expect(minifyCss('.a  .b > .c { width: calc(100%  -  2px); }')).toBe(
      '.a .b > .c{width: calc(100% - 2px);}',
    );
  });

  it('drops comments but keeps quoted strings as written, comment-like text too', () => {
    expect(minifyCss("/* note */ .x::before { content: '  /* a ,  b */  '; }")).toBe(
      " .x::before{content: '  /* a ,  b */  ';}",
    );
    expect(minifyCss('font-family: "Noto  Sans" , serif ;')).toBe(
      'font-family: "Noto  Sans",serif;',
    );
  });

  it('leaves a piece that ends before an interpolation joinable: its edge space stays', () => {
    expect(minifyCss('  color: ')).toBe(' color: ');
    expect(minifyCss(' solid;\n')).toBe(' solid;');
  });
});
