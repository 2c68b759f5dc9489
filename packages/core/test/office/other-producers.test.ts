import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../src/model/plan.js';
import { goldDocuments, type GoldAnswer } from '../parse/gold-answers.js';
import { officeGold, readFixtureDocument, readFixturePlan } from './helpers/office-fixtures.js';

vi.setConfig({ testTimeout: 60_000 });

/** Items as the answers write them: title, section, and units with their roles. */
function answerOf(plan: Plan) {
  const sections = new Map((plan.sections ?? []).map((s) => [s.id, `${s.label ?? ''}${s.title}`]));
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  return plan.items.map((item) => ({
    title: item.title,
    section: item.section ? sections.get(item.section) : undefined,
    units: plan.assignments
      .filter((a) => a.item === item.id)
      .map((a) => ({ name: a.raw ?? names.get(a.unit), role: a.role })),
  }));
}

function expected(gold: GoldAnswer, withSections = true) {
  return gold.items.map((item) => ({
    title: item.title,
    section: withSections ? (item as { section?: string }).section : undefined,
    units: item.units,
  }));
}

describe('files made by other producers read to their answers', () => {
  it('a Word document from the docx package: numbering by w:numPr, sections from merged cells', async () => {
    const { value, diagnostics } = await readFixturePlan('other', 'docx-package-plan.docx');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(answerOf(value)).toEqual(expected(officeGold('other', 'docx-package-plan')));
  });

  it('a workbook from exceljs: a notes sheet, a two-row header, section rows, a merged lead', async () => {
    const { value, diagnostics } = await readFixturePlan('other', 'exceljs-plan.xlsx');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(answerOf(value)).toEqual(expected(officeGold('other', 'exceljs-plan')));
  });

  it('a PDF with a Chinese font that is not embedded (STSong-Light, UniGB-UCS2-H), read through the CMaps', async () => {
    const { value } = await readFixturePlan('other', 'cid-font-plan.pdf');
    expect(answerOf(value)).toEqual(expected(officeGold('other', 'cid-font-plan')));
  });

  for (const name of ['xuhui-2020-fazhi', 'dazhu-2016-minsheng-tasks']) {
    it(`${name} printed to PDF by Chromium: radicals its font map names are read as the characters`, async () => {
      const gold = goldDocuments('corpus').find((d) => d.name === name)!.gold;
      const { value } = await readFixturePlan('other', `chromium-${name}.pdf`);
      const found = answerOf(value).map(({ title, units }) => ({ title, units }));
      expect(found).toEqual(expected(gold, false).map(({ title, units }) => ({ title, units })));
      // Noto CJK's ToUnicode map names 月 as the Kangxi radical ⽉ (U+2F49)
      expect(JSON.stringify(value)).not.toMatch(/[\u2e80-\u2fdf]/u);
    });
  }
});

describe('Word numbering is numbering: the reader sees the labels Word draws', () => {
  it('reads 一、 （一） 1. from w:numPr though the text holds none of them', async () => {
    const { value: doc } = await readFixtureDocument('other', 'docx-package-plan.docx');
    const labelled = doc!.blocks.flatMap((b) =>
      b.kind === 'paragraph' && b.label ? [`${b.label}${b.text.slice(0, 4)}`] : [],
    );
    expect(labelled).toEqual([
      '一、稳住经济',
      '（一）扩大有效',
      '1.推进重大',
      '2.加快专项',
      '（二）促进消费',
      '1.举办消费',
      '二、保障改善',
      '（一）稳定就业',
      '1.落实援企',
    ]);
  });

  it('reads LibreOffice lists that start where the page said (<ol start="123">)', async () => {
    const { value: doc } = await readFixtureDocument('corpus', 'xianning-2023-gzbg-p7.docx');
    const labels = doc!.blocks.flatMap((b) => (b.kind === 'paragraph' && b.label ? [b.label] : []));
    expect(labels.slice(0, 3)).toEqual(['123.', '124.', '125.']);
  });
});
