import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan.js';
import { parse } from '../../src/parse/index.js';
import { asAnswer, expectedItems, goldDocuments } from './gold-answers.js';

describe('parse reads every corpus document as its checked answer', () => {
  for (const doc of goldDocuments('corpus')) {
    it(`${doc.name} (${doc.gold.family})`, () => {
      const { plan } = parse(doc.bytes, { source: doc.name });
      expect(asAnswer(plan)).toEqual(expectedItems(doc.gold));
    });
  }
});

describe('parse reads the parser fixtures of every layout as their answers', () => {
  for (const doc of goldDocuments('parse')) {
    it(`${doc.name} (${doc.gold.family})`, () => {
      const { plan } = parse(doc.bytes, { source: doc.name });
      expect(asAnswer(plan)).toEqual(expectedItems(doc.gold));
    });
  }
});

describe('parse reads metadata as the answers state it', () => {
  for (const doc of [...goldDocuments('corpus'), ...goldDocuments('parse')]) {
    const want = doc.gold.meta ?? {};
    if (!want.docNumber && !want.date) continue;
    it(`${doc.name}`, () => {
      const { meta } = parse(doc.bytes).plan;
      if (want.docNumber) expect(meta?.docNumber).toBe(want.docNumber);
      if (want.date) expect(meta?.date).toBe(want.date);
    });
  }
});

it('parse reads the founding plan exactly as the bundled Plan JSON', () => {
  const data = new URL('../../data/', import.meta.url);
  const bundled = JSON.parse(readFileSync(new URL('xuhui-2020-fazhi.json', data), 'utf8')) as Plan;
  const { plan, diagnostics } = parse(readFileSync(new URL('xuhui-2020-fazhi.txt', data)));
  expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  expect(plan.units.map((u) => u.name)).toEqual(bundled.units.map((u) => u.name));
  expect(plan.assignments.map(({ item, unit, role, raw }) => ({ item, unit, role, raw }))).toEqual(
    bundled.assignments.map(({ item, unit, role, raw }) => ({ item, unit, role, raw })),
  );
  expect(
    plan.items.map(({ id, title, label, section }) => ({ id, title, label, section })),
  ).toEqual(bundled.items.map(({ id, title, label, section }) => ({ id, title, label, section })));
  expect(plan.sections).toEqual(bundled.sections);
  expect(plan.meta?.title).toBe(bundled.meta?.title);
  expect(plan.meta?.docNumber).toBe(bundled.meta?.docNumber);
  expect(plan.meta?.date).toBe(bundled.meta?.date);
});
