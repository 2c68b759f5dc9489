import { diagnostic, type Diagnostic, type Read } from '../model/diagnostic.js';
import { PLAN_FORMAT_VERSION, type Plan } from '../model/plan.js';
import { validatePlan } from '../model/validate-plan.js';
import { lineAt } from '../text/bytes/line-at.js';
import { scanJson } from './json/scan-json.js';

export interface ReadPlanJsonOptions {
  /** file name or URL, copied into diagnostics */
  source?: string;
}

/** Objects and arrays nested deeper than this are refused: a plan needs five levels. */
const MAX_DEPTH = 64;

/**
 * Reads a Plan JSON file's text. Never throws.
 *
 * A leading BOM is ignored. Syntax errors (comments and trailing commas
 * included) are reported with the 1-based line and column where they occur and
 * give an empty plan; so does nesting deeper than 64 levels (checked without
 * recursion, so 100,000 levels cannot overflow the stack). A key written twice
 * in one object is a warning (`JSON.parse` keeps the last value). Empty text is
 * an empty plan with an info. The parsed value is then checked by
 * `validatePlan`, whose diagnostics name fields such as `items[3].title`.
 *
 * @example readPlanJson(await file.text(), { source: file.name })
 */
export function readPlanJson(text: string, options: ReadPlanJsonOptions = {}): Read<Plan> {
  const place = options.source === undefined ? {} : { source: options.source };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const empty: Plan = { remit: PLAN_FORMAT_VERSION, items: [], units: [], assignments: [] };
  if (body.trim() === '') {
    const d = diagnostic(
      'info',
      'json/empty',
      'readPlanJson: the text is empty; read an empty plan.',
      place,
    );
    return { value: empty, diagnostics: [d] };
  }
  const scan = scanJson(body, MAX_DEPTH);
  const diagnostics: Diagnostic[] = scan.duplicates.map((dup) =>
    diagnostic(
      'warning',
      'json/duplicate-key',
      `readPlanJson: the key "${dup.key}" is written twice in one object; the last value is used. Remove one.`,
      {
        ...place,
        ...lineAt(body, dup.offset),
        field: dup.path === '' ? dup.key : `${dup.path}.${dup.key}`,
      },
      { key: dup.key },
    ),
  );
  if (scan.error) {
    const { code, message, offset, args } = scan.error;
    diagnostics.push(
      diagnostic(
        'error',
        code,
        `readPlanJson: ${message}`,
        { ...place, ...lineAt(body, offset) },
        args,
      ),
    );
    return { value: empty, diagnostics };
  }
  const read = validatePlan(JSON.parse(body), options);
  return { value: read.value, diagnostics: [...diagnostics, ...read.diagnostics] };
}
