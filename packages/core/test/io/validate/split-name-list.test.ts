import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteUnitName, unquoteUnitName } from '../../../src/model/validate/quoted-unit-name.js';
import { splitNameList } from '../../../src/model/validate/split-name-list.js';

describe('splitNameList', () => {
  it('splits at 、，,;； outside brackets and quotation marks', () => {
    expect(splitNameList('区发改委、区财政局；区民政局')).toEqual([
      '区发改委',
      '区财政局',
      '区民政局',
    ]);
    expect(splitNameList('各县(市、区)政府、区财政局')).toEqual(['各县(市、区)政府', '区财政局']);
    expect(splitNameList('【区A，区B】办;“甲、乙”组')).toEqual(['【区A，区B】办', '“甲、乙”组']);
  });

  it('lets a bracket that never closes protect nothing', () => {
    expect(splitNameList('各县(市、区政府、区A')).toEqual(['各县(市', '区政府', '区A']);
  });

  it('reads a name in double quotes whole and without them', () => {
    expect(splitNameList('"区A;区B",区C')).toEqual(['区A;区B', '区C']);
    expect(splitNameList('"甲"和"乙"')).toEqual(['"甲"和"乙"']);
  });

  it('reads back as one name whatever quoteUnitName wrote', () => {
    const name = fc
      .array(fc.constantFrom(...'、，,;；/ ()（）【】"“”\'‘’区局'), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join('').trim())
      .filter((text) => text !== '');
    fc.assert(
      fc.property(name, (n) => {
        expect(splitNameList(quoteUnitName(n))).toEqual([n]);
        expect(unquoteUnitName(quoteUnitName(n))).toBe(n);
      }),
      { numRuns: 1_000 },
    );
  });
});
