import { describe, expect, it } from 'vitest';
import { cleanFieldText, isPlainText } from '../../../src/model/validate/clean-field-text.js';

describe('isPlainText', () => {
  it('is false for every UTF-16 code unit that cleanFieldText removes in either mode', () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `区${String.fromCharCode(code)}局`;
      const removed =
        cleanFieldText(text).removed.length + cleanFieldText(text, true).removed.length;
      if (removed > 0 && isPlainText(text)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('is true for Chinese text with its punctuation, and for well-formed surrogate pairs', () => {
    for (const text of ['区司法局', '“放管服”改革——（一）…；：！', '𠀀区', 'Lead', '']) {
      expect(isPlainText(text), text).toBe(true);
    }
  });

  it('is false for values that are not strings', () => {
    for (const value of [undefined, null, 1, true, {}, ['区']]) {
      expect(isPlainText(value)).toBe(false);
    }
  });
});
