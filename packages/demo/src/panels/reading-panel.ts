import { html, nothing, type TemplateResult } from 'lit';
import type { Diagnostic } from '@remit/core/model';
import type { DashboardMessages } from '../app/messages.js';
import type { ReadingChoices } from '../app/plan-reading.js';
import type { PlanInput } from '../app/read-plan-input.js';
import type { UiLang } from '../app/settings.js';
import { glossaryLink, type GlossaryActions } from './glossary-panel.js';

export interface ReadingActions {
  setInferLead(on: boolean): void;
  openDirectory(files: FileList | null): void;
  removeDirectory(): void;
  setExpandGroups(on: boolean): void;
  /** downloads a first unit directory made from the plan, for a person to complete */
  makeDirectory(): void;
}

/**
 * How the plan is read, beyond what its file says: leads inferred from the
 * first-listed unit (text documents), a unit directory (aliases merged, the
 * members of groups known) and groups counted as their members, with what
 * the directory and the expansion reported.
 */
export function readingPanel(options: {
  input: PlanInput;
  reading: ReadingChoices;
  notes: readonly Diagnostic[];
  failed: { name: string; why: string } | undefined;
  lang: UiLang;
  m: DashboardMessages;
  actions: ReadingActions & GlossaryActions;
}): TemplateResult {
  const { input, reading, notes, failed, m, actions } = options;
  const text = input.format === 'txt' && input.readFrom !== undefined;
  // reading again would drop the corrections made to this reading
  const corrected = (input.plan?.corrections?.length ?? 0) > 0;
  const inferred = input.options?.inferLead === 'first';
  const directory = reading.directory;
  return html`<section class="panel reading" aria-labelledby="reading-title" data-reading>
    <header class="panel-head"><h2 id="reading-title">${m.readingTitle}</h2></header>
    <label class="check"
      ><input
        type="checkbox"
        data-infer-lead
        .checked=${inferred}
        ?disabled=${!text || corrected}
        @change=${(e: Event) => actions.setInferLead((e.target as HTMLInputElement).checked)}
      />
      ${m.inferLeadFirst}</label
    >${glossaryLink('inferred-lead', options.lang, m, actions)}
    ${
      !text
        ? html`<p class="muted small-print">${m.inferLeadTextOnly}</p>`
        : corrected
          ? html`<p class="muted small-print">${m.inferLeadCorrected}</p>`
          : nothing
    }
    <h3 class="reading-sub">${m.directoryTitle}</h3>
    ${
      directory
        ? html`<p class="source-line" data-directory-name=${directory.name}>
            ${m.directoryLine(
              directory.name,
              directory.value.units.length,
              directory.value.groups.length,
            )}
            <button
              type="button"
              class="small"
              data-action="remove-directory"
              @click=${actions.removeDirectory}
            >
              ${m.removeDirectory}
            </button>
          </p>`
        : nothing
    }
    <label class="button">
      ${m.openDirectory}
      <input
        type="file"
        class="visually-hidden"
        data-directory-input
        accept=".json,application/json"
        @change=${(e: Event) => {
          const el = e.currentTarget as HTMLInputElement;
          actions.openDirectory(el.files);
          el.value = '';
        }}
      />
    </label>
    <button
      type="button"
      class="small"
      data-action="make-directory"
      @click=${actions.makeDirectory}
    >
      ${m.makeDirectory}
    </button>
    ${
      failed
        ? html`<p class="error-line" role="alert" data-directory-failed>
            ${m.directoryFailed(failed.name, failed.why)}
          </p>`
        : nothing
    }
    <label class="check"
      ><input
        type="checkbox"
        data-expand-groups
        .checked=${reading.expandGroups}
        @change=${(e: Event) => actions.setExpandGroups((e.target as HTMLInputElement).checked)}
      />
      ${m.expandGroups}</label
    >
    ${
      notes.length > 0
        ? html`<ul class="reading-notes" data-reading-notes>
            ${notes
              .filter((d) => d.severity !== 'info' || d.code === 'directory/merged')
              .map(
                (d) =>
                  html`<li class="diagnostic ${d.severity}" data-code=${d.code}>
                    ${m.diagnostic(d)}
                  </li>`,
              )}
          </ul>`
        : nothing
    }
  </section>`;
}
