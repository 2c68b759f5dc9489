import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '@remit/core/model';
import '../src/network/define.js';
import type { RemitNetwork } from '../src/network/network.js';
import { syntheticPlan } from '../../../bench/synthetic-plan.js';
import { mount, unmountAll } from './browser/mount.js';

afterEach(unmountAll);

/** A plan shaped like the metrics bench's: 2,000 units, 10,000 items of about 5 units. */
function benchPlan(): Plan {
  return syntheticPlan({ items: 10_000, units: 2000, unitsPerItem: 5, seed: 1 });
}

/** `plan` with `count` more items, each naming every unit (a group expanded to its members). */
function namingAll(plan: Plan, count: number): Plan {
  const items = [...plan.items];
  const assignments = [...plan.assignments];
  for (let k = 1; k <= count; k++) {
    items.push({ id: `all${k}`, title: `all units ${k}` });
    for (const unit of plan.units)
      assignments.push({ item: `all${k}`, unit: unit.id, role: 'member' });
  }
  return { ...plan, items, assignments };
}

async function drawn(plan: Plan): Promise<RemitNetwork> {
  const el = mount('remit-network', { lang: 'en' }, { data: plan });
  await el.renderComplete;
  return el;
}

function expectEveryUnitDrawn(el: RemitNetwork, plan: Plan): void {
  const root = el.shadowRoot!;
  expect(root.querySelector('[part="state"]')).toBeNull();
  const units = [...root.querySelectorAll('.node[data-unit]')].map((n) =>
    n.getAttribute('data-unit'),
  );
  expect(units).toHaveLength(plan.units.length);
  expect(new Set(units)).toEqual(new Set(plan.units.map((u) => u.id)));
  expect(root.querySelectorAll('line[data-source]')).toHaveLength(el.model!.backbone.length);
  const { x, y } = el.positions!;
  expect([...x, ...y].every(Number.isFinite)).toBe(true);
}

describe('<remit-network> with 2,000 units', () => {
  it('draws every unit of a plan of 10,000 items, laid out in a worker', async () => {
    const plan = benchPlan();
    const el = await drawn(plan);
    expectEveryUnitDrawn(el, plan);
    expect(el.layoutMode).toBe('worker');
  });

  it('draws every unit when three items name all of them (two million ties)', async () => {
    const plan = namingAll(benchPlan(), 3);
    const el = await drawn(plan);
    expect(el.model!.ties).toHaveLength((2000 * 1999) / 2);
    expectEveryUnitDrawn(el, plan);
  });
});
