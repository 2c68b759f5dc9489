import type { Checker } from './checker.js';
import type { IdPool } from './id-pool.js';

/**
 * The id a record gets: its written id when free; `id'` after a record that
 * already holds it (an error: references keep pointing at the first); a fresh
 * id when it has none (a warning unless `quiet`, as in nested answer files
 * where items carry no ids).
 */
export function claimId(
  ck: Checker,
  pool: IdPool,
  id: string | undefined,
  at: string,
  what: 'item' | 'unit' | 'section',
  quiet = false,
): string {
  if (id === undefined) {
    const fresh = pool.fresh();
    if (!quiet)
      ck.report('warning', 'plan/missing-id', `the ${what} has no id; gave it "${fresh}".`, at, {
        record: what,
        id: fresh,
      });
    return fresh;
  }
  const claimed = pool.claim(id);
  if (claimed !== id) {
    ck.report(
      'error',
      'plan/duplicate-id',
      `another ${what} already has the id "${id}"; this one is kept as "${claimed}" and references to "${id}" mean the first. Give each ${what} its own id.`,
      `${at}.id`,
      { record: what, id, kept: claimed },
    );
  }
  return claimed;
}
