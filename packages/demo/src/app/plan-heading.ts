import type { Plan } from '@remit/core/model';
import type { DashboardMessages } from './messages.js';

/**
 * The plan's title and subtitle as the page, the slides, the exports and the
 * deck show them: the user's own when set (`naming`), else the document's
 * title and its issuer · number · date, else the file name.
 */
export function planHeading(options: {
  plan: Plan | undefined;
  naming: { title: string; subtitle: string } | undefined;
  /** the name of the file the plan was read from */
  source: string;
  m: DashboardMessages;
}): { title: string; subtitle: string } {
  const { plan, naming, source, m } = options;
  const meta = plan?.meta;
  const title = naming?.title || meta?.title || (plan ? source : m.planTitleFallback);
  const subtitle =
    naming?.subtitle ?? [meta?.issuer, meta?.docNumber, meta?.date].filter(Boolean).join(' · ');
  return { title, subtitle };
}
