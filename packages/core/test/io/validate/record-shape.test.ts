import { describe, expect, it } from 'vitest';
import { Checker } from '../../../src/model/validate/checker.js';
import { ODD_KEYS, RecordShape } from '../../../src/model/validate/record-shape.js';

const shape = () => new RecordShape(['item', 'unit', 'role'], ['note']);

describe('RecordShape', () => {
  it('scan sets one bit per known key present, whatever the order', () => {
    const s = shape();
    expect(s.scan({ item: 'i1', unit: 'u1', role: 'lead' })).toBe(0b111);
    expect(s.scan({ role: 'lead', item: 'i1' })).toBe(s.bit('item') | s.bit('role'));
    expect(s.scan({})).toBe(0);
  });

  it('scan sets ODD_KEYS for unknown, ignored and forbidden keys', () => {
    const s = shape();
    for (const record of [
      { item: 'i1', colour: 'red' },
      { item: 'i1', note: 'x' },
      JSON.parse('{"item":"i1","__proto__":{}}') as Record<string, unknown>,
    ]) {
      expect(s.scan(record) & ODD_KEYS).toBe(ODD_KEYS);
      expect(s.scan(record) & s.bit('item')).toBe(s.bit('item'));
    }
  });

  it('scan answers for each record, not for the last one with the same number of keys', () => {
    const s = shape();
    expect(s.scan({ item: 1, unit: 2 })).toBe(0b011);
    expect(s.scan({ item: 1, role: 2 })).toBe(0b101);
    expect(s.scan({ item: 1, zz: 2 })).toBe(0b001 | ODD_KEYS);
    expect(s.scan({ item: 1, unit: 2 })).toBe(0b011);
  });

  it('scan counts only own enumerable keys, never inherited or hidden ones', () => {
    const s = shape();
    const record = Object.create({ role: 'lead' }) as Record<string, unknown>;
    record['item'] = 'i1';
    Object.defineProperty(record, 'unit', { value: 'u1', enumerable: false });
    expect(s.scan(record)).toBe(s.bit('item'));
  });

  it('reportKeys reports what Checker.fields reports, field by field', () => {
    const record = JSON.parse(
      '{"item":"i1","colour":"red","note":"n","__proto__":{"x":1},"constructor":1}',
    ) as Record<string, unknown>;
    const viaShape = new Checker('validatePlan');
    shape().reportKeys(viaShape, record, 'assignments[4]');
    const viaFields = new Checker('validatePlan');
    viaFields.fields(record, 'assignments[4]', ['item', 'unit', 'role'], ['note']);
    expect(viaShape.diagnostics).toEqual(viaFields.diagnostics);
    expect(viaShape.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['plan/unknown-key', 'assignments[4].colour'],
      ['plan/ignored-key', 'assignments[4].note'],
      ['plan/forbidden-key', 'assignments[4].__proto__'],
      ['plan/forbidden-key', 'assignments[4].constructor'],
    ]);
  });
});
