import { decodeBytes } from '../text/decode-bytes.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { PlanBuilder } from '../model/plan-builder.js';
import { findLostBreaks } from './blocks/find-lost-breaks.js';
import { fieldRunBreaks } from './blocks/field-run-breaks.js';
import { clauseSentenceBreaks } from './blocks/clause-sentence-breaks.js';
import { addImplicitClauses } from './blocks/implicit-clauses.js';
import { readEntries } from './blocks/read-entries.js';
import { resolveEntries } from './blocks/resolve-entries.js';
import { unitLedEntries } from './blocks/unit-led-entries.js';
import { addSubjectClauses } from './blocks/subject-clauses.js';
import type { Entry } from './blocks/entry.js';
import { buildPlan } from './build/build-plan.js';
import { htmlText } from './html/html-text.js';
import { isHtml } from './html/is-html.js';
import type { Plan } from '../model/plan.js';
import {
  resolveParseOptions,
  type ParseOptions,
  type ParseResult,
  type ResolvedParseOptions,
} from './parse-options.js';
import { report, type ParseContext } from './parse-context.js';
import { cleanDocumentText, lineOf } from './text/clean-document-text.js';
import { runTogetherTableBreaks } from './table/run-together.js';
import { withLabelColons } from './clause/label-semicolons.js';
import { withoutPinyinGlosses, type WithoutGlosses } from './text/pinyin-glosses.js';
import { sourceText, withRestoredBreaks, type SourceText } from './text/source-text.js';
import { mergeBreaks } from './text/merge-breaks.js';
import { forgetUnitLists } from './units/split-unit-list.js';

/**
 * Reads a published task-division document (工作要点与责任分工, 任务分解方案 …)
 * into a plan: sections, items with their responsibility units and roles, and
 * metadata, following the reading rules of the corpus README. Bytes are decoded
 * first (UTF-8 with or without BOM, UTF-16 with BOM, GB18030); a page saved as
 * text (HTML) is read as a browser shows it (see `htmlText`).
 *
 * Never throws: every problem becomes a diagnostic with line and column, and
 * whatever could be read is kept. A document without items gives an empty plan
 * and the error `parse/no-items`.
 *
 * @example
 * const { plan, diagnostics } = parse('1.加强法治保障。(责任单位:区司法局)');
 * plan.items[0].title; // '加强法治保障'
 */
