import type { ResolvedEntry } from '../blocks/resolve-entries.js';
import { report, type ParseContext } from '../parse-context.js';

/**
 * Reports numbering that jumps (`3.` after `1.`) among items and sections: a
 * number is expected to be 1, one more than the previous sibling of its style,
 * or one more than the last of its style anywhere (numbering that runs on
 * across sections). A jump often means an entry was missed.
 */
export function checkNumbering(ctx: ParseContext, resolved: readonly ResolvedEntry[]): void {
  const lastOfStyle = new Map<string, number>();
  const lastSibling = new Map<string, number>();
  for (const { entry, role, parent } of resolved) {
    const n = entry.numbering;
    if (!n || (role !== 'item' && role !== 'section')) continue;
    const styleKey = `${n.style}:${n.rank}`;
    const siblingKey = `${parent}|${styleKey}`;
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
      );
    }
    lastSibling.set(siblingKey, n.value);
    lastOfStyle.set(styleKey, n.value);
  }
}
