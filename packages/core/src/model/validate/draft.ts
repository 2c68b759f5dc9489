import type { Assignment, Item, PlanMeta, Section, Unit } from '../plan.js';
import type { Checker } from './checker.js';
import { IdPool } from './id-pool.js';

/** The plan being assembled by `validatePlan`'s steps, with the indexes they share. */
export interface Draft {
  ck: Checker;
  meta: PlanMeta;
  sections: Section[];
  sectionIds: IdPool;
  /** section id by title, for items that name their section by title */
  sectionByTitle: Map<string, string>;
  /** whether the input listed sections itself */
  sectionsGiven: boolean;
  items: Item[];
  itemIds: IdPool;
  units: Unit[];
  unitIds: IdPool;
  /** unit id by normalised name (the first unit with that name) */
  unitByName: Map<string, string>;
  /** the name as written, for units whose name normalisation changed */
  writtenName: Map<string, string>;
  /** for each unit read from `units`, in order (they open `units`), its index in that list */
  listedAt: number[];
  /** units of assignments dropped with an error, which says why they have no items */
  droppedUnits: Set<string>;
  assignments: Assignment[];
}

/** Ids that records of an array write themselves, reserved before any id is made up. */
export function writtenIds(list: unknown, key: string): string[] {
  if (!Array.isArray(list)) return [];
  const ids: string[] = [];
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null || !Object.hasOwn(entry, key)) continue;
    const id = (entry as Record<string, unknown>)[key];
    if (typeof id === 'string' || typeof id === 'number') ids.push(String(id));
  }
  return ids;
}

export function newDraft(ck: Checker, top: Map<string, unknown>): Draft {
  return {
    ck,
    meta: {},
    sections: [],
    sectionIds: new IdPool('s', () => writtenIds(top.get('sections'), 'id')),
    sectionByTitle: new Map(),
    sectionsGiven: Array.isArray(top.get('sections')),
    items: [],
    itemIds: new IdPool('i', () => writtenIds(top.get('items'), 'id')),
    units: [],
    unitIds: new IdPool('u', () => writtenIds(top.get('units'), 'id')),
    unitByName: new Map(),
    writtenName: new Map(),
    listedAt: [],
    droppedUnits: new Set(),
    assignments: [],
  };
}
