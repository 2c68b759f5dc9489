import type { PlanMeta } from '../model/plan.js';

/**
 * The year a plan is for: the year of its date, else the one in its document
 * number (`徐府发〔2020〕13号`), else the one its title names (`2023年工作要点`);
 * `null` when none says. Only years 1949 … 2099 count.
 *
 * @example planYear({ docNumber: '徐府发〔2020〕13号' }) === 2020
 */
export function planYear(meta: PlanMeta | undefined): number | null {
  if (meta === undefined) return null;
  const fromDate = /^((?:19|20)\d\d)-/u.exec(meta.date ?? '')?.[1];
  const fromNumber = /[〔［[(（]((?:19|20)\d\d)[〕］\])）]/u.exec(meta.docNumber ?? '')?.[1];
  const fromTitle = /((?:19|20)\d\d)年/u.exec(meta.title ?? '')?.[1];
  const year = Number(fromDate ?? fromNumber ?? fromTitle ?? NaN);
  return year >= 1949 && year <= 2099 ? year : null;
}
