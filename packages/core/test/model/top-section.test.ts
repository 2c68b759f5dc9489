import { describe, expect, it } from 'vitest';
import { topSectionOf } from '../../src/model/index.js';

describe('topSectionOf', () => {
  it('walks up to the outermost section', () => {
    const top = topSectionOf([
      { id: 'p1', title: '2020' },
      { id: 'p1:s1', title: '一、', parent: 'p1' },
      { id: 'p1:s1.1', title: '（一）', parent: 'p1:s1' },
      { id: 'p2', title: '2021' },
    ]);
    expect(top('p1:s1.1')).toBe('p1');
    expect(top('p1:s1')).toBe('p1');
    expect(top('p1')).toBe('p1');
    expect(top('p2')).toBe('p2');
  });

  it('stops at a parent that is not a section, and at a cycle', () => {
    const top = topSectionOf([
      { id: 'a', title: 'a', parent: 'missing' },
      { id: 'b', title: 'b', parent: 'c' },
      { id: 'c', title: 'c', parent: 'b' },
    ]);
    expect(top('a')).toBe('a');
    expect(['b', 'c']).toContain(top('b'));
    expect(top('unknown')).toBe('unknown');
  });

  it('takes a plan without sections', () => {
    expect(topSectionOf()('s1')).toBe('s1');
  });
});
