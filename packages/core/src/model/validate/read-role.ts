import type { Role } from '../plan.js';
import { toRole } from '../to-role.js';
import type { Checker } from './checker.js';
import { preview } from './read-scalars.js';

/**
 * Reads a role field. A missing role reads as `member` (the reading for any
 * unit not marked as lead) with a warning; `牵头`, `Lead` and the like are read
 * with a warning; anything else is an error and `undefined`.
 */
export function readRole(ck: Checker, value: unknown, at: string): Role | undefined {
  if (value === undefined) {
    ck.report('warning', 'plan/missing-field', 'no role given; read as "member".', at, {
      missing: 'role',
    });
    return 'member';
  }
  const read = typeof value === 'string' ? toRole(value) : undefined;
  if (read === undefined) {
    ck.report(
      'error',
      'plan/unknown-role',
      `unknown role ${preview(value)}; the assignment is dropped. Use "lead" or "member".`,
      at,
      { role: preview(value) },
    );
    return undefined;
  }
  if (!read.exact) {
    ck.report(
      'warning',
      'plan/role-spelling',
      `read the role ${preview(value)} as "${read.role}"; write "lead" or "member".`,
      at,
      { role: preview(value), as: read.role },
    );
  }
  return read.role;
}
