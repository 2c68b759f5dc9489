import type { Plan } from '@remit/core/model';
import type { Selection } from '@remit/widgets';
import { NO_FILTER, sectionName, type PlanFilter } from './plan-filter.js';

/**
 * What the page's address keeps: the filter and the selection, so that a link
 * opens the same view. The address is the part after `#`, as search
 * parameters: `section` (repeated), `unit`, `role`, `q` and `select`
 * (`unit:ID` or `item:ID`). Nothing of it is ever sent to a server.
 *
 * @example '#section=三、提升城区依法治理水平&select=unit%3Au2'
 */
export interface PageAddress {
  filter: PlanFilter;
  selection: Selection | null;
}

/** The address of a view: `''` for the whole plan with nothing selected. */
export function writeAddress({ filter, selection }: PageAddress): string {
  const params = new URLSearchParams();
  for (const s of filter.sections) params.append('section', s);
  if (filter.unit) params.set('unit', filter.unit);
  if (filter.unit && filter.role) params.set('role', filter.role);
  if (filter.text?.trim()) params.set('q', filter.text.trim());
  if (selection) params.set('select', `${selection.kind}:${selection.id}`);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** What an address asks for, before it is checked against a plan. */
export function readAddress(hash: string): PageAddress {
  const params = new URLSearchParams(hash.replace(/^#/u, ''));
  const role = params.get('role');
  const filter: PlanFilter = {
    sections: params.getAll('section').filter(Boolean),
    ...(params.get('unit') ? { unit: params.get('unit')! } : {}),
    ...(role === 'lead' || role === 'member' ? { role } : {}),
    ...(params.get('q') ? { text: params.get('q')! } : {}),
  };
  const select = /^(unit|item):(.+)$/u.exec(params.get('select') ?? '');
  return {
    filter,
    selection: select ? { kind: select[1] as Selection['kind'], id: select[2]! } : null,
  };
}

/** A part of an address that the plan shown does not have. */
export interface AddressMiss {
  what: 'section' | 'unit' | 'selection';
  /** as the address names it */
  name: string;
}

/**
 * An address checked against the plan shown: sections and a unit the plan
 * does not name, and a selection it does not hold, are left out and listed,
 * so that the page says what the link asked for that is not here; the rest
 * applies.
 */
export function resolveAddress(
  plan: Plan,
  address: PageAddress,
): PageAddress & { misses: AddressMiss[] } {
  const misses: AddressMiss[] = [];
  const names = new Set((plan.sections ?? []).map(sectionName));
  const sections = address.filter.sections.filter((s) => {
    if (names.has(s)) return true;
    misses.push({ what: 'section', name: s });
    return false;
  });
  let { unit, role } = address.filter;
  if (unit && !plan.units.some((u) => u.name === unit)) {
    misses.push({ what: 'unit', name: unit });
    unit = undefined;
    role = undefined;
  }
  let selection = address.selection;
  if (selection) {
    const held =
      selection.kind === 'unit'
        ? plan.units.some((u) => u.id === selection!.id)
        : plan.items.some((i) => i.id === selection!.id);
    if (!held) {
      misses.push({ what: 'selection', name: `${selection.kind}:${selection.id}` });
      selection = null;
    }
  }
  const filter: PlanFilter = {
    ...NO_FILTER,
    sections,
    ...(unit ? { unit } : {}),
    ...(unit && role ? { role } : {}),
    ...(address.filter.text ? { text: address.filter.text } : {}),
  };
  return { filter, selection, misses };
}
