import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvRow } from '../../src/io/csv/format-csv-row.js';
import { readPlanCsv } from '../../src/io/read-plan-csv.js';
import { validatePlan } from '../../src/model/validate-plan.js';

const name = fc.constantFrom(
  '区府办',
  '区司法局',
  '区财政局',
  '各街镇',
  '区发改委、区民政局',
  '=区科委',
  '',
);
const role = fc.constantFrom('lead', 'member', '牵头', '配合', '', 'owner', '负责');
const title = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('', '"', ',', '第一行\n第二行', '=1+1'),
);
const row = fc.record({
  blank: fc.boolean(),
  item: fc.constantFrom('', 'i1', 'i2', 'i3', 'i4'),
  title,
  unit: name,
  role,
  shape: fc.constantFrom('exact', 'exact', 'exact', 'more', 'fewer'),
  extra: fc.constantFrom('', '多余', 'x'),
});
const newline = fc.constantFrom('\n', '\r\n', '\r');

describe('no silent loss', () => {
  it('every non-empty CSV record ends up in the plan or in a diagnostic on its lines', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), newline, (rows, eol) => {
        let text = 'item,title,unit,role' + eol;
        let line = 2;
        const spans: { from: number; to: number; cells: string[]; role: string; extra: boolean }[] =
          [];
        for (const r of rows) {
          if (r.blank) {
            text += eol;
            line++;
            continue;
          }
          let cells = [r.item, r.title, r.unit, r.role];
          if (r.shape === 'more') cells = [...cells, r.extra];
          if (r.shape === 'fewer') cells = cells.slice(0, 2);
          const written = formatCsvRow(cells);
          const breaks = (written.match(/\r\n|\r|\n/gu) ?? []).length;
          text += written + eol;
          spans.push({
            from: line,
            to: line + breaks,
            cells,
            role: r.role,
            extra: r.shape === 'more' && r.extra !== '',
          });
          line += breaks + 1;
        }
        const { value, diagnostics } = readPlanCsv(text);
        const onRow = (s: (typeof spans)[number]) =>
          diagnostics.filter((d) => d.line !== undefined && d.line >= s.from && d.line <= s.to);
        const units = new Set(value.units.map((u) => u.name));
        const ids = new Set(value.items.map((i) => i.id));
        const titles = new Set(value.items.map((i) => i.title));
        for (const s of spans) {
          if (s.cells.every((c) => c.trim() === '')) continue;
          const [item = '', itemTitle = '', unit = ''] = s.cells;
          const kept =
            (item !== '' && ids.has(item)) ||
            (item === '' && itemTitle !== '' && titles.has(itemTitle)) ||
            unit.split('、').some((n) => n !== '' && units.has(n.replace(/^=/u, '=')));
          expect(kept || onRow(s).length > 0, JSON.stringify({ s, text })).toBe(true);
          if (s.extra) expect(onRow(s).some((d) => d.code === 'csv/extra-fields')).toBe(true);
          const pairRead = (item !== '' || itemTitle !== '') && unit !== '' && s.cells.length >= 4;
          if (pairRead && ['owner', '负责'].includes(s.role)) {
            expect(
              onRow(s).some((d) => d.code === 'csv/unknown-role' && d.severity === 'error'),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every non-null JSON entry ends up in the plan or in a diagnostic on its field', () => {
    const entry = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string({ maxLength: 4 }),
      fc.record(
        {
          id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 3 })),
          title: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
          name: fc.oneof(fc.constantFrom('区府办', '区司法局', ''), fc.integer()),
        },
        { requiredKeys: [] },
      ),
    );
    const assignment = fc.record(
      {
        item: fc.oneof(fc.constantFrom('a', 'b', 'x'), fc.integer({ min: 0, max: 3 })),
        unit: fc.oneof(fc.constantFrom('a', 'b', 'x', '区府办'), fc.integer({ min: 0, max: 3 })),
        role: fc.constantFrom('lead', 'member', '牵头', 'owner', 3),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 6 }),
        fc.array(entry, { maxLength: 6 }),
        fc.array(assignment, { maxLength: 6 }),
        (items, units, assignments) => {
          const { value, diagnostics } = validatePlan({ items, units, assignments });
          const about = (prefix: string) =>
            diagnostics.some((d) => d.field === prefix || d.field?.startsWith(`${prefix}.`));
          items.forEach((e, k) => {
            if (e === null) return expect(about(`items[${k}]`)).toBe(true);
            const id = typeof e === 'object' && e.id !== undefined ? String(e.id) : undefined;
            const kept = id !== undefined && value.items.some((i) => i.id === id);
            expect(kept || about(`items[${k}]`)).toBe(true);
          });
          units.forEach((e, k) => {
            if (e === null) return expect(about(`units[${k}]`)).toBe(true);
            const id = typeof e === 'object' && e.id !== undefined ? String(e.id) : undefined;
            const kept = id !== undefined && value.units.some((u) => u.id === id);
            expect(kept || about(`units[${k}]`)).toBe(true);
          });
          assignments.forEach((a, k) => {
            const kept = value.assignments.some(
              (v) =>
                v.item === String(a.item) &&
                (v.unit === String(a.unit) ||
                  value.units.find((u) => u.id === v.unit)?.name === a.unit),
            );
            expect(kept || about(`assignments[${k}]`)).toBe(true);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