export function parse(input: string | Uint8Array, options?: ParseOptions): ParseResult {
  const opts = resolveParseOptions(options);
  forgetUnitLists();
  const diagnostics: Diagnostic[] = [];
  const place = opts.source === undefined ? {} : { source: opts.source };
  let text = '';
  let encoding: string | undefined;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else if (input instanceof Uint8Array) {
    const decoded = decodeBytes(input, place);
    text = decoded.value.text;
    encoding = decoded.value.encoding;
    for (const d of decoded.diagnostics) diagnostics.push(d);
  } else {
    diagnostics.push({
      code: 'parse/bad-input',
      severity: 'error',
      message: `parse: expected a string or bytes, got ${typeof input}.`,
      ...place,
      args: { type: typeof input },
    });
  }
  if (isHtml(text)) {
    text = htmlText(text);
    diagnostics.push(
      diagnostic(
        'info',
        'parse/read-as-html',
        'parse: the text is an HTML page; it was read as a browser shows it (tags removed, paragraphs and table rows on lines of their own, character references decoded, scripts and styles left out). Line numbers in the other messages count lines of that reading.',
        place,
      ),
    );
  }
  const cleaned = cleanDocumentText(text, opts.source);
  for (const d of cleaned.diagnostics) diagnostics.push(d);
  // a mirror's pinyin after characters (`責(zé)任單位`) is read past, and given back in what is read
  const glossed = withoutPinyinGlosses(cleaned.text);
  if (glossed) diagnostics.push(glossesRead(glossed, place));
  const source = withLabelColons(sourceText(glossed ? glossed.text : cleaned.text));
  try {
    let read = readPlan(source, [...diagnostics], opts, place, printedEntries());
    // a page that lost its breaks around one or two entries only (`… 如下: 一、治理… 由X承办`)
    // is read so once the text as printed gave no numbered item (nothing, or only unnumbered
    // paragraphs: the whole page as one, its clause at the end), or gave an unnumbered one
    // that a numbered entry run into the page's opening may stand in (`…热门话题 … 战略
    // (二十四)健全…。(X牵头)`); the reading with more numbered items is kept
    const numbered = read.plan.items.filter((item) => item.label).length;
    const opensUnnumbered = read.plan.items[0] !== undefined && !read.plan.items[0].label;
    if (numbered === 0 ? read.ctx.restoredBreaks !== true : opensUnnumbered) {
      const again = readPlan(source, [...diagnostics], opts, place, printedEntries(1));
      if (
        again.plan.items.filter((item) => item.label).length > numbered &&
        again.plan.items.length >= read.plan.items.length
      ) {
        read = again;
      }
    }
    // a page that names each unit, then what it must do (`金河办事处:1.…;2.…。雪松街道办事处:…。`)
    if (read.plan.items.length === 0) {
      const byUnit = readPlan(source, [...diagnostics], opts, place, unitLedEntries);
      if (byUnit.plan.items.length > 0) read = byUnit;
    }
    // a page whose entries name their units only as the subjects of their sentences
    if (read.plan.items.length === 0) {
      const bySubject = readPlan(source, [...diagnostics], opts, place, subjectEntries);
      if (bySubject.plan.items.length > 0) read = bySubject;
    }
    const { ctx } = read;
    const plan = glossed ? asPrinted(read.plan, glossed, source) : read.plan;
    if (encoding !== undefined) plan.meta = { ...plan.meta, encoding };
    return {
      plan,
      diagnostics: ctx.diagnostics,
      readings: ctx.readings ?? [],
      ...(encoding !== undefined ? { encoding } : {}),
    };
  } catch (error) {
    // A safety net: a bug must not cost the caller the whole document.
    const why = error instanceof Error ? error.message : String(error);
    const ctx: ParseContext = { text: source, diagnostics, ...place };
    report(
      ctx,
      'error',
      'parse/internal-error',
      `could not read the document (${why}); please report this with the file.`,
      undefined,
      { error: why },
    );
    return {
      plan: new PlanBuilder(place).build(),
      diagnostics,
      readings: [],
      ...(encoding !== undefined ? { encoding } : {}),
    };
  } finally {
    // the lists remembered are this document's: they would outlive the result otherwise
    forgetUnitLists();
  }
}

/** What a reader is told of the pinyin read past, at the first place it stood. */
function glossesRead(glossed: WithoutGlosses, place: { source?: string }): Diagnostic {
  const { line, lineStart } = lineOf(glossed.text, glossed.first);
  return diagnostic(
    'info',
    'parse/pinyin-glosses',
    `parse: ${glossed.count} pinyin syllables in brackets after characters (a copy that annotated its text) were read past; titles and names keep them as printed. Line and column numbers count the text without them.`,
    { ...place, line, column: glossed.first - lineStart + 1 },
    { count: glossed.count },
  );
}

// how far before its first item a section's title is looked for
const SECTION_BEFORE = 2048;

/**
 * The plan's titles and names as printed, with the pinyin put back that was read
 * past (`withoutPinyinGlosses`): an item's title, text and the names it gives are
 * found from its line on, a unit's name from the line of the first item naming it.
 */
