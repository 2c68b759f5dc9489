import { describe, expect, it } from 'vitest';
import { hasInvisibleCharacters, normalizeUnitName } from '../../src/model/normalize-unit-name.js';

describe('normalizeUnitName', () => {
  it('turns full-width parentheses into ASCII and removes every kind of space', () => {
    expect(normalizeUnitName('区府办（政务服务办）　')).toBe('区府办(政务服务办)');
    expect(normalizeUnitName(' 区 司法局\t')).toBe('区司法局');
  });
  it('applies NFKC to full-width letters and digits', () => {
    expect(normalizeUnitName('ＡＢＣ１２３局')).toBe('ABC123局');
  });
  it('strips zero-width and bidi control characters', () => {
    const name = '区\u200B司法\u202E局\uFEFF';
    expect(hasInvisibleCharacters(name)).toBe(true);
    expect(normalizeUnitName(name)).toBe('区司法局');
    expect(hasInvisibleCharacters('区司法局')).toBe(false);
  });
});

describe('normalizeUnitName is idempotent', () => {
  it('gives the same name on a second pass, even with marks split by invisible characters', () => {
    for (const name of [
      'e\u200B\u0301',
      '区\u200D司法局（一）',
      'Ａ\u00AD\u0308',
      '\u2066区委\u2069 办',
    ]) {
      const once = normalizeUnitName(name);
      expect(normalizeUnitName(once)).toBe(once);
    }
  });
});
