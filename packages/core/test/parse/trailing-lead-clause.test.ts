import { describe, expect, it } from 'vitest';
import { trailingLeadClause } from '../../src/parse/clause/trailing-lead-clause.js';
import { parse } from '../../src/parse/index.js';
import { foldText } from '../../src/parse/text/fold-text.js';

const fieldsOf = (text: string) => {
  const key = foldText(text);
  const clause = trailingLeadClause(key, 0, key.length);
  return clause?.fields.map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);
};

const unitsOf = (text: string) => {
  const { plan } = parse(text);
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  return plan.items.map((i) => [
    i.title,
    plan.assignments
      .filter((a) => a.item === i.id)
      .map((a) => `${names.get(a.unit)}${a.role === 'lead' ? '*' : ''}`)
      .join(' '),
    ...(i.deadline ? [i.deadline] : []),
  ]);
};

describe('trailingLeadClause reads units that close a paragraph as its last sentence', () => {
  it('reads `X牵头，Y、Z等配合` after a sentence closed by 。 or ；, not by a `.` that may be a decimal point', () => {
    expect(fieldsOf('推进营商环境建设。区发改委牵头，区财政局、区住建局等配合。')).toEqual([
      'member:区发改委牵头',
      'member:区财政局、区住建局等配合',
    ]);
    expect(fieldsOf('推进营商环境建设.区发改委牵头,区财政局配合;')).toBeUndefined();
    expect(fieldsOf('推进营商环境建设;区发改委牵头,区财政局配合')).toEqual([
      'member:区发改委牵头',
      'member:区财政局配合',
    ]);
  });

  it('reads a deadline sentence after the units', () => {
    expect(fieldsOf('加强财政管理。区财政局牵头，区审计局配合。2023年底前完成。')).toEqual([
      'member:区财政局牵头',
      'member:区审计局配合',
      'deadline:2023年底前完成',
    ]);
  });

  it('leaves sentences that only mention 牵头 as text', () => {
    for (const text of [
      '推进营商环境建设。区发改委牵头制定实施方案。',
      '推进营商环境建设。各部门要积极配合区发改委牵头的工作。',
      '推进营商环境建设。建立由区领导牵头的工作机制。',
      '推进营商环境建设。分管领导牵头，各部门配合。',
      '成立工作专班。专班由常务副区长牵头。',
      '区发改委牵头，区财政局配合。',
      '推进营商环境建设。区发改委负责，区财政局配合。',
    ]) {
      expect(fieldsOf(text), text).toBeUndefined();
    }
  });
});

describe('parse reads units written as the last sentence of an item', () => {
  it('reads the lead and the members of each item', () => {
    expect(
      unitsOf(
        '1.推进营商环境建设。区发改委牵头，区财政局、区住建局等配合。\n2.加强财政管理。区财政局牵头，区审计局配合。2023年底前完成。\n',
      ),
    ).toEqual([
      ['推进营商环境建设', '区发改委* 区财政局 区住建局'],
      ['加强财政管理', '区财政局* 区审计局', '2023年底前完成'],
    ]);
  });

  it('takes no units from a sentence that mentions 牵头 in passing', () => {
    const { plan, diagnostics } = parse(
      '1.推进营商环境建设。区发改委牵头制定实施方案，各部门积极配合。\n2.完善工作机制。建立由区领导牵头的协调机制。\n',
    );
    expect(plan.items).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('parse/no-items');
  });
});
