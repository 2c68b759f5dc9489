import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/parse/text/fold-text.js';

describe('foldText folds for matching and keeps every index', () => {
  it('folds full-width ASCII, ideographic spaces and traditional characters', () => {
    expect(foldText('（責任單位：區財政局）')).toBe('(责任单位:区财政局)');
    expect(foldText('一、\u3000加强')).toBe('一、 加强');
  });

  it('returns a text with nothing to fold as it is', () => {
    const text = '区司法局、各街镇';
    expect(foldText(text)).toBe(text);
  });

  it('folds a text longer than a chunk the same everywhere, a surrogate pair across a chunk edge kept whole', () => {
    // 𠀀 (U+20000) is \ud840\udc00: its high half at index 4095, the last of the first 4096 units
    const text = '（'.repeat(4095) + '\u{20000}' + '：'.repeat(9000) + '區';
    const key = foldText(text);
    expect(key).toBe('('.repeat(4095) + '\u{20000}' + ':'.repeat(9000) + '区');
    expect(key.length).toBe(text.length);
  });

  it('makes a lone surrogate U+FFFD, one unit, so indexes hold', () => {
    expect(foldText('（\ud840）')).toBe('(\ufffd)');
  });
});
