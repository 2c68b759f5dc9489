import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/office/docx/read-docx.js';
import { formatNumber } from '../../src/office/numbering/format-number.js';
import { ListCounters, type ListLevel } from '../../src/office/numbering/list-counters.js';
import { docxOf, list, p } from './helpers/make-office.js';

describe('formatNumber writes a counter as Word does', () => {
  it.each([
    [1, 'decimal', '1'],
    [7, 'decimalZero', '07'],
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [12, 'chineseCounting', '十二'],
    [20, 'chineseCounting', '二十'],
    [35, 'chineseCounting', '三十五'],
    [105, 'chineseCountingThousand', '一百零五'],
    [1200, 'chineseCounting', '一千二百'],
    [1005, 'chineseCounting', '一千零五'],
    [3, 'chineseLegalSimplified', '叁'],
    [12, 'chineseLegalSimplified', '拾贰'],
    [3, 'ideographTraditional', '丙'],
    [11, 'ideographTraditional', '甲'],
    [2, 'ideographZodiac', '丑'],
    [3, 'decimalEnclosedCircle', '③'],
    [21, 'decimalEnclosedCircle', '21'],
    [4, 'decimalEnclosedParen', '⑷'],
    [14, 'upperRoman', 'XIV'],
    [9, 'lowerRoman', 'ix'],
    [3, 'upperLetter', 'C'],
    [28, 'lowerLetter', 'bb'],
    [25, 'ideographDigital', '二五'],
    [5, 'decimalFullWidth', '５'],
    [5, 'bullet', ''],
    [5, 'none', ''],
    [5, 'someFormatWordAddsLater', '5'],
  ])('%i in %s is %s', (n, format, label) => {
    expect(formatNumber(n, format)).toBe(label);
  });
});

const PLAN_LEVELS: ListLevel[] = [
  { start: 1, format: 'chineseCounting', text: '%1、' },
  { start: 1, format: 'chineseCounting', text: '（%2）' },
  { start: 1, format: 'decimal', text: '%3.' },
  { start: 1, format: 'decimal', text: '%1.%2.%3.%4' },
];

describe('ListCounters count as a word processor counts', () => {
  it('counts each level on and restarts the levels below one that moves', () => {
    const c = new ListCounters();
    const labels = [0, 1, 2, 2, 1, 2, 0, 1, 2].map((level) => c.next('a', PLAN_LEVELS, level));
    expect(labels).toEqual(['一、', '（一）', '1.', '2.', '（二）', '1.', '二、', '（一）', '1.']);
  });

  it('writes each level above in its own format in a multi-level label', () => {
    const c = new ListCounters();
    for (const level of [0, 1, 2, 2]) c.next('a', PLAN_LEVELS, level);
    expect(c.next('a', PLAN_LEVELS, 3)).toBe('一.一.2.1');
  });

  it('keeps each list apart', () => {
    const c = new ListCounters();
    c.next('a', PLAN_LEVELS, 0);
    c.next('a', PLAN_LEVELS, 0);
    expect(c.next('b', PLAN_LEVELS, 0)).toBe('一、');
    expect(c.next('a', PLAN_LEVELS, 0)).toBe('三、');
  });

  it('starts a level at its start, and writes legal numbering in decimal', () => {
    const c = new ListCounters();
    const levels: ListLevel[] = [
      { start: 3, format: 'chineseCounting', text: '%1、' },
      { start: 1, format: 'decimal', text: '%1.%2', legal: true },
    ];
    expect(c.next('a', levels, 0)).toBe('三、');
    expect(c.next('a', levels, 1)).toBe('3.1');
  });
});

describe('readDocx numbers paragraphs by w:numPr', () => {
  it('gives each numbered paragraph the label Word draws, though its text has none', () => {
    const numbering = list(7, [
      ['chineseCounting', '%1、'],
      ['chineseCounting', '（%2）'],
      ['decimal', '%3.'],
    ]);
    const doc = readDocx(
      docxOf(
        [
          p('总体要求', { numId: 7, level: 0 }),
          p('加强领导', { numId: 7, level: 1 }),
          p('建立机制。（责任单位：区司法局）', { numId: 7, level: 2 }),
          p('一段说明。'),
          p('完善制度。（责任单位：区府办）', { numId: 7, level: 2 }),
        ].join(''),
        numbering,
      ),
    );
    expect(
      doc.blocks.map((b) => (b.kind === 'paragraph' ? `${b.label ?? ''}|${b.text}` : '')),
    ).toEqual([
      '一、|总体要求',
      '（一）|加强领导',
      '1.|建立机制。（责任单位：区司法局）',
      '|一段说明。',
      '2.|完善制度。（责任单位：区府办）',
    ]);
  });

  it('starts a list where its w:startOverride says, and numbers none where w:numId is 0', () => {
    const numbering = list(2, [['decimal', '%1.']], { level: 0, start: 5 });
    const doc = readDocx(
      docxOf(
        [p('甲', { numId: 2 }), p('乙', { numId: 0 }), p('丙', { numId: 2 })].join(''),
        numbering,
      ),
    );
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.label : undefined))).toEqual([
      '5.',
      undefined,
      '6.',
    ]);
  });
});
