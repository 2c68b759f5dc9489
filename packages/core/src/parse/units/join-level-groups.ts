import { trimEnd, trimStart, type Range } from './list-ranges.js';

// administrative levels, and a bracket of them: 县, 市(县), (市、区)
const LEVEL = '(?:省|市|区|县|州|盟|旗|乡|镇|街道|村|社区)';
const LEVELS = `(?:${LEVEL}|\\(${LEVEL}(?:、${LEVEL})*\\))+`;
const OPENS_GROUP = new RegExp(`^各${LEVELS}$`, 'u');
const MIDDLE = new RegExp(`^${LEVELS}$`, 'u');
// the level words end in a body: 政府, 人民政府(管委会), 党委, 办事处 …
const CLOSES_GROUP = new RegExp(
  `^${LEVELS}(?:人民)?(?:政府|党委|党委和政府|管委会|办事处|委员会)(?:\\([^)]*\\))?$`,
  'u',
);

/**
 * Joins names cut at `、` back into one group where the list punctuation sits
 * between administrative level words: `各县、市、区政府`, `各乡、镇人民政府`,
 * `各市(县)、区政府`, `各市、县(区)人民政府(管委会)` each name one group. The
 * group opens with 各 and level words only, and closes with level words and the
 * body they share (政府, 党委, 办事处 …). Level words alone after any group
 * (`各开发区、镇(街道)`) belong to it: they name no unit by themselves. Anything
 * else stays cut.
 *
 * `ranges` are the pieces of a phrase cut at name separators, in order.
 */
export function joinLevelGroups(key: string, ranges: readonly Range[]): readonly Range[] {
  // a group needs a piece after the one that opens it
  if (ranges.length < 2) return ranges;
  const out: Range[] = [];
  for (let k = 0; k < ranges.length; k++) {
    const first = ranges[k]!;
    // a group opens with 各: a first look at one character spares most pieces a copy
    if (key.charCodeAt(trimStart(key, first[0], first[1])) !== 0x5404 /* 各 */) {
      out.push(first);
      continue;
    }
    if (!OPENS_GROUP.test(textOf(key, first))) {
      // level words alone after a group (各开发区、镇(街道)) name no unit of their own: 各 is theirs too
      let bare = k + 1;
      while (bare < ranges.length && MIDDLE.test(textOf(key, ranges[bare]!))) bare++;
      out.push(bare > k + 1 ? [first[0], ranges[bare - 1]![1]] : first);
      k = bare - 1;
      continue;
    }
    let last = k + 1;
    while (last < ranges.length && MIDDLE.test(textOf(key, ranges[last]!))) last++;
    if (last < ranges.length && CLOSES_GROUP.test(textOf(key, ranges[last]!))) {
      out.push([first[0], ranges[last]![1]]);
      k = last;
    } else {
      out.push(first);
    }
  }
  return out;
}

function textOf(key: string, range: Range): string {
  const s = trimStart(key, range[0], range[1]);
  return key.slice(s, trimEnd(key, s, range[1]));
}