function asPrinted(plan: Plan, glossed: WithoutGlosses, text: SourceText): Plan {
  const startOf = (line: number | undefined) =>
    line === undefined ? 0 : (text.starts[line - 1] ?? 0);
  const printed = (s: string, line?: number) => glossed.asPrinted(s, startOf(line));
  const lineOfItem = new Map(plan.items.map((item) => [item.id, item.line]));
  const lineOfUnit = new Map<string, number | undefined>();
  for (const a of plan.assignments) {
    if (!lineOfUnit.has(a.unit)) lineOfUnit.set(a.unit, lineOfItem.get(a.item));
  }
  // a section's title stands a little before its first item
  const lineOfSection = new Map<string, number | undefined>();
  for (const item of plan.items) {
    if (item.section !== undefined && !lineOfSection.has(item.section)) {
      lineOfSection.set(item.section, item.line);
    }
  }
  const sectionTitle = (s: string, id: string) =>
    glossed.asPrinted(s, Math.max(0, startOf(lineOfSection.get(id)) - SECTION_BEFORE));
  return {
    ...plan,
    ...(plan.meta?.title !== undefined
      ? { meta: { ...plan.meta, title: printed(plan.meta.title) } }
      : {}),
    ...(plan.sections
      ? { sections: plan.sections.map((s) => ({ ...s, title: sectionTitle(s.title, s.id) })) }
      : {}),
    items: plan.items.map((item) => ({
      ...item,
      title: printed(item.title, item.line),
      ...(item.text !== undefined ? { text: printed(item.text, item.line) } : {}),
    })),
    units: plan.units.map((unit) => ({
      ...unit,
      name: printed(unit.name, lineOfUnit.get(unit.id)),
    })),
    assignments: plan.assignments.map((a) =>
      a.raw === undefined ? a : { ...a, raw: printed(a.raw, lineOfItem.get(a.item)) },
    ),
  };
}

/** The plan of the cleaned text, from the entries `entriesOf` finds in it. */
function readPlan(
  text: SourceText,
  diagnostics: Diagnostic[],
  opts: ResolvedParseOptions,
  place: { source?: string },
  entriesOf: (ctx: ParseContext) => Entry[],
): { plan: Plan; ctx: ParseContext } {
  const ctx: ParseContext = { text, diagnostics, ...place };
  if (opts.readings) ctx.readings = [];
  return { plan: buildPlan(ctx, resolveEntries(entriesOf(ctx)), opts), ctx };
}

/**
 * The entries of the text as printed, on lines of their own where they lost them
 * (around at least `minInline` inline entries, see `findLostBreaks`), with the
 * responsibility written without a label.
 */
function printedEntries(minInline?: number): (ctx: ParseContext) => Entry[] {
  return (ctx) => {
    restoreLostBreaks(ctx, minInline);
    const entries = readEntries(ctx);
    addImplicitClauses(ctx, entries);
    return entries;
  };
}

/** The entries as printed, given the units that open their sentences (`addSubjectClauses`). */
function subjectEntries(ctx: ParseContext): Entry[] {
  const entries = printedEntries(1)(ctx);
  addSubjectClauses(ctx, entries);
  return entries;
}

/**
 * Reads a page that lost its line breaks with its entries on lines of their own (numbered
 * ones, and unnumbered ones whose fields recur on a line: `fieldRunBreaks`), and a table run
 * together on one line with its header and rows on lines of their own.
 */
function restoreLostBreaks(ctx: ParseContext, minInline?: number): void {
  const lost = findLostBreaks(ctx.text, minInline);
  // one entry's fields, where the page holds no numbered entry inline
  const inline = mergeBreaks(lost, fieldRunBreaks(ctx.text, lost.length === 0));
  const table = runTogetherTableBreaks(ctx.text);
  const entries = table.length === 0 ? inline : mergeBreaks(inline, table);
  const restored = entries.length === 0 ? ctx.text : withRestoredBreaks(ctx.text, entries);
  // targets run together on a line, read once each entry has its line
  const sentences = clauseSentenceBreaks(restored);
  const breaks = sentences.length === 0 ? entries : mergeBreaks(entries, sentences);
  if (breaks.length === 0) return;
  report(
    ctx,
    'info',
    'parse/line-breaks-restored',
    `the document runs its entries together without line breaks; it was read with a break before each of ${breaks.length} numbered entries, responsibility labels, table rows and headers, and targets after another's clause found inline. Check the items if the numbering was part of a sentence.`,
    breaks[0],
    { count: breaks.length },
  );
  ctx.text = withRestoredBreaks(ctx.text, breaks);
  ctx.restoredBreaks = true;
}
