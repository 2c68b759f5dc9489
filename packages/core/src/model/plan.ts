import type { Correction } from './correction.js';
/**
 * The Plan: one government work plan as Remit holds it.
 *
 * A plan is normalised: `items`, `units` and `assignments`, where each assignment
 * refers to an item id and a unit id. This is the shape of the Plan JSON file
 * (`"remit": 1`, see `schema/plan.schema.json`), of the CLI's output, of the
 * widgets' input and of the demo.
 *
 * Glossary (used everywhere, no synonyms):
 * - plan: the whole document.
 * - section: a heading that groups items and carries no assignment of its own.
 * - item: a numbered task entry with its own responsibility assignment.
 * - unit: an organisation that can be responsible (区司法局, 各街镇 …).
 * - assignment: one unit on one item, with a role.
 * - role: `lead` (written as 牵头 or stated by the document's convention) or `member`.
 * - group: a unit that stands for several (各街镇, 各有关单位).
 * - directory: the list of known units, their aliases, kinds and group members.
 */

/** The version of the Plan JSON format written by this library. */
export const PLAN_FORMAT_VERSION = 1;

export type Role = 'lead' | 'member';

export const ROLES: readonly Role[] = ['lead', 'member'];

/** What kind of organisation a unit is. */
export type UnitKind =
  | 'party' // party organ: 区委组织部, 区委依法治区办
  | 'congress' // people's congress and CPPCC bodies
  | 'government' // government department: 区司法局
  | 'subdistrict' // sub-district or town: 天平路街道, 华泾镇
  | 'vertical' // vertically managed agency: 公安分局, 税务局
  | 'group' // a name standing for several units: 各街镇
  | 'other';

export const UNIT_KINDS: readonly UnitKind[] = [
  'party',
  'congress',
  'government',
  'subdistrict',
  'vertical',
  'group',
  'other',
];

export interface PlanMeta {
  title?: string;
  issuer?: string;
  /** e.g. 徐府发〔2020〕13号 */
  docNumber?: string;
  /** ISO date, YYYY-MM-DD */
  date?: string;
  /** where the text came from: a URL or a file name */
  source?: string;
  /** the text encoding the document was read in, when it was read from bytes */
  encoding?: string;
}

export interface Section {
  id: string;
  /** the numbering as written: 一、 (一) 1. */
  label?: string;
  title: string;
  /** id of the enclosing section, for nested sections */
  parent?: string;
}

export interface Item {
  id: string;
  title: string;
  /** the numbering as written: 1. 1、 (一) ① */
  label?: string;
  /** the id of the section the item belongs to */
  section?: string;
  /** the item's full text, without the responsibility clause */
  text?: string;
  /** the deadline as the item states it */
  deadline?: string;
  /** 1-based line of the item's label in the source text */
  line?: number;
}

export interface Unit {
  id: string;
  /** the name as written (normalised: NFKC, ASCII parentheses, no spaces) */
  name: string;
  /** the full official name, from a directory */
  canonical?: string;
  /** other names the unit goes by */
  aliases?: string[];
  kind?: UnitKind;
  /** for a group: the names of the units it stands for, from a directory */
  members?: string[];
}

export interface Assignment {
  /** item id */
  item: string;
  /** unit id */
  unit: string;
  role: Role;
  /** true for a lead that is inferred (e.g. first listed) rather than written */
  inferred?: boolean;
  /** the unit's name exactly as this item wrote it (full-width brackets made ASCII, spaces removed) */
  raw?: string;
  /** set by `expandGroups`: the id of the group unit this assignment was expanded from */
  group?: string;
}

export interface Plan {
  remit?: typeof PLAN_FORMAT_VERSION;
  meta?: PlanMeta;
  sections?: Section[];
  items: Item[];
  units: Unit[];
  assignments: Assignment[];
  /**
   * the corrections a person made to the plan as read, in order (`correctPlan`);
   * items, units and assignments are the corrected ones
   */
  corrections?: Correction[];
}
