import { html, nothing, type TemplateResult } from 'lit';
import type { PlanFormat } from '@remit/core/io';
import type { DashboardMessages } from '../app/messages.js';
import type { PlanInput } from '../app/read-plan-input.js';
import { diagnosticsPanel } from './diagnostics-panel.js';

export interface SourceActions {
  openFiles(files: FileList | null): void;
  readPasted(text: string, format: PlanFormat | 'auto'): void;
  loadSample(): void;
  /** opens an earlier version of the plan to compare the plan shown with */
  openEarlier(files: FileList | null): void;
  stopComparing(): void;
}

/**
 * Where the plan comes from: the sample, a file (picked or dropped anywhere on
 * the page) or pasted text, and what the reader said about it.
 */
export function sourcePanel(options: {
  input: PlanInput;
  /** an input that could not be read, shown instead of the plan's own diagnostics */
  failed: PlanInput | undefined;
  /** the earlier plan compared with, and a file that could not be read as one */
  earlier?: PlanInput | undefined;
  earlierFailed?: PlanInput | undefined;
  busy: boolean;
  dragging: boolean;
  m: DashboardMessages;
  actions: SourceActions;
}): TemplateResult {
  const { input, failed, busy, dragging, m, actions } = options;
  const onPaste = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = (form.elements.namedItem('text') as HTMLTextAreaElement).value;
    const format = (form.elements.namedItem('format') as HTMLSelectElement).value;
    if (text.trim()) actions.readPasted(text, format as PlanFormat | 'auto');
  };
  return html`<section class="panel source" aria-labelledby="source-title">
    <header class="panel-head">
      <h2 id="source-title">${m.sourceTitle}</h2>
      ${
        input.origin === 'sample'
          ? html`<span class="tag">${m.sample}</span>`
          : html`<button
              type="button"
              class="small"
              data-action="sample"
              @click=${actions.loadSample}
            >
              ${m.backToSample}
            </button>`
      }
    </header>
    <p class="source-line" data-source-name=${input.name}>
      ${m.sourceLine(input.name, input.encoding)}
    </p>
    <div
      class="drop-zone ${dragging ? 'dragging' : ''}"
      data-drop-zone
      aria-busy=${busy ? 'true' : 'false'}
    >
      <label class="button primary">
        ${m.openFile}
        <input
          type="file"
          class="visually-hidden"
          data-file-input
          multiple
          accept=${ACCEPT}
          @change=${(e: Event) => {
            const el = e.currentTarget as HTMLInputElement;
            actions.openFiles(el.files);
            el.value = '';
          }}
        />
      </label>
      <span class="hint">${busy ? m.reading : dragging ? m.dropping : m.dropHint}</span>
    </div>
    <p class="muted small-print">${m.localOnly}</p>
    <details class="paste">
      <summary>${m.pasteTitle}</summary>
      <form @submit=${onPaste} data-paste-form>
        <textarea
          name="text"
          rows="6"
          spellcheck="false"
          placeholder=${m.pastePlaceholder}
          aria-label=${m.pasteTitle}
        ></textarea>
        <div class="row">
          <label
            >${m.format}
            <select name="format">
              <option value="auto">${m.formatAuto}</option>
              <option value="txt">${m.formatTxt}</option>
              <option value="csv">${m.formatCsv}</option>
              <option value="json">${m.formatJson}</option>
            </select></label
          >
          <button type="submit" class="primary">${m.read}</button>
        </div>
      </form>
    </details>
    ${compareControl(options.earlier, options.earlierFailed, m, actions)}
    ${diagnosticsPanel(failed ?? input, m)}
    ${
      failed ? html`<p class="muted" data-still-showing>${m.stillShowing(input.name)}</p>` : nothing
    }
  </section>`;
}

/** The files the pickers offer: every format the dashboard reads. */
const ACCEPT =
  '.txt,.text,.csv,.tsv,.json,.parquet,.docx,.doc,.xlsx,.xls,.pdf,.html,.htm,text/plain,text/csv,application/json';

/**
 * Comparing with an earlier plan: a button to open one (any readable format),
 * then its name and a button to stop; a file that cannot be read is named with
 * the reader's first error, and the comparison shown (if any) stays.
 */
function compareControl(
  earlier: PlanInput | undefined,
  failed: PlanInput | undefined,
  m: DashboardMessages,
  actions: SourceActions,
): TemplateResult {
  const why = failed?.diagnostics.find((d) => d.severity === 'error')?.message ?? '';
  return html`<div class="compare-control" data-compare-control>
    ${
      earlier
        ? html`<p class="source-line" data-earlier-name=${earlier.name}>
            ${m.comparedWith(earlier.name)}
            <button
              type="button"
              class="small"
              data-action="stop-comparing"
              @click=${actions.stopComparing}
            >
              ${m.stopComparing}
            </button>
          </p>`
        : nothing
    }
    <label class="button">
      ${m.compareWith}
      <input
        type="file"
        class="visually-hidden"
        data-earlier-input
        accept=${ACCEPT}
        @change=${(e: Event) => {
          const el = e.currentTarget as HTMLInputElement;
          actions.openEarlier(el.files);
          el.value = '';
        }}
      />
    </label>
    ${
      failed
        ? html`<p class="error-line" role="alert" data-earlier-failed>
            ${m.earlierUnreadable(failed.name, why)}
          </p>`
        : nothing
    }
  </div>`;
}
