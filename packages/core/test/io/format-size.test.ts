import { describe, expect, it } from 'vitest';
import { formatSize, formatSizeAndLimit } from '../../src/io/format-size.js';

const MB = 1024 * 1024;

describe('formatSize', () => {
  it('writes MB from 1 MB, KB from 1 KB, else bytes, with at most two decimals', () => {
    expect(formatSize(50 * MB)).toBe('50 MB');
    expect(formatSize(1.5 * MB)).toBe('1.5 MB');
    expect(formatSize(11_752)).toBe('11.48 KB');
    expect(formatSize(1023)).toBe('1023 bytes');
  });
});

describe('formatSizeAndLimit', () => {
  it('shows a file just over the limit with the decimals that tell them apart', () => {
    expect(formatSizeAndLimit(50.01 * MB, 50 * MB)).toEqual({ size: '50.01 MB', limit: '50 MB' });
    expect(formatSizeAndLimit(50.4 * MB, 50 * MB)).toEqual({ size: '50.4 MB', limit: '50 MB' });
    expect(formatSizeAndLimit(77 * MB, 50 * MB)).toEqual({ size: '77 MB', limit: '50 MB' });
  });

  it('goes to KB, then bytes, when two decimals of MB cannot tell them apart, with the limit in both', () => {
    // 50 MB + 1 KB: 50.0010 MB
    expect(formatSizeAndLimit(50 * MB + 1024, 50 * MB)).toEqual({
      size: '51201 KB',
      limit: '50 MB (51200 KB)',
    });
    expect(formatSizeAndLimit(50 * MB + 1, 50 * MB)).toEqual({
      size: '52428801 bytes',
      limit: '50 MB (52428800 bytes)',
    });
  });

  it('keeps a limit under 1 KB in bytes', () => {
    expect(formatSizeAndLimit(600, 500)).toEqual({ size: '600 bytes', limit: '500 bytes' });
  });
});
