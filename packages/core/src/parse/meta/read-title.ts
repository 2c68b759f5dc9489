const MIN_TITLE = 6;
const MAX_TITLE = 80;
const MAX_TAIL = 12;
const NOT_TITLE_END = /[。:,;、]$/u;
const DATE_LIKE = /^[\d〇○零一二三四五六七八九十\s年月日:.\-/]+$/u;
const DOC_NUMBER = /[〔[(]\s*\d{4}\s*[〕\])]\s*\d+\s*号/u;
const BRACKETED = /^[(（【[].*[)）】\]]$/u;

/**
 * The document's title: the nearest title-like line above the body (a short
 * line, not a sentence, a date, a document number, a bracketed note or a
 * `|` row). A short second line without digits under another title-like line
 * completes it (`立山区政府2023年重点工作` / `任务分解和责任分工方案`).
 *
 * `lines` are the folded header lines, trimmed, in order; `raw` the same as printed.
 */
export function readTitle(lines: readonly string[], raw: readonly string[]): string | undefined {
  return lineTitle(lines, raw) ?? quotedTitle(raw);
}

/**
 * The name in 《》 of a notice line (`关于印发《X》的通知`): the title of a plan
 * published under a notice, when no line of its own carries it.
 */
function quotedTitle(raw: readonly string[]): string | undefined {
  for (const line of raw) {
    const match = /印发[^《]{0,20}《([^《》]{4,80})》/u.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

function lineTitle(lines: readonly string[], raw: readonly string[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!isTitleLike(lines[i]!) || isOrganisation(lines[i]!)) continue;
    // A notice line names the plan it publishes: that name is the title.
    const published = quotedTitle([raw[i]!]);
    if (published !== undefined) return published;
    const above = previousLine(lines, i);
    if (isTail(lines[i]!) && above >= 0 && isTitleLike(lines[above]!)) return raw[above]! + raw[i]!;
    const below = nextLine(lines, i);
    if (below >= 0 && isTail(lines[below]!)) return raw[i]! + raw[below]!;
    return raw[i]!;
  }
  return undefined;
}

/** A short second title line without digits or punctuation (`工作计划`). */
function isTail(line: string): boolean {
  return line.length >= 2 && line.length <= MAX_TAIL && !/[\d。:,;、()（）]/u.test(line);
}

function previousLine(lines: readonly string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && lines[j] === '') j--;
  return j;
}

function nextLine(lines: readonly string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j] === '') j++;
  return j < lines.length ? j : -1;
}

/**
 * A line that is only an organisation's name (the signature above the date:
 * `某某县人民政府办公室`), not a title.
 */
function isOrganisation(line: string): boolean {
  return (
    line.length <= 24 &&
    /(政府|办公室|办公厅|委员会|领导小组|指挥部|[局厅委办])$/u.test(line) &&
    !/(方案|要点|计划|分工|清单|任务|措施|安排|意见|通知|规划)/u.test(line)
  );
}

function isTitleLike(line: string): boolean {
  if (line.length < MIN_TITLE || line.length > MAX_TITLE) return false;
  if (NOT_TITLE_END.test(line) || line.includes('。') || line.includes(':')) return false;
  if (line.includes('|') || line.includes('\t') || DATE_LIKE.test(line) || DOC_NUMBER.test(line))
    return false;
  return !BRACKETED.test(line);
}
