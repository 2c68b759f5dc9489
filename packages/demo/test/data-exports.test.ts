import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@remit/core/model';
import { DATA_EXPORTS, fileBase } from '../src/app/data-exports.js';
import { planInsight } from '../src/app/plan-insight.js';

const founding = () =>
  JSON.parse(
    readFileSync(new URL('../../core/data/xuhui-2020-fazhi.json', import.meta.url), 'utf8'),
  ) as Plan;

describe('data exports', () => {
  it('name files after the plan’s source, without its extension or unsafe characters', () => {
    expect(fileBase('xuhui-2020-fazhi.txt')).toBe('xuhui-2020-fazhi');
    expect(fileBase('C:\\plans\\徐汇 2020.json')).toBe('徐汇 2020');
    expect(fileBase('a<b>:c?.csv')).toBe('a_b__c_');
    expect(fileBase('.txt')).toBe('plan');
  });

  it('write one units CSV row per unit, ranked, with the CLI’s columns', () => {
    const file = DATA_EXPORTS.find((x) => x.id === 'units-csv')!.file(planInsight(founding()), 'x');
    const rows = file.content.split('\r\n');
    expect(file.name).toBe('x.units.csv');
    expect(rows[0]).toBe(
      'rank,unit,kind,items,lead,inferred_lead,member,share,degree,weighted_degree,betweenness,pagerank,community',
    );
    expect(rows.slice(1, 4).map((r) => r.split(',').slice(0, 4).join(','))).toEqual([
      '1,区委依法治区办,,9',
      '1,区司法局,,9',
      '1,各街镇,,9',
    ]);
    expect(rows).toHaveLength(17); // header, 15 units, the empty string after the last CRLF
  });
});
