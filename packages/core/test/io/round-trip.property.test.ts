import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlanCsv } from '../../src/io/read-plan-csv.js';
import { readPlanJson } from '../../src/io/read-plan-json.js';
import { writeAssignmentsCsv, writeMatrixCsv } from '../../src/io/write-plan-csv.js';
import { writePlanJson } from '../../src/io/write-plan-json.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Plan } from '../../src/model/plan.js';
import { validatePlan } from '../../src/model/validate-plan.js';
import { parse } from '../../src/parse/index.js';
import { csvView } from './helpers/csv-view.js';

const HOSTILE = [
  '=cmd|" /C calc"!A0',
  '+1',
  '-1',
  '@SUM(1)',
  "'=x",
  '"',
  '""',
  ',',
  ';',
  '|',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '__proto__',
  'constructor',
  'prototype',
  '牵头',
  'lead',
  '区府办（政务服务办）',
  '\u200B\u202E区司法局',
  '\uD800',
  '\u0000',
  ' ',
];

/** Every separator, bracket and quote a list of unit names may hold, and spaces. */
const MARKS = [...'、，,;；/ （）()【】"“”\'‘’'];
/** Pieces of unit names, so that generated names read like Chinese ones. */
const WORDS = ['区', '市', '县', '局', '委', '政府', '办', '街镇', '发改', '财政', '各县', '区)'];

