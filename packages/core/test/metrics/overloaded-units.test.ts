import { describe, expect, it } from 'vitest';
import { overloadedUnits } from '../../src/metrics/overloaded-units.js';
import { workload } from '../../src/metrics/workload.js';
import { founding, small } from './helpers/plans.js';

describe('overloadedUnits', () => {
  it('finds 区委依法治区办, 区司法局 and 各街镇 above the founding plan’s fence of 4.75', () => {
    // q3 = 2.5, iqr = 1.5 → fence 2.5 + 2.25 = 4.75; only the three units with 9 items exceed it
    expect(overloadedUnits(workload(founding())).map((w) => w.name)).toEqual([
      '区委依法治区办',
      '区司法局',
      '各街镇',
    ]);
  });

  it('finds none when every unit carries the same, or when there are no units', () => {
    expect(overloadedUnits(workload(small({ i1: ['u1', 'u2'], i2: ['u1', 'u2'] })))).toEqual([]);
    expect(overloadedUnits([])).toEqual([]);
  });

  it('rejects what workload() did not make', () => {
    expect(() => overloadedUnits({} as never)).toThrow(/^overloadedUnits: expected the array/);
    expect(() => overloadedUnits([{ unit: 'u1' }] as never)).toThrow(
      /^overloadedUnits: workloads\[0\] has no numeric items count/,
    );
  });
});
