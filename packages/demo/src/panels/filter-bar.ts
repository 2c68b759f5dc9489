import { html, nothing, type TemplateResult } from 'lit';
import type { Plan, Role } from '@remit/core/model';
import { roleWord, type DashboardMessages } from '../app/messages.js';
import type { AddressMiss } from '../app/page-address.js';
import { isFiltered, sectionName, type PlanFilter } from '../app/plan-filter.js';

export interface FilterActions {
  setFilter(filter: PlanFilter): void;
}

/**
 * The filter over every view: a section, a unit and its role, words of the
 * items; what is set shows as a removable chip, with how many items are kept,
 * and what a link asked for that this plan does not have.
 */
export function filterBar(options: {
  /** the whole plan, whose sections and units are offered */
  plan: Plan;
  filter: PlanFilter;
  /** items the filter keeps */
  shown: number;
  misses: readonly AddressMiss[];
  collator: Intl.Collator;
  m: DashboardMessages;
  actions: FilterActions;
}): TemplateResult {
  const { plan, filter, shown, misses, collator, m, actions } = options;
  const set = (patch: Partial<PlanFilter>) => {
    const next: PlanFilter = { ...filter, ...patch };
    // a role only narrows a unit's items
    actions.setFilter(next.unit ? next : { ...next, role: undefined });
  };
  const depth = new Map<string, number>();
  for (const s of plan.sections ?? []) {
    depth.set(s.id, s.parent !== undefined && depth.has(s.parent) ? depth.get(s.parent)! + 1 : 0);
  }
  const units = [...new Set(plan.units.map((u) => u.name))].sort(collator.compare);
  const chips: { label: string; clear: Partial<PlanFilter> }[] = [
    ...filter.sections.map((s) => ({
      label: s,
      clear: { sections: filter.sections.filter((x) => x !== s) },
    })),
    ...(filter.unit
      ? [
          {
            label: filter.role ? `${filter.unit}（${roleWord(m, filter.role)}）` : filter.unit,
            clear: { unit: undefined, role: undefined },
          },
        ]
      : []),
    ...(filter.text?.trim()
      ? [{ label: `“${filter.text.trim()}”`, clear: { text: undefined } }]
      : []),
  ];
  return html`<section class="panel filter-bar wide" aria-labelledby="filter-title" data-filter>
    <header class="panel-head">
      <h2 id="filter-title">${m.filterTitle}</h2>
      <p class="muted" role="status" data-filter-count>
        ${m.filterCount(shown, plan.items.length)}
      </p>
    </header>
    <form class="filter-fields" @submit=${(e: Event) => e.preventDefault()}>
      <label
        >${m.filterSection}
        <select
          data-filter-section
          .value=${filter.sections[0] ?? ''}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            set({ sections: value ? [value] : [] });
          }}
        >
          <option value="">${m.allSections}</option>
          ${(plan.sections ?? []).map(
            (s) =>
              html`<option
                value=${sectionName(s)}
                ?selected=${filter.sections[0] === sectionName(s)}
              >
                ${'\u3000'.repeat(depth.get(s.id) ?? 0)}${sectionName(s)}
              </option>`,
          )}
        </select></label
      >
      <label
        >${m.filterUnit}
        <select
          data-filter-unit
          @change=${(e: Event) => set({ unit: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="">${m.allUnits}</option>
          ${units.map((u) => html`<option value=${u} ?selected=${filter.unit === u}>${u}</option>`)}
        </select></label
      >
      <label
        >${m.filterRole}
        <select
          data-filter-role
          ?disabled=${!filter.unit}
          @change=${(e: Event) =>
            set({ role: ((e.target as HTMLSelectElement).value || undefined) as Role | undefined })}
        >
          <option value="" ?selected=${!filter.role}>${m.anyRole}</option>
          <option value="lead" ?selected=${filter.role === 'lead'}>${m.lead}</option>
          <option value="member" ?selected=${filter.role === 'member'}>${m.member}</option>
        </select></label
      >
      <label
        >${m.filterText}
        <input
          type="search"
          data-filter-text
          maxlength="200"
          .value=${filter.text ?? ''}
          @change=${(e: Event) => set({ text: (e.target as HTMLInputElement).value || undefined })}
      /></label>
    </form>
    ${
      isFiltered(filter)
        ? html`<ul class="chips" aria-label=${m.filterTitle}>
              ${chips.map(
                (c) =>
                  html`<li>
                    <span>${c.label}</span
                    ><button
                      type="button"
                      class="small"
                      data-filter-chip=${c.label}
                      aria-label=${m.removeFilter(c.label)}
                      @click=${() => set(c.clear)}
                    >
                      ×
                    </button>
                  </li>`,
              )}
            </ul>
            <button
              type="button"
              class="small"
              data-action="clear-filter"
              @click=${() => actions.setFilter({ sections: [] })}
            >
              ${m.clearFilter}
            </button>`
        : nothing
    }
    ${
      misses.length > 0
        ? html`<p class="error-line" role="alert" data-address-misses>
            ${misses.map((x) => m.addressMiss(x.what, x.name)).join(' ')}
          </p>`
        : nothing
    }
  </section>`;
}
