import { describe, expect, it } from 'vitest';
import { globBase, globMatcher, isGlob } from '../../src/cli/batch/glob-pattern.js';

describe('globMatcher', () => {
  const matches = (glob: string, paths: string[]) => paths.filter(globMatcher(glob));
  const paths = [
    'a.txt',
    'a.csv',
    '2023/b.txt',
    '2023/q1/c.txt',
    '.hidden.txt',
    '2023/.d.txt',
    'x.txt.bak',
  ];

  it('matches * within a folder, and ** across folders', () => {
    expect(matches('*.txt', paths)).toEqual(['a.txt']);
    expect(matches('**/*.txt', paths)).toEqual(['a.txt', '2023/b.txt', '2023/q1/c.txt']);
    expect(matches('2023/*.txt', paths)).toEqual(['2023/b.txt']);
    expect(matches('2023/**', paths)).toEqual(['2023/b.txt', '2023/q1/c.txt']);
  });

  it('matches ?, [set] and {alternatives}', () => {
    expect(matches('?.{txt,csv}', paths)).toEqual(['a.txt', 'a.csv']);
    expect(matches('[ab].txt', paths)).toEqual(['a.txt']);
    expect(matches('[!a].txt', paths)).toEqual([]);
  });

  it('leaves names starting with a dot to patterns that spell the dot', () => {
    expect(matches('.*.txt', paths)).toEqual(['.hidden.txt']);
    expect(matches('**/.*', paths)).toEqual(['.hidden.txt', '2023/.d.txt']);
  });

  it('takes other characters literally, an unclosed brace too', () => {
    expect(globMatcher('a+(b).txt')('a+(b).txt')).toBe(true);
    expect(globMatcher('a+(b).txt')('aa(b)xtxt')).toBe(false);
    expect(globMatcher('a{b')('a{b')).toBe(true);
    expect(globMatcher('x{a,b{c,d}}')('xbd')).toBe(true);
    expect(globMatcher('[0-9]*.txt')('2023.txt')).toBe(true);
  });

  it('answers on a long name that almost matches without backtracking for ever', () => {
    // a regular expression of the same glob backtracks for hours on this
    expect(globMatcher('*a*a*a*a*a*b')('a'.repeat(10_000))).toBe(false);
    expect(globMatcher('**/**/**/**/x')(Array(200).fill('d').join('/'))).toBe(false);
  });
});

describe('globBase', () => {
  it('splits off the folders before the first pattern', () => {
    expect(globBase('data/2023/**/*.txt')).toEqual({ base: 'data/2023', rest: '**/*.txt' });
    expect(globBase('*.txt')).toEqual({ base: '.', rest: '*.txt' });
    expect(globBase('/srv/*/a.txt')).toEqual({ base: '/srv', rest: '*/a.txt' });
    expect(isGlob('data/a.txt')).toBe(false);
    expect(isGlob('data/{a,b}.txt')).toBe(true);
  });
});
