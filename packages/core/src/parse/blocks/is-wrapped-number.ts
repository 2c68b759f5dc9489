import type { Numbering } from '../numbering/read-numbering.js';
import type { ParseContext } from '../parse-context.js';
import { trimRange } from '../table/split-cells.js';
import { lineAt } from '../text/source-text.js';

const MIN_WRAPPED_LINE = 20;
const SENTENCE_END = /[。;:!?)\]】」”’]$/u;

/**
 * True when a number at the start of line `i` is more likely text run on from a
 * hard-wrapped line above (`…完成本区城市运行“一网统管”` / `3.0版上线运行`): the line
 * above is long, does not end a sentence, and the number does not continue its
 * style's sequence.
 */
export function isWrappedNumber(
  ctx: ParseContext,
  i: number,
  numbering: Numbering,
  lastOfStyle: Map<string, number>,
): boolean {
  if (i === 0) return false;
  const expected =
    numbering.value === 1 || numbering.value === (lastOfStyle.get(numbering.style) ?? 0) + 1;
  if (expected) return false;
  const above = lineAt(ctx.text, i - 1);
  const [s, e] = trimRange(ctx.text.key, above.start, above.end);
  return e - s >= MIN_WRAPPED_LINE && !SENTENCE_END.test(ctx.text.key[e - 1]!);
}
