import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan.js';
import { readPlanJson } from '../../src/io/read-plan-json.js';
import { writePlanJson } from '../../src/io/write-plan-json.js';

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
});
