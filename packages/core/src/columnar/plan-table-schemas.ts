import type { TableSchema } from './column-table.js';

/** The tables many plans are written to, by name. */
export type PlanTableName = 'plans' | 'items' | 'units' | 'assignments' | 'diagnostics';

/** The names of the tables, in the order they are written and described. */
export const PLAN_TABLE_NAMES: readonly PlanTableName[] = [
  'plans',
  'items',
  'units',
  'assignments',
  'diagnostics',
];

const PLAN = {
  name: 'plan',
  type: 'string',
  doc: 'the file the plan was read from: joins the tables',
} as const;

/**
 * The columns of each table. `plan` (the file's path) joins them; `item` is
 * an item's id and `unit` a unit's name within a plan. Column names are
 * lower_snake_case, as SQL engines expect.
 */
export const PLAN_TABLES: Readonly<Record<PlanTableName, TableSchema>> = {
  plans: {
    name: 'plans',
    columns: [
      PLAN,
      { name: 'format', type: 'string', doc: 'the format it was read as: txt, csv, json …' },
      { name: 'status', type: 'string', doc: 'read, or failed (why: in diagnostics)' },
      { name: 'title', type: 'string', doc: "the document's title" },
      { name: 'doc_number', type: 'string', doc: 'the document number, e.g. 徐府发〔2020〕13号' },
      { name: 'date', type: 'string', doc: 'the date, YYYY-MM-DD' },
      {
        name: 'year',
        type: 'int32',
        doc: 'the year of the date, else of the document number or title',
      },
      { name: 'issuer', type: 'string', doc: 'the issuing body' },
      { name: 'encoding', type: 'string', doc: 'the text encoding of a text document' },
      { name: 'bytes', type: 'float64', doc: "the file's size in bytes" },
      { name: 'items', type: 'int32', doc: 'items read' },
      { name: 'units', type: 'int32', doc: 'units named' },
      { name: 'assignments', type: 'int32', doc: 'assignments (one unit on one item)' },
      { name: 'leads', type: 'int32', doc: 'assignments whose role is lead' },
      { name: 'diagnostics', type: 'int32', doc: 'diagnostics reported' },
      { name: 'read_ms', type: 'float64', doc: 'milliseconds spent reading the file' },
    ],
  },
  items: {
    name: 'items',
    columns: [
      PLAN,
      { name: 'item', type: 'string', doc: "the item's id within the plan" },
      { name: 'label', type: 'string', doc: 'the numbering as written: 1. （一）' },
      { name: 'section', type: 'string', doc: "the title of the item's section" },
      { name: 'title', type: 'string', doc: "the item's title" },
      { name: 'deadline', type: 'string', doc: 'the deadline as the item states it' },
      { name: 'line', type: 'int32', doc: "the line of the item's label in the source" },
      { name: 'units', type: 'int32', doc: 'units assigned to the item' },
      { name: 'leads', type: 'int32', doc: 'of them, leads' },
    ],
  },
  units: {
    name: 'units',
    columns: [
      PLAN,
      { name: 'unit', type: 'string', doc: "the unit's name (normalised)" },
      {
        name: 'kind',
        type: 'string',
        doc: 'party, government, subdistrict … (from the directory, else guessed)',
      },
      { name: 'canonical', type: 'string', doc: 'the full official name, from a directory' },
      { name: 'items', type: 'int32', doc: 'items the unit is assigned to' },
      { name: 'leads', type: 'int32', doc: 'of them, items it leads' },
    ],
  },
  assignments: {
    name: 'assignments',
    columns: [
      PLAN,
      { name: 'item', type: 'string', doc: "the item's id" },
      { name: 'section', type: 'string', doc: "the title of the item's section" },
      { name: 'title', type: 'string', doc: "the item's title" },
      { name: 'unit', type: 'string', doc: "the unit's name" },
      { name: 'role', type: 'string', doc: 'lead or member' },
      {
        name: 'inferred',
        type: 'boolean',
        doc: 'a lead inferred (e.g. first listed), not written',
      },
      { name: 'line', type: 'int32', doc: "the source line of the item's label" },
    ],
  },
  diagnostics: {
    name: 'diagnostics',
    columns: [
      PLAN,
      { name: 'code', type: 'string', doc: 'the stable code, e.g. parse/no-units' },
      { name: 'severity', type: 'string', doc: 'error, warning or info' },
      { name: 'message', type: 'string', doc: 'what is wrong and what to do' },
      { name: 'line', type: 'int32', doc: 'the 1-based line in the source' },
      { name: 'column', type: 'int32', doc: 'the 1-based column' },
      { name: 'field', type: 'string', doc: 'a JSON path or column name' },
    ],
  },
};
