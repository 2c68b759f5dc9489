import type { Item } from './plan.js';

// V8 keeps the fields of an object literal inside the object; fields added one
// by one after it is made go to a second array, 30 bytes or so more a record.
// A plan of 50 MB of text holds over 400,000 assignments, so the shapes records
// mostly have are written out as literals, in the order of `Item` (assignments:
// `newAssignment`), and any other shape is built field by field in the same order.

/** An item as a plan keeps it: `item`'s fields of `Item`, those undefined left out. */
export function compactItem(id: string, item: Omit<Item, 'id'>): Item {
  const { title, label, section, text, deadline, line } = item;
  if (deadline === undefined) {
    if (text !== undefined && line !== undefined) {
      if (label === undefined)
        return section === undefined
          ? { id, title, text, line }
          : { id, title, section, text, line };
      return section === undefined
        ? { id, title, label, text, line }
        : { id, title, label, section, text, line };
    }
    if (text === undefined && line === undefined && section === undefined)
      return label === undefined ? { id, title } : { id, title, label };
  }
  const stored: Item = { id, title };
  if (label !== undefined) stored.label = label;
  if (section !== undefined) stored.section = section;
  if (text !== undefined) stored.text = text;
  if (deadline !== undefined) stored.deadline = deadline;
  if (line !== undefined) stored.line = line;
  return stored;
}
