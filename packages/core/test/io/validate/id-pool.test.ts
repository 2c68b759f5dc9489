import { describe, expect, it } from 'vitest';
import { IdPool } from '../../../src/model/validate/id-pool.js';

describe('IdPool', () => {
  it('indexOf gives each taken id its position in taking order, -1 for others', () => {
    const pool = new IdPool('i');
    expect(pool.claim('a')).toBe('a');
    expect(pool.fresh()).toBe('i1');
    expect(pool.claim('a')).toBe("a'");
    expect([pool.indexOf('a'), pool.indexOf('i1'), pool.indexOf("a'")]).toEqual([0, 1, 2]);
    expect(pool.indexOf('b')).toBe(-1);
    expect(pool.size).toBe(3);
  });

  it('lists reserved ids only when it makes one up, and never makes up a reserved one', () => {
    let listed = 0;
    const pool = new IdPool('u', () => {
      listed++;
      return ['u1', 'u3'];
    });
    pool.claim('u3');
    expect(listed).toBe(0);
    expect([pool.fresh(), pool.fresh()]).toEqual(['u2', 'u4']);
    expect(listed).toBe(1);
  });

  it('keeps its own copy of a reserved list', () => {
    const reserved = ['i1'];
    const pool = new IdPool('i', reserved);
    reserved.push('i2');
    expect(pool.fresh()).toBe('i2');
  });
});
