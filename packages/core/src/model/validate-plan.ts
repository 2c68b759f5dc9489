import { Checker, isRecord } from './validate/checker.js';
import { newDraft, type Draft } from './validate/draft.js';
import { readAssignments } from './validate/read-assignments.js';
import { readCorrections } from './validate/read-corrections.js';
import { readItems } from './validate/read-items.js';
import { readPlanMeta } from './validate/read-plan-meta.js';
import { preview, readText } from './validate/read-scalars.js';
import { readSections, resolveSectionParents } from './validate/read-sections.js';
import { readUnits, resolveMembers } from './validate/read-units.js';
import { reportUnitsWithoutItems } from './validate/report-units-without-items.js';
import type { Read } from './diagnostic.js';
import { PLAN_FORMAT_VERSION, type Plan } from './plan.js';

const TOP_KEYS = [
  '$schema',
  'remit',
  'meta',
  'sections',
  'items',
  'units',
  'assignments',
  'corrections',
  'source',
];

export interface ValidatePlanOptions {
  /** file name or URL, copied into diagnostics */
  source?: string;
}

/**
 * Checks a parsed Plan JSON value and returns a clean Plan, keeping all it can.
 *
 * Accepts the normalised shape (`items`, `units`, `assignments` by id; the
 * minimal plan is `{ items: [{ id, title }], units: [{ id, name }],
 * assignments: [{ item, unit, role }] }`) and the nested shape of the corpus
 * answers (`{ items: [{ title, section, units: [{ name, role, raw, inferred }] }] }`),
 * whose sections and units are found by heading and name. Never throws.
 *
 * Severity: errors where meaning is lost (wrong `remit` version, unknown role,
 * an assignment naming an unknown item or unit, duplicate ids, missing titles
 * or names); warnings where something was repaired (numbers as ids, a units
 * list written as one text, null entries, unknown or dangerous keys, invisible
 * characters, text fields longer than `MAX_FIELD_LENGTH` cut to it); infos
 * for harmless changes (a unit name normalised) and for units no assignment
 * names. A number too large for JSON (`1e400`) is reported as out of range.
 * Each diagnostic names the field, e.g. `items[3].title`.
 *
 * The output is built from fresh objects holding only known fields: keys
 * `__proto__`, `constructor` and `prototype` are dropped and reported.
 * Unit names are stored normalised (`normalizeUnitName`); when that changes a
 * name, assignments of that unit that carry no `raw` get the name as written as
 * their `raw`. `inferred: false`, empty `meta` and empty `sections` are left out;
 * `remit` is always 1. Validating the output again yields the same plan.
 */
export function validatePlan(value: unknown, options: ValidatePlanOptions = {}): Read<Plan> {
  const ck = new Checker('validatePlan', options.source);
  if (!isRecord(value)) {
    ck.report(
      'error',
      'plan/not-a-plan',
      `expected an object with "items", "units" and "assignments", found ${preview(value)}.`,
      undefined,
      { found: preview(value) },
    );
    return { value: emptyPlan(), diagnostics: ck.diagnostics };
  }
  const top = ck.fields(value, '', TOP_KEYS, ['family', 'note']);
  checkVersion(ck, top.get('remit'));
  const draft = newDraft(ck, top);
  readPlanMeta(draft, top.get('meta'));
  const source = readText(ck, top.get('source'), 'source');
  if (source !== undefined && draft.meta.source === undefined) draft.meta.source = source;
  const parents = readSections(draft, top.get('sections'));
  const members = readUnits(draft, top.get('units'));
  if (!top.has('items')) {
    ck.report('error', 'plan/missing-field', 'the plan has no "items" list.', 'items', {
      missing: 'list',
      list: 'items',
    });
  }
  const nested = readItems(draft, top.get('items'));
  resolveSectionParents(draft, parents);
  resolveMembers(draft, members);
  readAssignments(draft, top.get('assignments'));
  const corrections = readCorrections(draft, top.get('corrections'));
  reportUnitsWithoutItems(draft);
  if (!nested) {
    for (const key of ['units', 'assignments']) {
      if (!top.has(key)) {
        ck.report('warning', 'plan/missing-field', `the plan has no "${key}" list.`, key, {
          missing: 'list',
          list: key,
        });
      }
    }
  }
  const plan = build(draft);
  if (corrections.length > 0) plan.corrections = corrections;
  return { value: plan, diagnostics: ck.diagnostics };
}

function checkVersion(ck: Checker, version: unknown): void {
  if (version === undefined || version === PLAN_FORMAT_VERSION) return;
  if (version === '1') {
    ck.report('warning', 'plan/wrong-type', 'the version is the text "1"; read it as 1.', 'remit', {
      expected: 'number',
      found: '"1"',
      outcome: 'read-as',
      as: '1',
    });
    return;
  }
  ck.report(
    'error',
    'plan/version',
    `unsupported format version ${preview(version)}; this reader knows "remit": 1. Read on as version 1.`,
    'remit',
    typeof version === 'number' && !Number.isFinite(version)
      ? { versionKind: 'number-out-of-range' }
      : { version: preview(version) },
  );
}

function build(draft: Draft): Plan {
  return {
    remit: PLAN_FORMAT_VERSION,
    ...(Object.keys(draft.meta).length > 0 ? { meta: draft.meta } : {}),
    ...(draft.sections.length > 0 ? { sections: draft.sections } : {}),
    items: draft.items,
    units: draft.units,
    assignments: draft.assignments,
  };
}

function emptyPlan(): Plan {
  return { remit: PLAN_FORMAT_VERSION, items: [], units: [], assignments: [] };
}
