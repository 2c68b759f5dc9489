import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/compare-plans.js';
import { parse } from '../../src/parse/index.js';

interface Gold {
  pairs: { before: string; after: string }[];
}

const folder = (name: string) => new URL(`../../../../fixtures/compare/${name}/`, import.meta.url);
const read = (name: string, file: string) => readFileSync(new URL(file, folder(name)), 'utf8');

/**
 * The matcher's same/reworded pairs against the pairs decided by hand
 * (`fixtures/compare/NAME/gold.json`), by item label.
 */
function score(name: string) {
  const before = parse(read(name, 'before.txt')).plan;
  const after = parse(read(name, 'after.txt')).plan;
  const gold = JSON.parse(read(name, 'gold.json')) as Gold;
  const found = comparePlans(before, after)
    .items.filter((m) => m.kind === 'same' || m.kind === 'reworded')
    .map((m) => `${m.before[0]!.label}→${m.after[0]!.label}`);
  const wanted = new Set(gold.pairs.map((p) => `${p.before}→${p.after}`));
  const right = found.filter((p) => wanted.has(p)).length;
  return { found: found.length, wanted: wanted.size, right };
}

describe('item matching on real consecutive-year plans, checked by hand', () => {
  it('Zhejiang 2019 → 2020: the one task carried over is found, nothing else (precision 1/1, recall 1/1)', () => {
    expect(score('zhejiang-2019-2020')).toEqual({ found: 1, wanted: 1, right: 1 });
  });

  it('Ningbo 2006 → 2007, six targets carried over, three renumbered: all found, no false pair among look-alike targets (6/6, 6/6)', () => {
    expect(score('ningbo-2006-2007')).toEqual({ found: 6, wanted: 6, right: 6 });
  });

  it('Pinghu 2023 → 2024: the industrial target that closed a long task in 2023 is found by its title (3/3, 3/3)', () => {
    // 规上工业增加值增长7% scores 0.21 against 2023 5. but its whole title lies
    // in that item's text (titleContainment 1).
    expect(score('pinghu-2023-2024')).toEqual({ found: 3, wanted: 3, right: 3 });
  });

  it('Guangzhou 2006 → 2007, renumbered and rewritten: no false pair, and neither carried-over task (recall 0/2)', () => {
    // The two tasks carried over score 0.31 and 0.22: every sentence was
    // rewritten, and character bigrams cannot see that 南沙临港石化基地 work goes on.
    expect(score('guangzhou-2006-2007')).toEqual({ found: 0, wanted: 2, right: 0 });
  });
});
