import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { FIXTURES } from './gold-answers.js';

const codes = (r: ReturnType<typeof parse>) => r.diagnostics.map((d) => d.code);
const noInternalError = (r: ReturnType<typeof parse>) =>
  expect(codes(r)).not.toContain('parse/internal-error');

describe('parse on bad input keeps what it can and says what went wrong', () => {
  it('reads empty text and empty bytes as an empty plan with no items', () => {
    for (const input of ['', new Uint8Array(0), '\uFEFF', '   \n\n\t']) {
      const r = parse(input);
      expect(r.plan.items).toEqual([]);
      expect(codes(r)).toContain('parse/no-items');
    }
  });

  it('reports binary data instead of reading it', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3, 0xff, 0xfe, 0]);
    const r = parse(zip);
    expect(codes(r)).toEqual(expect.arrayContaining(['bytes/binary', 'parse/no-items']));
    expect(r.encoding).toBe('binary');
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    noInternalError(parse(noise));
  });

  it('reads the items of a document with a stretch in another encoding', () => {
    const utf8 = new TextEncoder().encode(
      '一、总则\n' + '1.加强监管。（责任单位：区财政局）\n'.repeat(40),
    );
    const gbk = readFileSync(new URL('parse/gb18030-lead-lines.txt', FIXTURES)).subarray(0, 60);
    const r = parse(new Uint8Array([...utf8, ...gbk]));
    noInternalError(r);
    expect(r.plan.items[0]?.title).toBe('加强监管');
    expect(codes(r)).toContain('bytes/mixed');
  });

  it('says so when a string that is not text is given', () => {
    const r = parse(42 as unknown as string);
    expect(codes(r)).toEqual(expect.arrayContaining(['parse/bad-input', 'parse/no-items']));
  });

  it('reads a 10 MB single line without hanging', { timeout: 120_000 }, () => {
    const item = '加强监管，推进改革，';
    const line =
      '1.' + item.repeat((10 << 20) / item.length / 3) + '。（责任单位：区财政局、区税务局）';
    const r = parse(line);
    noInternalError(r);
    expect(r.plan.items).toHaveLength(1);
    expect(r.plan.units.map((u) => u.name)).toEqual(['区财政局', '区税务局']);
  });

  // A quadratic step would take minutes on these; linear ones take well under a second each.
  it(
    'reads 100 KB runs of spaces, 、, digits, brackets and colons in linear time',
    { timeout: 60_000 },
    () => {
      for (const ch of [
        ' ',
        '　',
        '、',
        '1',
        '1.',
        '（',
        '）',
        '|',
        '责任单位：',
        '区财政局',
        '\n',
        '\t',
      ]) {
        noInternalError(parse(ch.repeat(100_000 / ch.length)));
        noInternalError(parse('1.甲。（责任单位：' + ch.repeat(100_000 / ch.length) + '）'));
        noInternalError(parse('1.甲。\n责任单位：区发\n' + ch.repeat(100_000 / ch.length) + 'x'));
        noInternalError(parse('序号|任务|责任单位\n1|甲|' + ch.repeat(100_000 / ch.length)));
      }
    },
  );

  it('reads an item with 300 units and flags it', () => {
    const many = Array.from({ length: 300 }, (_, i) => `区第${i + 1}局`).join('、');
    const r = parse(`1.甲。（责任单位：${many}）`);
    expect(r.plan.units).toHaveLength(300);
    expect(codes(r)).toContain('parse/too-many-units');
  });

  it('reads a 500-character unit and flags it', () => {
    const r = parse(`1.甲。（责任单位：${'长'.repeat(499)}局）`);
    expect(r.plan.units[0]?.name).toHaveLength(500);
    expect(r.diagnostics.find((d) => d.code === 'parse/long-unit-name')).toMatchObject({
      line: 1,
      column: 11,
    });
  });
});
