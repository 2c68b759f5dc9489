import { describe, expect, it } from 'vitest';
import { metricsReport } from '../../src/report/metrics-report.js';
import { writeUnitsCsv } from '../../src/report/write-units-csv.js';
import { foundingPlan } from '../support/founding-plan.js';

describe('writeUnitsCsv', () => {
  it('writes a header and one row per unit of the founding plan, busiest first', () => {
    const rows = writeUnitsCsv(metricsReport(foundingPlan())).split('\r\n');
    expect(rows[0]).toBe(
      'rank,unit,kind,items,lead,inferred_lead,member,share,degree,weighted_degree,betweenness,pagerank,community',
    );
    expect(rows).toHaveLength(1 + 15 + 1);
    expect(rows[1]).toMatch(/^1,区委依法治区办,,9,0,0,9,4\.4,/u);
    expect(rows.at(-1)).toBe('');
  });

  it('guards unit names against spreadsheet formulas', () => {
    const plan = {
      items: [{ id: 'i1', title: 't' }],
      units: [{ id: 'u1', name: '=HYPERLINK("x")' }],
      assignments: [{ item: 'i1', unit: 'u1', role: 'member' as const }],
    };
    expect(writeUnitsCsv(metricsReport(plan)).split('\r\n')[1]).toMatch(
      /^1,"'=HYPERLINK\(""x""\)",/u,
    );
  });
});
