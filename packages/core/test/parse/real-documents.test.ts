import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { asAnswer, compared, goldDocuments } from './gold-answers.js';

// Published plans found in public pages (fixtures/real, sources in each answer),
// answered by hand before the reader was run on them. They are compared as the
// shared scorer compares them: items by the first ten letters of their titles,
// units by the name as printed, roles lead or member.

/** Documents still misread, with what goes wrong; each must still differ, so that a fix updates this list. */
const KNOWN_MISREADINGS: Record<string, string> = {
  't-xianning-2020-zhengce-fengong':
    'a table of one cell per line without a 序号 column whose first row lost its task cell: item (一) is read as a heading',
  't-longquanyi-2009-zhongda-xiangmu':
    'a table whose cells a document site ran together on one line: the rows and their units are read, but each title keeps the 建设阶段 cell that follows it with nothing between (十陵景区项目加快建设)',
};

describe('parse reads published plans it was not written for as their checked answers', () => {
  const documents = goldDocuments('real');

  it('every document gives items: each has numbered items with their units, as a person sees them', () => {
    const empty = documents
      .filter((doc) => parse(doc.bytes, { source: doc.name }).plan.items.length === 0)
      .map((doc) => doc.name);
    expect(empty).toEqual([]);
  });

  it('the collection holds at least 20 documents', () => {
    expect(documents.length).toBeGreaterThanOrEqual(20);
  });

  for (const doc of documents) {
    const known = KNOWN_MISREADINGS[doc.name];
    it(`${doc.name} (${doc.gold.family})${known ? ' is still misread: ' + known : ''}`, () => {
      const { plan } = parse(doc.bytes, { source: doc.name });
      const got = compared(asAnswer(plan));
      const want = compared(doc.gold.items);
      if (known) expect(got).not.toEqual(want);
      else expect(got).toEqual(want);
    });
  }
});
