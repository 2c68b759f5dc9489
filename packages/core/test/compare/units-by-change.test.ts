import { describe, expect, it } from 'vitest';
import { itemChange, unitsByChange, type UnitComparison } from '../../src/compare/index.js';

/** A unit entry with the given items before and after (undefined: absent on that side). */
function unit(
  name: string,
  before: number | undefined,
  after: number | undefined,
  leads: [number, number] = [0, 0],
): UnitComparison {
  const counts = (items: number | undefined, lead: number) => ({
    items: items ?? 0,
    lead,
    member: (items ?? 0) - lead,
  });
  return {
    kind: before === undefined ? 'new' : after === undefined ? 'dropped' : 'same',
    name,
    before: before === undefined ? [] : [{ id: `b-${name}`, name }],
    after: after === undefined ? [] : [{ id: `a-${name}`, name }],
    counts: { before: counts(before, leads[0]), after: counts(after, leads[1]) },
    changes: { added: [], removed: [], leadGained: [], leadLost: [] },
  };
}

describe('unitsByChange', () => {
  const units = [
    unit('steady', 4, 4),
    unit('gains', 1, 4),
    unit('loses', 5, 1),
    unit('lead', 3, 3, [0, 2]),
    unit('gone', 2, undefined),
    unit('busy-steady', 9, 9),
    unit('fresh', undefined, 2),
  ];

  it('orders by change in items (gain or loss), then change in leads, then items after, then as given', () => {
    // loses −4; gains +3; gone −2 and fresh +2 tie on change and leads: fresh has more items after;
    // lead: no change in items but two more leads; then busy-steady (9 after) before steady (4)
    expect(unitsByChange(units).map((i) => units[i]!.name)).toEqual([
      'loses',
      'gains',
      'fresh',
      'gone',
      'lead',
      'busy-steady',
      'steady',
    ]);
  });

  it('counts an absent side as 0 items', () => {
    expect(units.map(itemChange)).toEqual([0, 3, -4, 0, -2, 0, 2]);
  });

  it('gives nothing for no units', () => {
    expect(unitsByChange([])).toEqual([]);
  });
});
