import { diagnostic, type Read } from '../model/diagnostic.js';
import { PlanBuilder } from '../model/plan-builder.js';
import type { Plan } from '../model/plan.js';
import type { ItemReading, ParseOptions } from '../parse/index.js';
import type { OfficeDocument } from './office-document.js';
import { parseOfficeDocument } from './parse-office-document.js';

/**
 * A plan read from an office file: the plan, every note, how sure the reader
 * is of each item, and the text it read (paragraphs and table rows as lines;
 * items' `line` counts in it, and `parse` reads it to the same plan).
 */
export type OfficePlan = Read<Plan> & { readings?: ItemReading[]; text?: string };

/**
 * The plan in a read office document (see `parseOfficeDocument`), with the
 * reading's notes after the file's. A document that could not be read gives
 * an empty plan and its error; one with no text says so.
 */
export function officePlan(
  read: Read<OfficeDocument | undefined>,
  options: ParseOptions = {},
): OfficePlan {
  const place = options.source === undefined ? {} : { source: options.source };
  const doc = read.value;
  if (!doc) {
    return { value: new PlanBuilder(place).build(), diagnostics: read.diagnostics };
  }
  if (!doc.blocks.some(hasText)) {
    return {
      value: new PlanBuilder(place).build(),
      diagnostics: [
        ...read.diagnostics,
        diagnostic(
          'error',
          'office/empty',
          'the file holds no text: nothing to read. Check that the right file was given.',
          place,
          { format: doc.format },
        ),
      ],
    };
  }
  const parsed = parseOfficeDocument(doc, options);
  return {
    value: parsed.plan,
    diagnostics: [...read.diagnostics, ...parsed.diagnostics],
    readings: parsed.readings,
    text: parsed.text,
  };
}

function hasText(block: OfficeDocument['blocks'][number]): boolean {
  return block.kind === 'paragraph'
    ? block.text.trim() !== '' || block.label !== undefined
    : block.rows.some((row) => row.some((cell) => cell.text.trim() !== ''));
}
