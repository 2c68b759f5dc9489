import { describe, expect, it } from 'vitest';
import { readNumbering } from '../../src/parse/numbering/read-numbering.js';
import { foldText } from '../../src/parse/text/fold-text.js';

const read = (line: string) => {
  const key = foldText(line);
  const n = readNumbering(key, 0);
  return (
    n && {
      style: n.style,
      value: n.value,
      label: line.slice(n.start, n.end),
      rest: line.slice(n.contentStart),
    }
  );
};

describe('readNumbering reads every numbering style at the start of a line', () => {
  it.each([
    ['一、服务保障', 'cn', 1, '一、'],
    ['十二、其他', 'cn', 12, '十二、'],
    ['（一）规范精简审批', 'paren-cn', 1, '（一）'],
    ['(三)加快', 'paren-cn', 3, '(三)'],
    ['1.打造一流', 'arabic', 1, '1.'],
    ['12、加强', 'arabic', 12, '12、'],
    ['1﹒全省生产总值', 'arabic', 1, '1﹒'],
    ['１２．加强', 'arabic', 12, '１２．'],
    ['1.1 加强', 'decimal', 1, '1.1'],
    ['2.3.4加强', 'decimal', 4, '2.3.4'],
    ['（1）院内电动车', 'paren-arabic', 1, '（1）'],
    ['3）排查', 'paren-arabic', 3, '3）'],
    ['⑵排查', 'paren-arabic', 2, '⑵'],
    ['⒊排查', 'arabic', 3, '⒊'],
    ['①排查', 'circled', 1, '①'],
    ['第一条 压实责任', 'article', 1, '第一条'],
    ['第十二条压实责任', 'article', 12, '第十二条'],
    ['第二章　重点整治', 'chapter', 2, '第二章'],
  ])('%s', (line, style, value, label) => {
    expect(read(line)).toMatchObject({ style, value, label });
  });

  it('skips the spaces after the label', () => {
    expect(read('1. 精简项目审批手续')?.rest).toBe('精简项目审批手续');
    expect(read('一、 提高投资项目审批效率')?.rest).toBe('提高投资项目审批效率');
  });

  it.each([
    '2020年是决胜之年',
    '2.3%的增长',
    '1.5万亩',
    '12月底前',
    '24 |',
    '一是加强',
    '〔2023〕13号',
    '第一季度',
  ])('does not take %s for numbering', (line) => {
    expect(read(line)).toBeUndefined();
  });

  it('ranks 一、 above （一） above 1. above （1） above ①', () => {
    const ranks = ['一、a', '（一）a', '1.a', '1.1 a', '（1）a', '①a'].map(
      (l) => readNumbering(foldText(l), 0)!.rank,
    );
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('reads a long line in time that does not grow with the line', () => {
    const long = '1'.repeat(100_000);
    expect(readNumbering(long, 0)).toBeUndefined();
  });
});
