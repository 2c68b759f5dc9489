import type { ClauseField } from '../clause/clause.js';
import { quote, report, type ParseContext } from '../parse-context.js';
import type { Table, TableCell } from '../table/read-table.js';
import type { SourceLine } from '../text/source-text.js';
import { LOOSE_RANK, type Entry } from './entry.js';

/**
 * Turns the rows of a responsibility table into entries: the number cell gives
 * the label, the task cell the text, unit cells a clause (role from the column),
 * the deadline cell the deadline; person columns are left out. A row without a
 * task is reported and skipped.
 */
export function tableEntries(ctx: ParseContext, table: Table, headerLine: SourceLine): Entry[] {
  const entries: Entry[] = [];
  for (const row of table.rows) {
    const of = (kind: string): TableCell[] =>
      row.cells.filter((_, i) => row.columns[i]! >= 0 && table.kinds[row.columns[i]!] === kind);
    const task = of('task').filter((c) => c.end > c.start);
    const first = row.cells[0]!;
    if (task.length === 0) {
      const text = ctx.text.raw.slice(first.start, row.cells[row.cells.length - 1]!.end);
      report(
        ctx,
        'info',
        'parse/skipped-line',
        `a table row without a task was skipped: ${quote(text)}.`,
        first.start,
      );
      continue;
    }
    const fields: ClauseField[] = [];
    row.cells.forEach((cell, i) => {
      const kind = row.columns[i]! >= 0 ? table.kinds[row.columns[i]!] : undefined;
      if (cell.end <= cell.start) return;
      if (kind === 'lead' || kind === 'member' || kind === 'deadline') {
        fields.push({ kind, label: '', start: cell.start, end: cell.end });
      }
    });
    const seq = of('seq')[0];
    const unitCells = fields.filter((f) => f.kind !== 'deadline');
    entries.push({
      kind: 'table-row',
      rank: LOOSE_RANK,
      ...(seq && seq.end > seq.start ? { label: ctx.text.raw.slice(seq.start, seq.end) } : {}),
      line: (seq ?? task[0]!).line,
      body: [[task[0]!.start, task[0]!.end]],
      clauses: [
        {
          form: 'table',
          start: unitCells[0]?.start ?? task[0]!.end,
          end: unitCells[unitCells.length - 1]?.end ?? task[0]!.end,
          fields,
          table: true,
        },
      ],
      lineClauses: 0,
      closed: true,
      tableLine: headerLine,
    });
  }
  return entries;
}
