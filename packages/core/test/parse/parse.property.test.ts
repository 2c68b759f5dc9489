import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { normalizeUnitName } from '../../src/model/normalize-unit-name.js';

// Pieces of real clauses, so that generated text reaches every recogniser.
const FRAGMENTS = [
  '1.',
  '2、',
  '（一）',
  '(二)',
  '一、',
  '二、',
  '①',
  '第一条',
  '１．',
  '1.1 ',
  '\n',
  '\n\n',
  ' ',
  '　',
  '\t',
  '责任单位：',
  '牵头单位:',
  '配合单位：',
  '责任领导：',
  '完成时限：',
  '【责任单位】',
  '責任單位：',
  '牽頭單位：',
  '（',
  '）',
  '(',
  ')',
  '【',
  '】',
  '[',
  ']',
  '〔2023〕',
  '〔',
  '〕',
  '号',
  '、',
  '，',
  ',',
  '；',
  ';',
  '。',
  '/',
  '区发改委',
  '区财政局',
  '各街镇',
  '区府办(政务服务办)',
  '区委组织部',
  '派出所工商质监所',
  '安监站 安监所',
  '市生态环境局咸安分局',
  '张三',
  '牵头',
  '配合',
  '等',
  '和',
  '及',
  '分别牵头',
  '按职责分工负责',
  '除标注外，列第一位为牵头单位',
  '加强监管',
  '推进改革。',
  '2023年12月',
  '12',
  '序号',
  '工作任务',
  '完成时限',
  '|',
  ' | ',
  '设为首页',
  '索引号',
  '\u200b',
  '\u202e',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '徐府发〔2020〕13号',
  '2020年7月3日',
];
const fragmentText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 })
  .map((parts) => parts.join(''));

// Control characters become spaces when parsed; compare text without them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const normal = (s: string) => normalizeUnitName(s.replace(CONTROL, ''));

function checkParse(text: string): void {
  const before = Object.getOwnPropertyNames(Object.prototype).length;
  const { plan, diagnostics } = parse(text);
  expect(diagnostics.filter((d) => d.code === 'parse/internal-error')).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  const whole = normal(text);
  for (const unit of plan.units) expect(whole.includes(unit.name)).toBe(true);
  for (const a of plan.assignments) {
    expect(plan.items.some((i) => i.id === a.item)).toBe(true);
    expect(plan.units.some((u) => u.id === a.unit)).toBe(true);
  }
  for (const d of diagnostics) {
    if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
    if (d.column !== undefined) expect(d.column).toBeGreaterThanOrEqual(1);
  }
}

describe('parse on arbitrary text terminates, never throws, pollutes nothing and invents no unit', () => {
  it('for any Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), checkParse), {
      numRuns: 3000,
    });
  });

  it('for any code points, controls included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkParse), {
      numRuns: 2000,
    });
  });

  it('for text assembled from pieces of real clauses', () => {
    fc.assert(fc.property(fragmentText, checkParse), { numRuns: 4000 });
  });

  it('for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const { diagnostics } = parse(bytes);
        expect(diagnostics.filter((d) => d.code === 'parse/internal-error')).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parse keeps names that look like object keys as plain names', () => {
  it('reads __proto__, constructor and prototype as units without touching prototypes', () => {
    const { plan } = parse('1.甲。（责任单位：__proto__、constructor、prototype、toString）');
    expect(plan.units.map((u) => u.name)).toEqual([
      '__proto__',
      'constructor',
      'prototype',
      'toString',
    ]);
    expect(Object.getPrototypeOf(plan.units[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).length).toBeUndefined();
  });
});
