import { describe, expect, it } from 'vitest';
import { outputSlices, SLICE_LENGTH as SLICE } from '../../src/cli/output-slices.js';

describe('outputSlices', () => {
  it('gives back the text it was given, small pieces joined and a long string cut', () => {
    const pieces = [
      '{',
      ...Array.from({ length: 5000 }, (_, i) => `"任务${i}",`),
      'x'.repeat(200_000),
    ];
    const slices = [...outputSlices(pieces)] as string[];
    expect(slices.join('')).toBe(pieces.join(''));
    expect(slices.every((s) => s.length <= 2 * SLICE)).toBe(true);
    // joined, not one slice per piece: about as many slices as a slice's length divides the text into
    expect(slices.length).toBeLessThan(pieces.join('').length / SLICE + 3);
  });

  it('never cuts a surrogate pair, which would be written as two U+FFFD', () => {
    const text = 'a'.repeat(SLICE - 1) + '𠀀' + 'b'.repeat(10);
    const slices = [...outputSlices(text)] as string[];
    expect(slices.join('')).toBe(text);
    expect(slices.map((s) => s.length)).toEqual([SLICE - 1, 12]);
  });

  it('passes bytes through whole', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    expect([...outputSlices(bytes)]).toEqual([bytes]);
  });
});
