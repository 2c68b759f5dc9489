import type { Incidence } from '@remit/core/model';
import type { Selection } from '../data/selection.js';

/**
 * How one mark (a unit or an item) relates to the linked selection and hover,
 * as class names: `hovered` when the pointer or focus is on it (here or in a
 * linked element); `selected` when it is the selection; when the selection is
 * of the other kind, `related` if the unit is on the item and `dimmed` if not.
 * Marks of the same kind as the selection but not selected get no class.
 *
 * @example svg`<g class="row ${linkState(inc, store.selection, store.hover, 'unit', id)}">`
 */
export function linkState(
  inc: Incidence,
  selection: Selection | null,
  hover: Selection | null,
  kind: Selection['kind'],
  id: string,
): string {
  const classes: string[] = [];
  if (hover && hover.kind === kind && hover.id === id) classes.push('hovered');
  if (!selection) return classes.join(' ');
  if (selection.kind === kind) {
    if (selection.id === id) classes.push('selected');
    return classes.join(' ');
  }
  const item = inc.itemIndex.get(kind === 'item' ? id : selection.id);
  const unit = inc.unitIndex.get(kind === 'unit' ? id : selection.id);
  const on =
    item !== undefined &&
    unit !== undefined &&
    (inc.byItem[item] ?? []).some((k) => inc.unitOf[k] === unit);
  classes.push(on ? 'related' : 'dimmed');
  return classes.join(' ');
}
