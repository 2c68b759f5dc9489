import { describe, expect, it, vi } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { readOfficePlanSync } from '../../src/office/read-office-sync.js';
import { goldDocuments } from '../parse/gold-answers.js';
import { addScores, f1, scorePlan, type Score } from './helpers/f1-score.js';
import {
  NODE_OFFICE_LIBRARIES,
  OFFICE_FORMATS,
  officeBytes,
  readFixturePlan,
} from './helpers/office-fixtures.js';

// 19 documents in six formats, the PDFs through pdf.js
vi.setConfig({ testTimeout: 120_000 });

const corpus = goldDocuments('corpus');
const MIN_F1 = 0.98;

describe('every corpus document, in each office format, reads to its answer', () => {
  it('has a fixture of every corpus document in every format (the check below can fail)', () => {
    expect(corpus.length).toBe(19);
    for (const format of OFFICE_FORMATS) {
      for (const doc of corpus) {
        expect(officeBytes('corpus', `${doc.name}.${format}`).length).toBeGreaterThan(1000);
      }
    }
  });

  for (const format of OFFICE_FORMATS) {
    it(`${format}: item, unit and role F1 are each at least ${MIN_F1 * 100}%`, async () => {
      const scores: Score[] = [];
      for (const doc of corpus) {
        const read = await readFixturePlan('corpus', `${doc.name}.${format}`);
        expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        scores.push(scorePlan(read.value, doc.gold));
      }
      const total = addScores(scores);
      expect(f1(total.item)).toBeGreaterThanOrEqual(MIN_F1);
      expect(f1(total.unit)).toBeGreaterThanOrEqual(MIN_F1);
      expect(f1(total.role)).toBeGreaterThanOrEqual(MIN_F1);
    });
  }
});

describe('a table document reads from its office file at least as well as from its text', () => {
  const tables = corpus.filter((d) => d.gold.family.startsWith('table'));

  it('has the corpus table documents (the check below can fail)', () => {
    expect(tables.map((d) => d.name)).toEqual([
      'chongchuan-2023-minsheng-progress',
      'dazhu-2016-minsheng-tasks',
      'xuzhuang-2017-safety-campaign',
    ]);
  });

  for (const doc of tables) {
    for (const format of OFFICE_FORMATS) {
      it(`${doc.name}.${format}`, async () => {
        const fromText = scorePlan(parse(doc.bytes).plan, doc.gold);
        const fromFile = scorePlan(
          (await readFixturePlan('corpus', `${doc.name}.${format}`)).value,
          doc.gold,
        );
        for (const m of ['item', 'unit', 'role'] as const) {
          expect(f1(fromFile[m])).toBeGreaterThanOrEqual(f1(fromText[m]));
        }
      });
    }
  }

  it('reads the rows under one merged number cell as one task (dazhu row 5 has two)', async () => {
    for (const format of ['docx', 'doc', 'xlsx', 'xls', 'html', 'pdf']) {
      const { value: plan } = await readFixturePlan(
        'corpus',
        `dazhu-2016-minsheng-tasks.${format}`,
      );
      const titles = plan.items.map((i) => i.title.replace(/\s+/gu, ''));
      expect(titles, format).toContain('开工建设县老年养护楼');
      expect(titles, format).not.toContain('开工建设老年大学');
      expect(plan.items, format).toHaveLength(10);
    }
  });
});

describe('the command reads office files as the dashboard does', () => {
  it('gives the same plans through readOfficePlanSync (the command) and readOfficePlan (the page)', async () => {
    for (const format of OFFICE_FORMATS.filter((f) => f !== 'pdf')) {
      for (const doc of corpus) {
        const file = `${doc.name}.${format}`;
        const sync = readOfficePlanSync(officeBytes('corpus', file), {
          source: file,
          format,
          libraries: NODE_OFFICE_LIBRARIES,
        });
        const async = await readFixturePlan('corpus', file);
        expect(sync.value, file).toEqual(async.value);
      }
    }
  });
});