/** Chinese text thick with separators, brackets and quotes: `各县(市、区)政府`, `区"办;局`. */
const markedText = fc
  .array(fc.constantFrom(...MARKS, ...WORDS), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

/** Chinese-aware text: whole graphemes, arbitrary code points, and known troublemakers. */
const text = fc.oneof(
  markedText,
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(...HOSTILE),
  fc
    .array(fc.constantFrom(...HOSTILE, '区', '局', '委'), { maxLength: 4 })
    .map((parts) => parts.join('')),
);
const optionalText = fc.option(text, { nil: undefined });

/** A plan as a person might write it, before `validatePlan` tidies it. */
const rawPlan = fc
  .record({
    items: fc.array(
      fc.record({
        id: text,
        title: text,
        label: optionalText,
        section: optionalText,
        deadline: optionalText,
      }),
      { maxLength: 6 },
    ),
    units: fc.array(fc.record({ id: text, name: text }), { maxLength: 6 }),
    links: fc.array(
      fc.record({
        item: fc.nat(),
        unit: fc.nat(),
        role: fc.constantFrom('lead', 'member'),
        inferred: fc.boolean(),
        raw: optionalText,
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ items, units, links }) => ({
    items: items.map((i) => dropUndefined(i)),
    units,
    assignments:
      items.length === 0 || units.length === 0
        ? []
        : links.map((a) =>
            dropUndefined({
              item: items[a.item % items.length]!.id,
              unit: units[a.unit % units.length]!.id,
              role: a.role,
              inferred: a.inferred,
              raw: a.raw,
            }),
          ),
  }));

/** Plans as Remit holds them: the output of `validatePlan`. */
const plan = rawPlan.map((raw) => validatePlan(raw).value);

function dropUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** CSV names units by name: it can tell them apart when their names differ. */
function hasDistinctNames(p: Plan): boolean {
  return new Set(p.units.map((u) => u.name)).size === p.units.length;
}

/**
 * Asserts that a read of a written plan reported nothing but one
 * `unit-without-items` info per unit of `p` that no assignment names.
 */
function expectOnlyUnitsWithoutItems(diagnostics: readonly Diagnostic[], p: Plan): void {
  const used = new Set(p.assignments.map((a) => a.unit));
  const idle = p.units.filter((u) => !used.has(u.id)).map((u) => u.name);
  expect(diagnostics.filter((d) => !d.code.endsWith('/unit-without-items'))).toEqual([]);
  expect(diagnostics.map((d) => d.args?.['name']).sort()).toEqual(idle.sort());
}

const untouched = () => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
};

// Round trips run 300 cases here to keep the suite fast; they have passed 6,000
// each (set numRuns higher to search further). The never-throw properties run
// 10,000 cases, as RELIABILITY asks.
describe('round trips', () => {
  it('readPlanJson(writePlanJson(plan)) equals the plan', () => {
    fc.assert(
      fc.property(plan, (p) => {
        expect(readPlanJson(writePlanJson(p)).value).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });

  it('validatePlan returns a plan that validates to itself', () => {
    fc.assert(
      fc.property(plan, (p) => {
        expect(validatePlan(p).value).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });

  it('readPlanCsv(writeAssignmentsCsv(plan)) holds everything the long layout can hold', () => {
    fc.assert(
      fc.property(plan, (p) => {
        fc.pre(hasDistinctNames(p));
        const back = readPlanCsv(writeAssignmentsCsv(p));
        expectOnlyUnitsWithoutItems(back.diagnostics, p);
        expect(csvView(back.value)).toEqual(csvView(p));
        expect(back.value.items.map((i) => i.id)).toEqual(p.items.map((i) => i.id));
      }),
      { numRuns: 300 },
    );
  });

  it('readPlanCsv(writeMatrixCsv(plan)) holds everything the matrix can hold', () => {
    fc.assert(
      fc.property(plan, (p) => {
        fc.pre(hasDistinctNames(p));
        const back = readPlanCsv(writeMatrixCsv(p));
        expectOnlyUnitsWithoutItems(back.diagnostics, p);
        expect(back.value.units.map((u) => u.name)).toEqual(p.units.map((u) => u.name));
        expect(csvView(back.value, 'wide')).toEqual(csvView(p, 'wide'));
      }),
      { numRuns: 300 },
    );
  });

  it('JSON → CSV → JSON loses nothing the CSV holds', () => {
    fc.assert(
      fc.property(plan, (p) => {
        fc.pre(hasDistinctNames(p));
        const json = readPlanJson(writePlanJson(p)).value;
        const viaCsv = readPlanCsv(writeAssignmentsCsv(json)).value;
        const again = readPlanJson(writePlanJson(viaCsv)).value;
        expect(again).toEqual(viaCsv);
        expect(csvView(again)).toEqual(csvView(p));
        expect([again.units.length, again.assignments.length]).toEqual([
          p.units.length,
          p.assignments.length,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('JSON → matrix CSV → JSON loses nothing the matrix holds (all but inferred and raw)', () => {
    fc.assert(
      fc.property(plan, (p) => {
        fc.pre(hasDistinctNames(p));
        const viaCsv = readPlanCsv(writeMatrixCsv(readPlanJson(writePlanJson(p)).value)).value;
        const again = readPlanJson(writePlanJson(viaCsv)).value;
        expect(csvView(again, 'wide')).toEqual(csvView(p, 'wide'));
        expect(again.units.map((u) => u.name)).toEqual(p.units.map((u) => u.name));
      }),
      { numRuns: 300 },
    );
  });

  it('text → JSON → CSV → JSON keeps every unit and assignment the text gave', () => {
    const listed = fc.array(markedText, { minLength: 1, maxLength: 4 });
    const document = fc.array(
      fc.record({ title: markedText, leads: listed, members: listed, oneField: fc.boolean() }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(document, (items) => {
        const lines = ['一、重点工作', ''];
        items.forEach((item, k) => {
          lines.push(`${k + 1}.推进${item.title}工作。`, '');
          if (item.oneField) lines.push(`责任单位:${item.leads.join('、')}`, '');
          else
            lines.push(
              `牵头单位:${item.leads.join('、')}`,
              `配合单位:${item.members.join('，')}`,
              '',
            );
        });
        const parsed = readPlanJson(writePlanJson(parse(lines.join('\n')).plan)).value;
        fc.pre(hasDistinctNames(parsed));
        const back = readPlanCsv(writeAssignmentsCsv(parsed));
        expectOnlyUnitsWithoutItems(back.diagnostics, parsed);
        const again = readPlanJson(writePlanJson(back.value)).value;
        expect(csvView(again)).toEqual(csvView(parsed));
        expect([again.units.length, again.assignments.length]).toEqual([
          parsed.units.length,
          parsed.assignments.length,
        ]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readers on arbitrary input', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc
      .array(fc.constantFrom(...HOSTILE, 'item', 'unit', 'role', '{', '}', '[', ']', ':', '1'), {
        maxLength: 30,
      })
      .map((a) => a.join('')),
  );

  it('readPlanCsv never throws and never touches Object.prototype', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const r = readPlanCsv(t);
        expect(Array.isArray(r.value.items)).toBe(true);
        untouched();
      }),
      { numRuns: 10_000 },
    );
  });

  it('readPlanJson never throws and never touches Object.prototype', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const r = readPlanJson(t);
        expect(Array.isArray(r.value.items)).toBe(true);
        untouched();
      }),
      { numRuns: 10_000 },
    );
  });

  it('validatePlan never throws on any JSON value and never touches Object.prototype', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'items',
        'units',
        'assignments',
        'id',
        'title',
        'name',
        'role',
        'item',
        'unit',
      ),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const r = validatePlan(JSON.parse(JSON.stringify(v ?? null)));
        expect(Array.isArray(r.value.items)).toBe(true);
        untouched();
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads 100 KB of spaces, 、 or digits without backtracking', () => {
    for (const ch of [' ', '、', '1', ',', '"', '\n', '{']) {
      const big = ch.repeat(100_000);
      readPlanCsv(big);
      readPlanCsv(`item,title,unit,role\ni1,${big},${big},lead\n`);
      readPlanJson(big);
      readPlanJson(
        `{"items":[{"id":"i1","title":"${big.replaceAll('"', '')}","units":"${big.replaceAll('"', '')}"}]}`,
      );
    }
  });
});
