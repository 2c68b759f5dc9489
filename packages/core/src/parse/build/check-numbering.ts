import type { ResolvedEntry } from '../blocks/resolve-entries.js';
import { report, type ParseContext } from '../parse-context.js';

/**
 * Reports numbering that jumps (`3.` after `1.`) among items and sections: a
 * number is expected to be 1, one more than the previous sibling of its style,
 * or one more than the last of its style anywhere (numbering that runs on
 * across sections). A jump often means an entry was missed.
 */
// numbering ranks and styles are few; the bounds only keep the numeric keys apart
const RANKS = 64;
const MAX_STYLES = 1024;

export function checkNumbering(ctx: ParseContext, resolved: readonly ResolvedEntry[]): void {
  // keys are numbers, not strings built per entry: style (by first sight) and rank, then parent
  const styles = new Map<string, number>();
  const lastOfStyle = new Map<number, number>();
  const lastSibling = new Map<number, number>();
  for (const { entry, role, parent } of resolved) {
    const n = entry.numbering;
    if (!n || (role !== 'item' && role !== 'section')) continue;
    let style = styles.get(n.style);
    if (style === undefined) styles.set(n.style, (style = styles.size));
    const styleKey = style * RANKS + n.rank;
    const siblingKey = (parent + 1) * RANKS * MAX_STYLES + styleKey;
    const sibling = lastSibling.get(siblingKey);
    const global = lastOfStyle.get(styleKey);
    const expected = n.value === 1 || (sibling === undefined && global === undefined);
    if (!expected && n.value !== (sibling ?? NaN) + 1 && n.value !== (global ?? NaN) + 1) {
      const after = sibling ?? global;
      report(
        ctx,
        'warning',
        'parse/numbering-jump',
        `entry ${entry.label ?? n.value} follows number ${after}; an entry may have been missed or misread between them.`,
        n.start,
        { entry: entry.label ?? n.value, after: after! },
      );
    }
    lastSibling.set(siblingKey, n.value);
    lastOfStyle.set(styleKey, n.value);
  }
}
