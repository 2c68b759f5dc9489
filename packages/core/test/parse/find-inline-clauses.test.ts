import { describe, expect, it } from 'vitest';
import { findInlineClauses } from '../../src/parse/clause/find-inline-clauses.js';
import { readClauseLine } from '../../src/parse/clause/read-clause-line.js';
import { foldText } from '../../src/parse/text/fold-text.js';

const clauses = (text: string) => {
  const key = foldText(text);
  const found = findInlineClauses(key, 0, key.length);
  return found.clauses.map((c) => ({
    form: c.form,
    text: text.slice(c.start, c.end),
    fields: c.fields.map((f) => `${f.kind}:${text.slice(f.start, f.end)}`),
    ...(c.unclosed ? { unclosed: true } : {}),
  }));
};

describe('findInlineClauses finds responsibility clauses in a paragraph', () => {
  it('reads a clause closing the paragraph, full-width or ASCII', () => {
    expect(clauses('提供法治支撑。(责任单位:区委依法治区办)')).toEqual([
      { form: 'bracket', text: '(责任单位:区委依法治区办)', fields: ['member:区委依法治区办'] },
    ]);
    expect(clauses('提供法治支撑。（责任单位：区委依法治区办）')[0]?.fields).toEqual([
      'member:区委依法治区办',
    ]);
  });

  it('reads several fields and skips persons by kind', () => {
    expect(
      clauses('增长8%以上。(责任领导:杜新国;牵头单位:区发改局;责任单位:区财政局)')[0]?.fields,
    ).toEqual(['person:杜新国;', 'lead:区发改局;', 'member:区财政局']);
  });

  it('reads mixed and ideographic-spaced brackets', () => {
    expect(clauses('加强监管。(责任单位：区财政局）')[0]?.fields).toEqual(['member:区财政局']);
    expect(clauses('加强监管。（牵头单位：区发改委　）')[0]?.fields).toEqual(['lead:区发改委　']);
  });

  it('does not take a document number or a note for a clause', () => {
    expect(clauses('根据《通知》(济政办发〔2021〕4号)要求,办理土地登记(不含6亩)。')).toEqual([]);
  });

  it('reads a clause that never closes to the end and says so', () => {
    expect(clauses('加强监管。（责任单位：区财政局、区税务局')).toEqual([
      {
        form: 'bracket',
        text: '（责任单位：区财政局、区税务局',
        fields: ['member:区财政局、区税务局'],
        unclosed: true,
      },
    ]);
  });

  it('reads 【label】 markers and X牵头 clauses', () => {
    expect(clauses('减免证照。【牵头单位】区数据局【配合单位】区政务服务中心')[0]?.fields).toEqual([
      'lead:区数据局',
      'member:区政务服务中心',
    ]);
    expect(clauses('精简手续。(区政务服务局牵头,区发改局配合)')[0]).toMatchObject({
      form: 'lead-suffix',
    });
  });

  it('reads traditional characters', () => {
    expect(clauses('加強監管。（責任單位：區財政局）')[0]?.fields).toEqual(['member:區財政局']);
  });

  it('stays linear on long runs of brackets', () => {
    const key = '('.repeat(50_000) + '责任单位:' + ')'.repeat(10);
    const started = performance.now();
    findInlineClauses(key, 0, key.length);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('readClauseLine reads lines that hold only a clause', () => {
  const line = (text: string) => {
    const key = foldText(text);
    return readClauseLine(key, 0, key.length)?.flatMap((c) =>
      c.fields.map((f) => `${f.kind}:${text.slice(f.start, f.end).trim()}`),
    );
  };

  it.each([
    ['责任单位:区发展和改革局', ['member:区发展和改革局']],
    ['牵头责任单位：省发展改革委。', ['lead:省发展改革委。']],
    ['牵头负责领导：刘惠。', ['person:刘惠。']],
    ['责任部门:城建局、农海局 配合部门:各街道', ['member:城建局、农海局', 'member:各街道']],
    ['问题整改责任单位:市科技馆 整改时限:3天', ['member:市科技馆', 'deadline:3天']],
    ['【责任单位】区发改委、区财政局', ['member:区发改委、区财政局']],
    ['（责任单位：区发改委）', ['member:区发改委']],
    [
      '区发改委牵头，区财政局、区住建局等配合',
      ['member:区发改委牵头', 'member:区财政局、区住建局等配合'],
    ],
    // names before the phrase closed by 牵头 share it
    ['市人口计生委，市公安局牵头', ['lead:市人口计生委', 'member:市公安局牵头']],
    // a label the lexicon lacks, before units with their roles
    [
      '部门分工：省发展改革委牵头，各地、各部门配合。',
      ['member:省发展改革委牵头', 'member:各地、各部门配合'],
    ],
  ])('%s', (text, fields) => {
    expect(line(text)).toEqual(fields);
  });

  it.each([
    '各责任单位要高度重视，切实加强领导。',
    '发布时间:2025-01-13',
    '时间:2023-07-11 17:01',
    '具体问题如下:',
    '分管省领导:林某',
    '来源:本网原创稿',
  ])('does not take %s for a clause', (text) => {
    expect(line(text)).toBeUndefined();
  });
});
