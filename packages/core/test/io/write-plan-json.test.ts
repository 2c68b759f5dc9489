import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan.js';
import { readPlanJson } from '../../src/io/read-plan-json.js';
import { planJsonPieces, writePlanJson } from '../../src/io/write-plan-json.js';

const bundledText = readFileSync(
  new URL('../../data/xuhui-2020-fazhi.json', import.meta.url),
  'utf8',
);

describe('writePlanJson', () => {
  it('writes the bundled plan byte for byte as it is stored', () => {
    expect(writePlanJson(readPlanJson(bundledText).value)).toBe(bundledText);
  });

  it('puts "remit": 1 first, orders keys, indents by two spaces and ends with a newline', () => {
    const plan = {
      assignments: [{ raw: '区司法局', role: 'lead', unit: 'u1', item: 'i1' }],
      units: [{ name: '区司法局', id: 'u1' }],
      items: [{ title: '事项', id: 'i1' }],
    } as Plan;
    expect(writePlanJson(plan)).toBe(
      [
        '{',
        '  "remit": 1,',
        '  "items": [',
        '    {',
        '      "id": "i1",',
        '      "title": "事项"',
        '    }',
        '  ],',
        '  "units": [',
        '    {',
        '      "id": "u1",',
        '      "name": "区司法局"',
        '    }',
        '  ],',
        '  "assignments": [',
        '    {',
        '      "item": "i1",',
        '      "unit": "u1",',
        '      "role": "lead",',
        '      "raw": "区司法局"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('leaves out undefined fields and fields outside the model', () => {
    const plan = {
      items: [{ id: 'i1', title: 't', label: undefined, extra: 1 }],
      units: [],
      assignments: [],
    } as unknown as Plan;
    expect(JSON.parse(writePlanJson(plan))).toEqual({
      remit: 1,
      items: [{ id: 'i1', title: 't' }],
      units: [],
      assignments: [],
    });
  });

  it('writes, a record at a time, the text JSON.stringify writes of the whole plan', () => {
    const plan: Plan = {
      remit: 1,
      meta: { title: '计划\n第二行', source: 'a "quoted" name' },
      sections: [{ id: 's1', title: '一、总体要求' }],
      items: [
        { id: 'i1', title: '事项', section: 's1', text: '行一\r\n行二\t' },
        { id: 'i2', title: '' },
      ],
      units: [
        { id: 'u1', name: '各街镇', aliases: ['街镇'], kind: 'group', members: ['u2'] },
        { id: 'u2', name: '区司法局' },
      ],
      assignments: [{ item: 'i1', unit: 'u1', role: 'lead', inferred: true }],
    };
    const whole = JSON.stringify(plan, null, 2) + '\n';
    expect([...planJsonPieces(plan)].length).toBeGreaterThan(5);
    expect(writePlanJson(plan)).toBe(whole);
    const bare: Plan = { items: [], units: [], assignments: [] };
    expect(writePlanJson(bare)).toBe(JSON.stringify({ remit: 1, ...bare }, null, 2) + '\n');
  });
});
