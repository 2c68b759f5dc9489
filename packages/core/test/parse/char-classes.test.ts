import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../src/parse/text/is-boilerplate-line.js';
import { onlyClosing } from '../../src/parse/text/only-closing.js';
import { hasWhiteSpace, isWhiteSpaceCode } from '../../src/parse/text/white-space.js';
import { isUnitLike } from '../../src/parse/units/is-unit-like.js';

// The reader compares character codes where it once ran a pattern per character;
// each comparison is checked here against the pattern it stands for, on every
// UTF-16 code unit.
const everyCode = Array.from({ length: 0x10000 }, (_, c) => c);
const disagreeing = (test: (c: number) => boolean, pattern: RegExp) =>
  everyCode.filter((c) => test(c) !== pattern.test(String.fromCharCode(c)));

describe('character classes by code agree with the patterns they replace', () => {
  it('isWhiteSpaceCode is \\s', () => {
    expect(disagreeing(isWhiteSpaceCode, /\s/u)).toEqual([]);
  });

  it('hasWhiteSpace finds \\s anywhere in a text', () => {
    expect(hasWhiteSpace('区财政\u3000局')).toBe(true);
    expect(hasWhiteSpace('区财政局\n')).toBe(true);
    expect(hasWhiteSpace('区财政局\u0085')).toBe(false);
    expect(hasWhiteSpace('')).toBe(false);
  });

  it('onlyClosing takes white space, 。 . ; , and closing brackets', () => {
    const one = (c: number) => onlyClosing(String.fromCharCode(c), 0, 1);
    expect(disagreeing(one, /[\s。.;,)\]】〕]/u)).toEqual([]);
    expect(onlyClosing('区司法局)。 ', 4, 7)).toBe(true);
    expect(onlyClosing('区司法局)。 ', 3, 7)).toBe(false);
  });

  it('isUnitLike refuses a name with sentence punctuation, whichever', () => {
    for (const mark of '。!?？！:;,"“”《》') expect(isUnitLike(`区财${mark}政局`)).toBe(false);
    expect(isUnitLike('区财政局')).toBe(true);
  });

  it('isUnitLike refuses a count before a one-character ending, not an ordinal', () => {
    for (const count of ['已完成2处', '新建3所', '改造12站', '建成１２所']) {
      expect(isUnitLike(count)).toBe(false);
    }
    for (const name of ['区第1局', '第12中队', '市规划处', '110指挥中心']) {
      expect(isUnitLike(name)).toBe(true);
    }
  });
});

describe('isBoilerplateLine finds page furniture by word and by pattern', () => {
  it.each([
    ['当前位置：首页', true],
    ['分享到：微信', true],
    ['ICP备12345678号', true],
    ['索 引 号：001', true],
    ['有 效 性:有效', true],
    ['相关链接', true],
    ['【打印本页】【关闭窗口】', true],
    ['打印', true],
    ['主办单位：市政府办公室 技术支持：某公司', true],
    ['1.加强法治保障（责任单位：区司法局）', false],
    ['相关单位要加强联系', false],
    ['责任单位：区发改委', false],
  ])('%s → %s', (line, furniture) => {
    expect(isBoilerplateLine(line)).toBe(furniture);
  });
});
