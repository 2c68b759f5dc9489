import { describe, expect, it } from 'vitest';
import { responsibilityMatrix } from '../../src/matrix/responsibility-matrix.js';
import { incidence } from '../../src/model/incidence.js';
import { foundingPlan } from '../support/founding-plan.js';

describe('responsibilityMatrix', () => {
  it('holds the founding plan as a long table of 45 assignments over 17 items and 15 units', () => {
    const m = responsibilityMatrix(foundingPlan());
    expect(m.assignmentTable.numRows()).toBe(45);
    expect(m.itemTable.numRows()).toBe(17);
    expect(m.unitTable.numRows()).toBe(15);
    expect(m.assignmentTable.columnNames()).toEqual([
      'item',
      'unit',
      'role',
      'inferred',
      'raw',
      'itemIndex',
      'unitIndex',
    ]);
  });

  it('answers lookups both ways', () => {
    const plan = foundingPlan();
    const m = responsibilityMatrix(plan);
    const streets = plan.units.find((u) => u.name === '各街镇')!.id;
    expect(m.itemsOf(streets)).toHaveLength(9);
    expect(m.unitsOf('i1').map((a) => a.raw)).toEqual([
      '区委依法治区办',
      '区司法局',
      '区发展改革委',
      '区商务委',
      '区市场监管局',
    ]);
    expect(m.roleOf('i1', m.unitsOf('i1')[0]!.unit)).toBe('member');
    expect(m.roleOf('i1', streets)).toBeUndefined();
    expect(m.roleOf('nope', streets)).toBeUndefined();
  });

  it('has the same index as the plain incidence of the plan', () => {
    const plan = foundingPlan();
    const m = responsibilityMatrix(plan);
    const inc = incidence(plan);
    expect([...m.itemOf]).toEqual([...inc.itemOf]);
    expect([...m.unitOf]).toEqual([...inc.unitOf]);
    expect(m.byItem).toEqual(inc.byItem);
    expect(m.byUnit).toEqual(inc.byUnit);
  });

  it('derives a dense item × unit view with roles and nulls', () => {
    const plan = foundingPlan();
    const dense = responsibilityMatrix(plan).dense();
    expect(dense.numRows()).toBe(17);
    expect(dense.numCols()).toBe(2 + 15);
    const filled = plan.units.reduce(
      (n, u) => n + (dense.array(u.id) as unknown[]).filter((c) => c !== null).length,
      0,
    );
    expect(filled).toBe(45);
  });

  it('leaves out assignments that name unknown items or units', () => {
    const m = responsibilityMatrix({
      items: [{ id: 'i1', title: 'a' }],
      units: [{ id: 'u1', name: 'x' }],
      assignments: [
        { item: 'i1', unit: 'u1', role: 'lead' },
        { item: 'i9', unit: 'u1', role: 'member' },
      ],
    });
    expect(m.assignmentTable.numRows()).toBe(1);
    expect(m.roleOf('i1', 'u1')).toBe('lead');
  });

  it('handles an empty plan', () => {
    const m = responsibilityMatrix({ items: [], units: [], assignments: [] });
    expect(m.assignmentTable.numRows()).toBe(0);
    expect(m.dense().numRows()).toBe(0);
  });
});
