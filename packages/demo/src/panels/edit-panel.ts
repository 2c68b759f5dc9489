import { html, nothing, type TemplateResult } from 'lit';
import type { Correction, CorrectionRequest, Plan, Role } from '@remit/core/model';
import type { Selection } from '@remit/widgets';
import type { DashboardMessages } from '../app/messages.js';

export interface EditActions {
  correct(request: CorrectionRequest): void;
}

/**
 * Corrections of the selected item (its title, its units and their roles, a
 * unit added) or unit (its name, a merge into another unit), and what was
 * corrected on it before, with the reading each correction replaced. Always
 * of the plan as written: with a directory or groups expanded, `asWritten`
 * says so above the forms, and a unit only the reading made (a directory's
 * name, a group's member) is not offered for correction.
 */
export function editPanel(options: {
  plan: Plan;
  selection: Selection | null;
  /** the plan is read other than as written (a directory, groups expanded) */
  asWritten: boolean;
  m: DashboardMessages;
  actions: EditActions;
}): TemplateResult {
  const { plan, selection, asWritten, m, actions } = options;
  if (!selection) return html``;
  const item =
    selection.kind === 'item' ? plan.items.find((i) => i.id === selection.id) : undefined;
  const unit =
    selection.kind === 'unit' ? plan.units.find((u) => u.id === selection.id) : undefined;
  if (!item && !unit) {
    return asWritten
      ? html`<section class="panel edit" aria-labelledby="edit-title" data-edit>
          <header class="panel-head"><h2 id="edit-title">${m.editTitle}</h2></header>
          <p class="muted" data-edit-not-written>${m.editNotWritten}</p>
        </section>`
      : html``;
  }
  const history = (plan.corrections ?? []).filter((c) =>
    item ? c.item === item.id : c.unit === unit!.id && c.item === undefined,
  );
  const submit = (
    e: SubmitEvent,
    make: (form: HTMLFormElement) => CorrectionRequest | undefined,
  ) => {
    e.preventDefault();
    const request = make(e.currentTarget as HTMLFormElement);
    if (request) actions.correct(request);
  };
  const field = (form: HTMLFormElement, name: string) =>
    (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
  return html`<section class="panel edit" aria-labelledby="edit-title" data-edit>
    <header class="panel-head"><h2 id="edit-title">${m.editTitle}</h2></header>
    ${asWritten ? html`<p class="muted" data-edit-as-written>${m.editAsWritten}</p>` : nothing}
    ${
      item
        ? itemForms(plan, item.id, item.title, submit, field, m, actions)
        : unitForms(plan, unit!.id, unit!.name, submit, field, m)
    }
    ${
      history.length > 0
        ? html`<h3 class="reading-sub">${m.correctedHere}</h3>
            <ol class="corrections" data-edit-history>
              ${history.map((c) => correctionLine(c, m))}
            </ol>`
        : nothing
    }
  </section>`;
}

type Submit = (
  e: SubmitEvent,
  make: (form: HTMLFormElement) => CorrectionRequest | undefined,
) => void;
type Field = (form: HTMLFormElement, name: string) => string;

function itemForms(
  plan: Plan,
  item: string,
  title: string,
  submit: Submit,
  field: Field,
  m: DashboardMessages,
  actions: EditActions,
): TemplateResult {
  const on = new Map<string, Role>();
  for (const a of plan.assignments) {
    if (a.item !== item) continue;
    if (!on.has(a.unit) || (a.role === 'lead' && !a.inferred)) on.set(a.unit, a.role);
  }
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  return html`<form
      class="edit-form"
      data-edit-title-form
      @submit=${(e: SubmitEvent) =>
        submit(e, (f) => ({ kind: 'item-title', item, title: field(f, 'title') }))}
    >
      <label
        >${m.editItemTitle}
        <input name="title" data-edit-title maxlength="2000" .value=${title} required
      /></label>
      <button type="submit" class="small">${m.save}</button>
    </form>
    <ul class="edit-units">
      ${[...on].map(
        ([unit, role]) =>
          html`<li data-edit-unit=${unit}>
            <span>${names.get(unit)}</span>
            <select
              aria-label=${m.roleOf(names.get(unit) ?? unit)}
              data-edit-role=${unit}
              @change=${(e: Event) =>
                actions.correct({
                  kind: 'set-role',
                  item,
                  unit,
                  role: (e.target as HTMLSelectElement).value as Role,
                })}
            >
              <option value="lead" ?selected=${role === 'lead'}>${m.lead}</option>
              <option value="member" ?selected=${role === 'member'}>${m.member}</option>
            </select>
            <button
              type="button"
              class="small"
              data-edit-remove=${unit}
              aria-label=${m.removeUnitFrom(names.get(unit) ?? unit)}
              @click=${() => actions.correct({ kind: 'remove-unit', item, unit })}
            >
              ${m.remove}
            </button>
          </li>`,
      )}
    </ul>
    <form
      class="edit-form"
      data-edit-add-form
      @submit=${(e: SubmitEvent) =>
        submit(e, (f) => ({
          kind: 'add-unit',
          item,
          name: field(f, 'name'),
          role: field(f, 'role') as Role,
        }))}
    >
      <label
        >${m.addUnit}
        <input name="name" data-edit-add-name list="edit-unit-names" maxlength="200" required
      /></label>
      <select name="role" data-edit-add-role aria-label=${m.filterRole}>
        <option value="member">${m.member}</option>
        <option value="lead">${m.lead}</option>
      </select>
      <button type="submit" class="small">${m.add}</button>
      <datalist id="edit-unit-names">
        ${plan.units.map((u) => html`<option value=${u.name}></option>`)}
      </datalist>
    </form>`;
}

function unitForms(
  plan: Plan,
  unit: string,
  name: string,
  submit: Submit,
  field: Field,
  m: DashboardMessages,
): TemplateResult {
  const others = plan.units.filter((u) => u.id !== unit);
  return html`<form
      class="edit-form"
      data-edit-name-form
      @submit=${(e: SubmitEvent) =>
        submit(e, (f) => ({ kind: 'rename-unit', unit, name: field(f, 'name') }))}
    >
      <label
        >${m.editUnitName}
        <input name="name" data-edit-name maxlength="200" .value=${name} required
      /></label>
      <button type="submit" class="small">${m.renameUnit}</button>
    </form>
    <form
      class="edit-form"
      data-edit-merge-form
      @submit=${(e: SubmitEvent) =>
        submit(e, (f) => {
          const into = field(f, 'into');
          return into ? { kind: 'merge-units', unit, into } : undefined;
        })}
    >
      <label
        >${m.mergeInto}
        <select name="into" data-edit-merge-into>
          <option value="">—</option>
          ${others.map((u) => html`<option value=${u.id}>${u.name}</option>`)}
        </select></label
      >
      <button type="submit" class="small">${m.merge}</button>
    </form>`;
}

/** One correction as the page lists it: when, what, the reading it replaced and what it became. */
export function correctionLine(c: Correction, m: DashboardMessages): TemplateResult {
  const time = c.at.slice(11, 16);
  return html`<li data-correction-kind=${c.kind}>
    <span class="muted">${time}</span> ${m.correctionKind[c.kind]}${
      c.before !== undefined || c.after !== undefined
        ? html`：<span class="before" data-before>${roleWords(c.before, m) ?? '—'}</span> →
            <span class="after" data-after>${roleWords(c.after, m) ?? '—'}</span>`
        : nothing
    }
  </li>`;
}

/** A correction's text with its role written in the page's words (`区司法局 lead` → `区司法局 牵头`). */
function roleWords(text: string | undefined, m: DashboardMessages): string | undefined {
  return text
    ?.replace(/(^|\s)lead inferred$/u, `$1${m.inferredLead}`)
    .replace(/(^|\s)lead$/u, `$1${m.lead}`)
    .replace(/(^|\s)member$/u, `$1${m.member}`);
}
